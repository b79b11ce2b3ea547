package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file HubMap cannot read is named for what it is, with what to do, never as malformed JSON. */
class UnreadableFormatTest {
    private static final String READS = "HubMap reads GeoJSON, GeoJSON sequences, KML/KMZ, CSV and GeoPackage";

    @TempDir
    Path folder;

    private String problem(String name, byte[] content) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, content);
        return assertThrows(LayoutFormatException.class, () -> LayoutFormats.read(file, ReadProgress.NONE))
                .problem();
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aShapefileIsNamedWithItsConversion() throws Exception {
        byte[] header = new byte[100];
        header[2] = 0x27;
        header[3] = 0x0A;
        assertEquals("this is an ESRI shapefile; " + READS + ": convert it with ogr2ogr -f GeoJSON "
                + folder.resolve("depots.geojson") + " " + folder.resolve("depots.shp"), problem("depots.shp", header));
        assertEquals("this is part of an ESRI shapefile; " + READS + ": convert it with ogr2ogr -f GeoJSON "
                + folder.resolve("depots.geojson") + " " + folder.resolve("depots.shp"),
                problem("depots.dbf", new byte[] {3, 120, 1, 1, 0, 0}));
    }

    @Test
    void gmlAndGpxAreNamed() throws Exception {
        assertEquals("this is GML; " + READS + ": convert it with ogr2ogr -f GeoJSON " + folder.resolve("a.geojson")
                + " " + folder.resolve("a.xml"), problem("a.xml", text("<?xml version=\"1.0\"?>\n<wfs:FeatureCollection"
                + " xmlns:gml=\"http://www.opengis.net/gml/3.2\"/>")));
        assertEquals("this is a GPX file; " + READS + ": convert it with ogr2ogr -f GeoJSON "
                + folder.resolve("t.geojson") + " " + folder.resolve("t.geojson"),
                problem("t.geojson", text("<gpx version=\"1.1\"></gpx>")));
    }

    @Test
    void aZipThatIsNotKmzIsNamed() throws Exception {
        Path file = folder.resolve("layers.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("roads.shp"));
            zip.closeEntry();
        }
        assertEquals("this is a zipped ESRI shapefile; " + READS + ": convert it with ogr2ogr -f GeoJSON "
                + folder.resolve("layers.geojson") + " /vsizip/" + file, problem("layers.zip",
                Files.readAllBytes(file)));
    }

    @Test
    void aPdfAndBinaryAreNamed() throws Exception {
        assertEquals("this is a PDF document, not map data; export the layers from the program that made it, as"
                + " GeoJSON or KML", problem("brief.geojson", text("%PDF-1.7\n")));
        assertEquals("this is a binary file HubMap does not know, not text; " + READS + " (by the extensions"
                + " .geojson, .json, .geojsons, .kml, .kmz, .csv, .gpkg)", problem("blob.geojson",
                new byte[] {'{', 1, 2, 3, 0, 7}));
    }

    @Test
    void anSqliteDatabaseThatIsNotAGeoPackageIsNamed() throws Exception {
        byte[] head = new byte[100];
        System.arraycopy(text("SQLite format 3\0"), 0, head, 0, 16);
        assertEquals("cannot be read as a GeoPackage", problem("x.gpkg", head).substring(0, 30));
    }
}
