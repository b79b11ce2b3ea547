package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class LayoutRoundTripTest {
    private static final Path VALID = Path.of("src/test/resources/layouts/valid");
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static byte[] written(Layout layout, WriteOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LayoutWriter(options).write(layout, out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"everything.geojson", "odd-formatting.geojson", "crs84-empty.geojson",
        "lone-feature.geojson", "lone-feature-type-last.geojson", "warnings.geojson", "../../../../../maps/sample-layout.geojson"})
    void openAndSaveWithoutEditGivesTheSameBytes(String name) throws Exception {
        Path file = VALID.resolve(name).normalize();
        Layout layout = LayoutReader.read(file);
        assertArrayEquals(Files.readAllBytes(file), written(layout, WriteOptions.SHORTEST), name);
    }

    @Test
    void anEditChangesOnlyTheEditedFeature() throws Exception {
        Path file = VALID.resolve("odd-formatting.geojson");
        Layout layout = LayoutReader.read(file);
        LayoutFeature first = layout.features().get(0);
        Layout edited = layout.withFeature(0, first.withProperty("name", "Renamed"));
        String before = Files.readString(file);
        String after = new String(written(edited, WriteOptions.SHORTEST), StandardCharsets.UTF_8);

        String firstBefore = first.sourceText().orElseThrow();
        int start = before.indexOf(firstBefore);
        assertEquals(before.substring(0, start), after.substring(0, start), "text before the feature kept");
        String tail = before.substring(start + firstBefore.length());
        assertTrue(after.endsWith(tail), "text after the feature kept");
        String feature = after.substring(start, after.length() - tail.length());
        assertEquals("{\"properties\":{\"a\":1e5,\"b\":-0,\"c\":1.50,\"d\":\"é\\n\",\"e\":[1,{\"x\":null}],"
                + "\"f\":true,\"name\":\"Renamed\"},\"geometry\":{\"coordinates\":[30.50,50.40],\"type\":\"Point\","
                + "\"bbox\":[30.5,50.4,30.5,50.4]},\"type\":\"Feature\",\"id\":1.0,\"foreign\":{\"by\":\"qgis\"}}",
                feature, "member order, number digits, foreign members and the geometry's text all kept");
    }

    @Test
    void aMovedPolygonIsWrittenCounterClockwiseWithShortestDecimals() throws Exception {
        Path file = VALID.resolve("warnings.geojson");
        Layout layout = LayoutReader.read(file);
        LayoutFeature clockwise = layout.features().get(2);
        org.locationtech.jts.geom.Geometry moved = clockwise.geometry().orElseThrow().copy();
        moved.apply((org.locationtech.jts.geom.CoordinateFilter) c -> c.x += 0.1);
        moved.geometryChanged();
        String text = new String(written(layout.withFeature(2, clockwise.withGeometry(moved)), WriteOptions.SHORTEST),
                StandardCharsets.UTF_8);
        assertTrue(text.contains("\"coordinates\":[[[30.1,50.0],[31.1,50.0],[31.1,51.0],[30.1,51.0],[30.1,50.0]]]"),
                text);
    }

    @Test
    void newFeaturesHonourTheChosenPrecision() throws Exception {
        Layout layout = new Layout("new", List.of(new LayoutFeature("n-1", Map.of("kind", "hub"),
                GEOMETRY.createPoint(new Coordinate(30.123456789, 50.987654321)))));
        String shortest = new String(written(layout, WriteOptions.SHORTEST), StandardCharsets.UTF_8);
        String rounded = new String(written(layout, WriteOptions.withDecimals(5)), StandardCharsets.UTF_8);
        assertEquals("{\"type\": \"FeatureCollection\", \"features\": [\n{\"type\":\"Feature\",\"id\":\"n-1\","
                + "\"properties\":{\"kind\":\"hub\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":"
                + "[30.123456789,50.987654321]}}\n]}\n", shortest);
        assertTrue(rounded.contains("[30.12346,50.98765]"), rounded);
    }

    @Test
    void addedAndRemovedFeaturesKeepTheFileLayout(@TempDir Path folder) throws Exception {
        Path file = Path.of("maps/sample-layout.geojson");
        Layout layout = LayoutReader.read(file);
        Layout changed = layout.withFeatureRemoved(0).withFeatureAdded(LayoutFeature.create(
                Map.of("kind", "depot", "capacity", JsonNumber.of("12")),
                GEOMETRY.createPoint(new Coordinate(31, 49))));
        Path saved = folder.resolve("saved.geojson");
        new LayoutWriter(WriteOptions.SHORTEST).save(changed, saved);
        Layout reread = LayoutReader.read(saved);
        assertEquals(layout.features().size(), reread.features().size());
        assertEquals(layout.features().get(1).sourceText(), reread.features().get(0).sourceText());
        assertEquals(JsonNumber.of("12"), reread.features().get(27).properties().get("capacity"));
        assertTrue(Files.readString(saved).startsWith("{\"type\": \"FeatureCollection\",\n \"name\""));
    }
}
