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
        "duplicate-key.geojson          | 2 | 51 | duplicate key \"name\"",
        "nan.geojson                    | 2 | 81 | NaN and Infinity are not JSON numbers",
        "bad-utf8.geojson               | 2 | 47 | not valid UTF-8 text",
        "deep-nesting.geojson           | 1 | 277| JSON is nested more than 200 levels deep",
        "not-a-feature-collection.geojson | 1 | 1 | top-level \"type\" is \"Topology\"",
        "empty.geojson                  | 1 | 1  | the file is empty",
        "missing-geometry.geojson       | 2 | 2  | feature has no \"geometry\" member",
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
    void aMissingFileIsReportedWithoutAPlace() {
        Path file = Path.of("no/such/layout.geojson");
        LayoutFormatException e = assertThrows(LayoutFormatException.class, () -> LayoutReader.read(file));
        assertEquals(file + ": no such file", e.getMessage());
    }
}
