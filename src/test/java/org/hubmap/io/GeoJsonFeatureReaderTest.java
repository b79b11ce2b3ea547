package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

class GeoJsonFeatureReaderTest {

    private static List<GeoJsonFeature> read(String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return GeoJsonFeatureReader.read(new ByteArrayInputStream(bytes), "test.geojson");
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static LayoutFormatException failure(String json) {
        return assertThrows(LayoutFormatException.class, () -> read(json));
    }

    @Test
    void readsPointWithLongitudeFirstAndIgnoresHeight() throws IOException {
        GeoJsonFeature f = read(collection("{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[30.5,50.4,120]}}")).get(0);
        Point p = (Point) f.geometry();
        assertEquals(30.5, p.getX());
        assertEquals(50.4, p.getY());
    }

    @Test
    void readsLinesAndPolygonsWithHoles() throws IOException {
        List<GeoJsonFeature> features = read(collection(
                "{\"type\":\"Feature\",\"properties\":null,\"geometry\":{\"type\":\"LineString\","
                        + "\"coordinates\":[[0,0],[1,1]]}}",
                "{\"type\":\"Feature\",\"geometry\":{\"type\":\"MultiLineString\","
                        + "\"coordinates\":[[[0,0],[1,1]],[[2,2],[3,3],[4,4]]]}}",
                "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                        + "[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[2,2],[3,2],[3,3],[2,2]]]}}",
                "{\"geometry\":{\"coordinates\":[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],[6,5],[6,6],[5,5]]]],"
                        + "\"type\":\"MultiPolygon\"},\"type\":\"Feature\"}"));
        assertTrue(features.get(0).geometry() instanceof LineString);
        assertEquals(5, ((MultiLineString) features.get(1).geometry()).getNumPoints());
        Polygon polygon = (Polygon) features.get(2).geometry();
        assertEquals(1, polygon.getNumInteriorRing());
        assertEquals(100 - 0.5, polygon.getArea(), 1e-9);
        assertEquals(2, ((MultiPolygon) features.get(3).geometry()).getNumGeometries());
    }

    @Test
    void readsGeometryCollectionsAndNullGeometryAsEmpty() throws IOException {
        List<GeoJsonFeature> features = read(collection(
                "{\"type\":\"Feature\",\"geometry\":{\"type\":\"GeometryCollection\",\"geometries\":["
                        + "{\"type\":\"Point\",\"coordinates\":[1,2]},"
                        + "{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4]]}]}}",
                "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{}}"));
        assertEquals(2, features.get(0).geometry().getNumGeometries());
        assertTrue(features.get(1).geometry().isEmpty());
    }

    @Test
    void keepsScalarPropertiesAndDropsNullsAndNestedValues() throws IOException {
        GeoJsonFeature f = read(collection("{\"type\":\"Feature\",\"geometry\":null,\"properties\":"
                + "{\"name\":\"Київ\",\"rank\":1,\"population\":2.8e6,\"capital\":true,\"name_uk\":null,"
                + "\"tags\":{\"a\":[1,2]},\"list\":[1]}}")).get(0);
        assertEquals("Київ", f.text("name").orElseThrow());
        assertEquals(1.0, f.number("rank").orElseThrow());
        assertEquals(2.8e6, f.number("population").orElseThrow());
        assertTrue(f.isTrue("capital"));
        assertFalse(f.isTrue("name"));
        assertTrue(f.text("name_uk").isEmpty());
        assertTrue(f.text("rank").isEmpty());
        assertTrue(f.number("name").isEmpty());
        assertFalse(f.properties().containsKey("tags"));
        assertFalse(f.properties().containsKey("list"));
    }

    @Test
    void recordsWhereEachFeatureStarts() throws IOException {
        List<GeoJsonFeature> features = read("{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "  {\"type\":\"Feature\",\"geometry\":null},\n"
                + "    {\"type\":\"Feature\",\"geometry\":null}]}");
        assertEquals(2, features.get(0).line());
        assertEquals(3, features.get(0).column());
        assertEquals(3, features.get(1).line());
        assertEquals(5, features.get(1).column());
    }

    @Test
    void malformedJsonNamesSourceLineAndColumn() {
        LayoutFormatException e =
                failure("{\"type\":\"FeatureCollection\",\n\"features\":[{\"type\":\"Feature\",,}]}");
        assertEquals("test.geojson", e.source());
        assertEquals(2, e.line());
        assertEquals(31, e.column());
        assertTrue(e.getMessage().startsWith("test.geojson:2:31: malformed JSON"), e.getMessage());
    }

    @Test
    void truncatedFileIsReportedAtItsEnd() {
        LayoutFormatException e = failure("{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":");
        assertEquals(2, e.line());
        assertTrue(e.problem().contains("ends in the middle"), e.problem());
    }

    @Test
    void unclosedRingIsReportedAtItsGeometry() {
        LayoutFormatException e = failure(collection("\n{\"type\":\"Feature\",\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}}"));
        assertEquals(2, e.line());
        assertEquals(63, e.column());
        assertTrue(e.problem().contains("is not closed"), e.problem());
    }

    @Test
    void structuralFaultsAreExplained() {
        assertTrue(failure("").problem().contains("empty"));
        assertTrue(failure("[]").problem().contains("GeoJSON object"));
        assertTrue(failure("{\"type\":\"Feature\",\"features\":[]}").problem()
                .contains("a Feature must not have a \"features\" member"));
        assertTrue(failure("{\"type\":\"Feature\",\"properties\":{}}").problem().contains("\"geometry\""));
        assertTrue(failure("{\"type\":\"FeatureCollection\"}").problem().contains("\"features\""));
        assertTrue(failure(collection("{\"type\":\"Thing\"}")).problem().contains("\"Feature\""));
        assertTrue(failure(collection("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Curve\",\"coordinates\":[]}}"))
                .problem().contains("unknown geometry type \"Curve\""));
        assertTrue(failure(collection("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\"}}"))
                .problem().contains("no \"coordinates\""));
        assertTrue(failure(collection("{\"type\":\"Feature\",\"geometry\":"
                + "{\"type\":\"LineString\",\"coordinates\":[1,2]}}")).problem().contains("expected a position"));
        assertTrue(failure(collection("{\"type\":\"Feature\",\"geometry\":"
                + "{\"type\":\"Point\",\"coordinates\":[1,\"2\"]}}")).problem().contains("numbers"));
        assertTrue(failure(collection("{\"type\":\"Feature\",\"geometry\":"
                + "{\"type\":\"Point\",\"coordinates\":[1]}}")).problem().contains("longitude and latitude"));
        assertTrue(failure(collection() + " {}").problem().contains("after the end"));
    }

    @Test
    void readingAFileNamesItByItsPath(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("broken.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[}");
        LayoutFormatException e = assertThrows(LayoutFormatException.class, () -> GeoJsonFeatureReader.read(file));
        assertTrue(e.getMessage().startsWith(file + ":1:"), e.getMessage());
    }
}
