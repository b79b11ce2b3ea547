package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a layout whose collection members changed: only those members' text changes. */
class CollectionMemberRoundTripTest {
    private static final Path VALID = Path.of("src/test/resources/layouts/valid");
    private static final Path SAMPLE = Path.of("maps/sample-layout.geojson");

    private static String written(Layout layout) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LayoutWriter(WriteOptions.SHORTEST).write(layout, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Layout layoutOf(Path folder, String text) throws Exception {
        Path file = folder.resolve("layout.geojson");
        Files.writeString(file, text);
        return LayoutReader.read(file);
    }

    private static Map<String, Object> checks(long metres) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("depot_zone_min_distance_m", JsonNumber.of(metres));
        return value;
    }

    @Test
    void anUnchangedMemberSetAgainKeepsTheBytes() throws Exception {
        Layout sample = LayoutReader.read(SAMPLE);
        Layout same = sample.withCollectionMember("name", "Sample post-ceasefire layout");
        assertArrayEquals(Files.readAllBytes(SAMPLE), written(same).getBytes(StandardCharsets.UTF_8));
        Layout addedAndRemoved = sample.withCollectionMember("hubmap:checks", checks(5000))
                .withCollectionMember("hubmap:checks", null);
        assertArrayEquals(Files.readAllBytes(SAMPLE), written(addedAndRemoved).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRemovedMemberGoesWithItsComma() throws Exception {
        String before = Files.readString(SAMPLE);
        String after = written(LayoutReader.read(SAMPLE).withCollectionMember("name", null));
        assertEquals(before.replace(" \"name\": \"Sample post-ceasefire layout\",\n", ""), after);
    }

    @Test
    void membersAfterTheFeaturesAreEditedWhereTheyAreAndNewOnesGoBeforeTheFeatures() throws Exception {
        Path file = VALID.resolve("odd-formatting.geojson");
        String before = Files.readString(file);
        Layout layout = LayoutReader.read(file);

        String renamed = written(layout.withCollectionMember("name", "Київ 2"));
        assertEquals(before.replace("\"name\": \"odd Київ\"", "\"name\": \"Київ 2\""), renamed);

        String unnamed = written(layout.withCollectionMember("name", null));
        assertEquals(before.replace(", \"name\": \"odd Київ\"", ""), unnamed);

        String added = written(layout.withCollectionMember("hubmap:checks", checks(4000)));
        assertEquals(before.replace("{ \"features\"", "{ \"hubmap:checks\":{\"depot_zone_min_distance_m\":4000},"
                + " \"features\""), added, "the byte order mark and the odd spacing are kept");
    }

    @Test
    void neighbouringMembersCanBeRemovedTogether(@TempDir Path folder) throws Exception {
        Layout layout = layoutOf(folder, "{\"a\": 0, \"b\": [1], \"type\": \"FeatureCollection\", \"features\": [],"
                + " \"c\": {\"d\": 2}, \"e\": null, \"f\": true}\n");
        Layout stripped = layout.withCollectionMember("a", null).withCollectionMember("b", null)
                .withCollectionMember("c", null).withCollectionMember("e", null).withCollectionMember("f", null);
        assertEquals("{\"type\": \"FeatureCollection\", \"features\": []}\n", written(stripped));
        Layout edited = layout.withCollectionMember("b", List.of("x")).withCollectionMember("e", false);
        assertEquals("{\"a\": 0, \"b\": [\"x\"], \"type\": \"FeatureCollection\", \"features\": [], \"c\": {\"d\": 2},"
                + " \"e\": false, \"f\": true}\n", written(edited));
    }

    @Test
    void anEmptyLayoutGetsTheMemberToo() throws Exception {
        Layout layout = LayoutReader.read(VALID.resolve("crs84-empty.geojson"));
        assertEquals("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                + "\"urn:ogc:def:crs:OGC:1.3:CRS84\"}},\"hubmap:checks\":{\"depot_zone_min_distance_m\":4000},"
                + "\"features\":[]}", written(layout.withCollectionMember("hubmap:checks", checks(4000))));
    }

    @Test
    void aLoneFeatureWithACollectionMemberIsSavedAsAFeatureCollection(@TempDir Path folder) throws Exception {
        Path file = VALID.resolve("lone-feature.geojson");
        Layout layout = LayoutReader.read(file).withCollectionMember("hubmap:checks", checks(4000));
        String text = written(layout);
        assertEquals("{\"type\": \"FeatureCollection\", \"hubmap:checks\":{\"depot_zone_min_distance_m\":4000},"
                + " \"features\": [\n" + Files.readString(file).strip() + "\n]}\n", text);
        Layout reopened = layoutOf(folder, text);
        assertEquals(layout.collectionMembers(), reopened.collectionMembers());
        assertEquals(layout.features().get(0).sourceText(), reopened.features().get(0).sourceText());
    }
}
