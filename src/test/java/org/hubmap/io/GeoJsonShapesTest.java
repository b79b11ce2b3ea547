package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every GeoJSON object opens as a layout (a bare Geometry, a lone Feature, a FeatureCollection), GeoJSON text
 * sequences open with or without record separators, and the members RFC 7946 section 7.1 keeps apart are refused
 * with their place.
 */
class GeoJsonShapesTest {
    @TempDir
    Path folder;

    private Path file(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aBareGeometryIsALayoutOfOneFeatureWithoutProperties() throws Exception {
        Path file = file("zone.geojson", "{\"coordinates\": [[[30,50],[31,50],[31,51],[30,50]]],\n"
                + " \"type\": \"Polygon\"}");
        LayoutReadResult read = LayoutFormats.read(file, ReadProgress.NONE);
        List<LayoutFeature> features = read.layout().features();
        assertEquals(1, features.size());
        assertTrue(features.get(0).properties().isEmpty());
        assertEquals(FeatureKind.OTHER, features.get(0).kind(), "no kind: an other feature, as for features");
        assertEquals("Polygon", features.get(0).geometry().orElseThrow().getGeometryType());
        assertTrue(read.layout().text().isEmpty(), "saved as a fresh FeatureCollection");
    }

    @Test
    void aBareGeometryCollectionStreams() throws Exception {
        Path file = file("g.json", "{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Point\","
                + "\"coordinates\":[30,50]}]}");
        long[] count = {0};
        LayoutReader.LayoutStreamSummary summary = LayoutFormats.stream(file, f -> count[0]++, ReadProgress.NONE);
        assertEquals(1, summary.featureCount());
        assertEquals(1, count[0]);
    }

    @Test
    void aLoneFeatureIsALayoutOfOne() throws Exception {
        Path file = file("one.geojson", "{\"type\":\"Feature\",\"properties\":{\"kind\":\"depot\",\"name\":\"D\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[30,50]}}");
        Layout layout = LayoutFormats.read(file, ReadProgress.NONE).layout();
        assertEquals(1, layout.features().size());
        assertEquals(FeatureKind.DEPOT, layout.features().get(0).kind());
    }

    static Stream<Arguments> section71() {
        return Stream.of(
            Arguments.of("{\"type\":\"FeatureCollection\",\"features\":[],\n\"geometry\":null}", 2, 1,
                "a FeatureCollection must not have a \"geometry\" member (RFC 7946 section 7.1)"),
            Arguments.of("{\"properties\":{},\"type\":\"FeatureCollection\",\"features\":[]}", 1, 2,
                "a FeatureCollection must not have a \"properties\" member"),
            Arguments.of("{\"type\":\"FeatureCollection\",\"coordinates\":[],\"features\":[]}", 1, 29,
                "a FeatureCollection must not have a \"coordinates\" member"),
            Arguments.of("{\"type\":\"Feature\",\"properties\":{},\"geometry\":null,\"geometries\":[]}", 1, 51,
                "a Feature must not have a \"geometries\" member"),
            Arguments.of("{\"type\":\"Feature\",\"properties\":{},\"geometry\":null,\"features\":[]}", 1, 51,
                "a Feature must not have a \"features\" member"),
            Arguments.of("{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"coordinates\":[1,2],"
                + "\"properties\":{},\"geometry\":null}]}", 2, 19, "a Feature must not have a \"coordinates\" member"),
            Arguments.of("{\"type\":\"Point\",\"coordinates\":[30,50],\"properties\":{}}", 1, 39,
                "a Geometry must not have a \"properties\" member"),
            Arguments.of("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":"
                + "[30,50],\n\"geometry\":null}}", 2, 1, "a Geometry must not have a \"geometry\" member"),
            Arguments.of("{\"type\":\"LineString\",\"coordinates\":[[30,50],[31,50]],\"features\":[]}", 1, 54,
                "a Geometry must not have a \"features\" member"));
    }

    @ParameterizedTest
    @MethodSource("section71")
    void refusesMembersSection71KeepsApart(String text, int line, int column, String problem) throws Exception {
        Path file = file("bad.geojson", text);
        LayoutFormatException e = assertThrows(LayoutFormatException.class,
                () -> LayoutFormats.read(file, ReadProgress.NONE));
        assertEquals(file + ":" + line + ":" + column, e.place(), e.getMessage());
        assertTrue(e.problem().startsWith(problem), e.getMessage());
    }

    @Test
    void readsASequenceWithAndWithoutRecordSeparators() throws Exception {
        String feature = "{\"type\":\"Feature\",\"properties\":{\"name\":\"%s\"},\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[30,50]}}";
        Path separated = file("a.geojsons", "\u001e" + feature.formatted("one") + "\n\u001e"
                + feature.formatted("two") + "\n");
        Path lines = file("b.geojsons", feature.formatted("one") + "\n" + feature.formatted("two") + "\n");
        for (Path file : List.of(separated, lines)) {
            List<LayoutFeature> features = LayoutFormats.read(file, ReadProgress.NONE).layout().features();
            assertEquals(List.of("one", "two"), features.stream().map(LayoutFeature::name).toList());
        }
    }

    @Test
    void aSequenceFaultNamesItsLineAndText() throws Exception {
        Path file = file("c.geojsons", "\u001e{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}\n"
                + "\u001e{\"type\":\"FeatureCollection\",\"features\":[]}\n");
        LayoutFormatException e = assertThrows(LayoutFormatException.class,
                () -> LayoutFormats.read(file, ReadProgress.NONE));
        assertEquals(file + ":2:10", e.place(), "at the type value");
        assertEquals("each text of a GeoJSON sequence must be a \"Feature\"; this one has type \"FeatureCollection\""
                + " (in text 2)", e.problem());
    }
}
