package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Polygon;

/** KML from other programs: placemarks, data, what is left out with warnings, and hostile XML refused. */
class KmlReaderTest {
    private static final String KML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><name>Depots</name>\n";

    @TempDir
    Path folder;

    private Path file(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void readsPlacemarksWithDataThroughFoldersAndWarnsOfWhatItLeavesOut() throws Exception {
        Path file = file("earth.kml", KML
                + "<Style id=\"s\"><IconStyle><color>ff0000ff</color></IconStyle></Style>\n"
                + "<Folder><name>North</name>\n"
                + "<Placemark><name>D1</name><description>by the rail yard</description><styleUrl>#s</styleUrl>\n"
                + "<ExtendedData><Data name=\"kind\"><value>depot</value></Data>"
                + "<Data name=\"nation\"><value>LTU</value></Data></ExtendedData>\n"
                + "<Point><coordinates> 30.5, 50.4,120 </coordinates></Point></Placemark>\n"
                + "<Placemark><name>Z</name><Polygon><outerBoundaryIs><LinearRing><coordinates>30,50 31,50 31,51"
                + " 30,51 30,50</coordinates></LinearRing></outerBoundaryIs><innerBoundaryIs><LinearRing>"
                + "<coordinates>30.2,50.2 30.4,50.2 30.4,50.4 30.2,50.2</coordinates></LinearRing></innerBoundaryIs>"
                + "</Polygon></Placemark>\n"
                + "</Folder>\n<NetworkLink><name>live</name></NetworkLink>\n"
                + "<GroundOverlay><name>photo</name></GroundOverlay>\n</Document></kml>\n");
        LayoutReadResult read = LayoutFormats.read(file, ReadProgress.NONE);
        List<LayoutFeature> features = read.layout().features();
        assertEquals(2, features.size());
        LayoutFeature depot = features.get(0);
        assertEquals("D1", depot.name());
        assertEquals(FeatureKind.DEPOT, depot.kind());
        assertEquals("LTU", depot.nation());
        assertEquals("by the rail yard", depot.properties().get("notes"));
        assertEquals(120, depot.geometry().orElseThrow().getCoordinate().getZ());
        assertEquals(1, ((Polygon) features.get(1).geometry().orElseThrow()).getNumInteriorRing());
        assertEquals("Depots", read.layout().collectionMembers().get("name"));
        List<String> warnings = read.warnings().stream().map(w -> w.line() + ": " + w.message()).toList();
        assertTrue(warnings.get(0).startsWith("3: KML styles are not kept"), warnings.toString());
        assertTrue(warnings.get(1).startsWith("4: folders are not kept"), warnings.toString());
        assertTrue(warnings.get(2).startsWith("10: NetworkLink not read"), warnings.toString());
        assertTrue(warnings.get(3).startsWith("11: GroundOverlay not read"), warnings.toString());
        assertEquals(4, warnings.size(), warnings.toString());
    }

    @Test
    void aBadPositionIsReportedAtItsPlace() throws Exception {
        Path file = file("bad.kml", KML + "<Placemark>\n<Point><coordinates>30.5,95</coordinates></Point>"
                + "</Placemark></Document></kml>");
        LayoutFormatException e = assertThrows(LayoutFormatException.class,
                () -> LayoutFormats.read(file, ReadProgress.NONE));
        assertTrue(e.getMessage().startsWith(file + ":4:"), e.getMessage());
        assertTrue(e.problem().contains("latitude 95 is outside -90..90"), e.getMessage());
    }

    @Test
    void refusesExternalEntities() throws Exception {
        Path secret = file("secret.txt", "top secret");
        Path file = file("xxe.kml", "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]>\n<kml><Document><Placemark><name>&x;</name></Placemark></Document></kml>");
        LayoutFormatException e = assertThrows(LayoutFormatException.class,
                () -> LayoutFormats.read(file, ReadProgress.NONE));
        assertTrue(e.problem().startsWith("a DOCTYPE is refused"), e.getMessage());
        assertFalse(e.getMessage().contains("top secret"));
    }

    @Test
    void refusesABillionLaughsFast() throws Exception {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE kml [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"");
            doctype.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        Path file = file("laughs.kml", "<?xml version=\"1.0\"?>\n" + doctype + "]>\n<kml><Document><Placemark>"
                + "<name>&lol9;</name></Placemark></Document></kml>");
        LayoutFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThrows(
                LayoutFormatException.class, () -> LayoutFormats.read(file, ReadProgress.NONE)));
        assertEquals(13, e.line(), "where the DOCTYPE ends: " + e.getMessage());
        assertTrue(e.problem().startsWith("a DOCTYPE is refused"), e.getMessage());
    }

    @Test
    void aKmzWithoutKmlIsNotKmz() throws Exception {
        Path file = folder.resolve("photos.kmz");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("a.jpg"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
        }
        LayoutFormatException e = assertThrows(LayoutFormatException.class,
                () -> LayoutFormats.read(file, ReadProgress.NONE));
        assertTrue(e.problem().startsWith("this is a zip archive without a KML document, so it is not KMZ"),
                e.getMessage());
    }
}
