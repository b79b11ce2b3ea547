package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.render.SymbologyColours;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** A layout written in each format HubMap writes and read back keeps names, kinds, properties and geometries. */
class LayoutFormatsRoundTripTest {
    @TempDir
    Path folder;

    static Layout sample() throws Exception {
        WKTReader wkt = new WKTReader();
        Map<String, Object> hub = new LinkedHashMap<>();
        hub.put("kind", "hub");
        hub.put("name", "Hub Київ");
        hub.put("nation", "POL");
        hub.put("status", "active");
        hub.put("capacity", JsonNumber.of("1200.5"));
        hub.put("staffed", true);
        hub.put("notes", "north gate <closed> & guarded");
        Map<String, Object> depot = new LinkedHashMap<>();
        depot.put("kind", "depot");
        depot.put("name", "Depot 2");
        depot.put("capacity", JsonNumber.of("40"));
        depot.put("staffed", false);
        Map<String, Object> zone = new LinkedHashMap<>();
        zone.put("kind", "monitoring-zone");
        zone.put("name", "Zone A");
        zone.put("status", "planned");
        return new Layout("sample.geojson", List.of(
                new LayoutFeature("h1", hub, wkt.read("POINT (30.5234 50.4501)")),
                new LayoutFeature("d1", depot, wkt.read("LINESTRING (30 50, 31 50.5, 32 50)")),
                new LayoutFeature("z1", zone, wkt.read("POLYGON ((30 49, 32 49, 32 51, 30 51, 30 49),"
                        + " (30.5 49.5, 30.5 50, 31 50, 31 49.5, 30.5 49.5))")),
                new LayoutFeature("m1", Map.of("name", "Parts"), wkt.read(
                        "MULTIPOLYGON (((35 48, 36 48, 36 49, 35 48)), ((37 48, 38 48, 38 49, 37 48)))")),
                new LayoutFeature("m2", Map.of("name", "Posts"), wkt.read("MULTIPOINT ((33 47), (34 47.5))"))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"geojson", "geojsons", "kml", "kmz", "gpkg"})
    void keepsNamesKindsPropertiesAndGeometries(String extension) throws Exception {
        Layout written = sample();
        Path file = folder.resolve("layout." + extension);
        LayoutWriteReport report = LayoutFormats.write(written, file, WriteOptions.SHORTEST, new SymbologyColours());
        assertEquals(5, report.featureCount());
        LayoutReadResult read = LayoutFormats.read(file, ReadProgress.NONE);
        List<LayoutFeature> features = read.layout().features();
        assertEquals(5, features.size());
        for (int i = 0; i < features.size(); i++) {
            LayoutFeature before = written.features().get(i);
            LayoutFeature after = features.get(i);
            assertEquals(before.name(), after.name());
            assertEquals(before.kind(), after.kind());
            assertEquals(before.nation(), after.nation());
            assertEquals(before.status(), after.status());
            Geometry expected = before.geometry().orElseThrow();
            Geometry actual = after.geometry().orElseThrow();
            assertEquals(expected.getGeometryType(), actual.getGeometryType(), extension);
            assertTrue(expected.norm().equalsExact(actual.norm(), 1e-12), expected + " vs " + actual);
        }
        LayoutFeature hub = features.get(0);
        assertEquals(FeatureKind.HUB, hub.kind());
        assertEquals(1200.5, ((Number) hub.properties().get("capacity")).doubleValue(), extension);
        assertEquals(Boolean.TRUE, hub.properties().get("staffed"), extension);
        assertEquals("north gate <closed> & guarded", hub.properties().get("notes"));
        assertEquals(40, ((Number) features.get(1).properties().get("capacity")).intValue());
        assertEquals(Boolean.FALSE, features.get(1).properties().get("staffed"));
    }

    @Test
    void kmlReportsTheIdsItCannotKeepAndStylesByKindAndStatus() throws Exception {
        Path file = folder.resolve("layout.kml");
        LayoutWriteReport report = LayoutFormats.write(sample(), file, WriteOptions.SHORTEST, new SymbologyColours());
        assertTrue(report.notKept().contains("the ids of 5 features"), report.notKept().toString());
        String text = Files.readString(file);
        assertTrue(text.contains("<Style id=\"hub-active\">"), text);
        assertTrue(text.contains("<styleUrl>#hub-active</styleUrl>"), text);
        assertTrue(text.contains("<styleUrl>#monitoring-zone-planned</styleUrl>"), text);
        assertTrue(text.contains("<SimpleField name=\"capacity\" type=\"double\"/>"), text);
    }

    @Test
    void aKmzIsAZipWithDocKml() throws Exception {
        Path file = folder.resolve("layout.kmz");
        LayoutFormats.write(sample(), file, WriteOptions.SHORTEST, new SymbologyColours());
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertEquals("doc.kml", zip.entries().nextElement().getName());
        }
    }

    @Test
    void aGeoJsonSequenceHasOneRecordSeparatedFeaturePerLine() throws Exception {
        Path file = folder.resolve("layout.geojsons");
        LayoutFormats.write(sample(), file, WriteOptions.SHORTEST, new SymbologyColours());
        List<String> lines = Files.readAllLines(file);
        assertEquals(5, lines.size());
        for (String line : lines) {
            assertTrue(line.startsWith("\u001e{\"type\":\"Feature\""), line);
        }
    }

    @Test
    void csvIsReadOnly() {
        LayoutFormatException e = assertThrows(LayoutFormatException.class,
                () -> LayoutFormats.write(sample(), folder.resolve("out.csv"), WriteOptions.SHORTEST,
                        new SymbologyColours()));
        assertTrue(e.getMessage().contains("CSV is read only; HubMap writes .geojson, .json, .geojsons, .kml,"
                + " .kmz, .gpkg"), e.getMessage());
    }
}
