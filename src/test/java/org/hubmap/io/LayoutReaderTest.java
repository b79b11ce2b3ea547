package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

class LayoutReaderTest {
    private static Path resource(String name) throws URISyntaxException {
        return Path.of(LayoutReaderTest.class.getResource("/layouts/" + name).toURI());
    }

    @Test
    void readsEveryGeometryTypeAndKeepsIdsAndPropertiesAsWritten() throws Exception {
        Layout layout = LayoutReader.read(resource("valid/everything.geojson"));
        List<LayoutFeature> features = layout.features();
        assertEquals(6, features.size());
        assertEquals("everything.geojson", layout.title());

        LayoutFeature hub = features.get(0);
        assertEquals(JsonNumber.of("7"), hub.id());
        assertEquals(FeatureKind.HUB, hub.kind());
        assertEquals("Kyiv", hub.name());
        assertEquals("1200.50", ((JsonNumber) hub.properties().get("capacity")).text(), "digits kept");
        assertEquals(List.of("kind", "name", "nation", "status", "capacity"), List.copyOf(hub.properties().keySet()));
        assertEquals(179.5, hub.geometry().orElseThrow().getCoordinate().getZ(), "third coordinate kept");

        LayoutFeature empty = features.get(1);
        assertEquals("d-1", empty.id());
        assertTrue(empty.geometry().isEmpty());
        assertTrue(empty.properties().isEmpty());

        Geometry zone = features.get(2).geometry().orElseThrow();
        assertEquals(1, ((Polygon) zone).getNumInteriorRing());
        assertEquals(FeatureKind.MONITORING_ZONE, features.get(2).kind());

        assertEquals("GeometryCollection", features.get(3).geometry().orElseThrow().getGeometryType());
        assertEquals(FeatureKind.OTHER, features.get(3).kind(), "unknown kinds are kept as other");
        assertEquals("MultiPolygon", features.get(4).geometry().orElseThrow().getGeometryType());
        assertEquals("MultiLineString", features.get(5).geometry().orElseThrow().getGeometryType());
        assertEquals(2, layout.count(FeatureKind.MONITORING_ZONE));
    }

    @Test
    void readsTheSampleLayout() throws Exception {
        Layout layout = LayoutReader.read(Path.of("maps/sample-layout.geojson"));
        assertEquals(10, layout.count(FeatureKind.HUB));
        assertEquals(10, layout.count(FeatureKind.DEPOT));
        assertEquals(8, layout.count(FeatureKind.MONITORING_ZONE));
        for (LayoutFeature feature : layout.features()) {
            assertFalse(feature.name().isEmpty(), "every sample feature is named");
            assertTrue(feature.geometry().orElseThrow().isValid(), feature.name() + " is valid");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "truncated.geojson              | 4 | 1  | the file ends in the middle of the JSON",
        "unclosed-ring.geojson          | 2 | 80 | polygon ring is not closed",
        "short-ring.geojson             | 2 | 80 | a polygon ring needs at least 4 positions, found 3",
        "latitude-out-of-range.geojson  | 3 | 51 | latitude 95.0 is outside -90..90",
        "wrong-type-case.geojson        | 2 | 55 | unknown geometry type \"point\"",
        "duplicate-key.geojson          | 2 | 45 | duplicate key \"name\"",
        "nan.geojson                    | 2 | 78 | NaN and Infinity are not JSON numbers",
        "bad-utf8.geojson               | 2 | 47 | not valid UTF-8 text",
        "deep-nesting.geojson           | 1 | 277| JSON is nested more than 200 levels deep",
        "not-a-feature-collection.geojson | 1 | 1 | top-level \"type\" is \"Topology\"",
        "empty.geojson                  | 1 | 1  | the file is empty",
        "missing-geometry.geojson       | 2 | 2  | feature has no \"geometry\" member",
        "projected-crs.geojson          | 1 | 35 | \"crs\" names EPSG:3857; RFC 7946 layouts are WGS84",
        "utf16.geojson                  | 1 | 1  | the file is not UTF-8",
    })
    void reportsFileLineAndColumnOfEachFault(String name, int line, int column, String problem) throws Exception {
        Path file = resource("invalid/" + name);
        LayoutFormatException e = assertThrows(LayoutFormatException.class, () -> LayoutReader.read(file));
        assertTrue(e.getMessage().startsWith(file + ":" + line + ":" + column + ": "), e.getMessage());
        assertTrue(e.problem().startsWith(problem), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), "no Java names for users: " + e.getMessage());
        assertFalse(e.getMessage().contains("[Source"), "no parser excerpts: " + e.getMessage());
    }

    @Test
    void warnsOfWhatItAcceptsOnlyByInterpretingIt() throws Exception {
        LayoutReadResult result = LayoutReader.readWithWarnings(resource("valid/warnings.geojson"),
                ReadProgress.NONE);
        List<String> warnings = result.warnings().stream()
                .map(w -> w.line() + ":" + w.column() + ": " + w.message()).toList();
        assertEquals(8, warnings.size(), String.join("\n", warnings));
        assertTrue(warnings.get(0).startsWith("1:38: \"crs\" is a GeoJSON 2008 member"), warnings.get(0));
        assertTrue(warnings.get(1).startsWith("2:77: position [48.5, 31] lies outside Ukraine but swapped"),
                warnings.get(1));
        assertTrue(warnings.get(2).startsWith("3:3: id \"a\" is already used by the feature at line 2"),
                warnings.get(2));
        assertTrue(warnings.get(3).startsWith("4:114: exterior ring is clockwise"), warnings.get(3));
        assertTrue(warnings.get(4).startsWith("5:78: zone is not a valid polygon: self-intersection at [30.5,"
                + " 50.5]"), warnings.get(4));
        assertTrue(warnings.get(5).startsWith("6:91: empty MultiPoint, read as no geometry"), warnings.get(5));
        assertTrue(warnings.get(6).startsWith("7:3: feature has no \"properties\" member"), warnings.get(6));
        assertTrue(warnings.get(7).startsWith("7:82: position has 4 numbers"), warnings.get(7));
        assertEquals(0, result.warningsNotListed());
    }

    @Test
    void readsALoneFeatureWhoseTypeComesLast() throws Exception {
        Layout layout = LayoutReader.read(resource("valid/lone-feature-type-last.geojson"));
        assertEquals(1, layout.features().size());
        assertEquals("Lone", layout.features().get(0).name());
        assertEquals(FeatureKind.DEPOT, layout.features().get(0).kind());
    }

    @Test
    void cancelsWhenAsked() throws Exception {
        Path file = resource("valid/everything.geojson");
        ReadProgress cancelled = new ReadProgress() {
            @Override
            public void bytesRead(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(java.util.concurrent.CancellationException.class,
                () -> LayoutReader.readWithWarnings(file, cancelled));
    }

    @Test
    void aMissingFileIsReportedWithoutAPlace() {
        Path file = Path.of("no/such/layout.geojson");
        LayoutFormatException e = assertThrows(LayoutFormatException.class, () -> LayoutReader.read(file));
        assertEquals(file + ": no such file", e.getMessage());
    }
}
