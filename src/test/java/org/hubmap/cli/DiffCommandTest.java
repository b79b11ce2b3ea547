package org.hubmap.cli;

import static org.hubmap.cli.LayoutTexts.hub;
import static org.hubmap.cli.LayoutTexts.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    @TempDir
    Path folder;
    private Path before;
    private Path after;

    @BeforeEach
    void writeLayouts() throws Exception {
        before = write(folder.resolve("a.geojson"), hub("hub-kyiv", "Hub Kyiv", "planned", 30.5234, 50.4501),
                hub("hub-lviv", "Hub Lviv", "active", 24.0297, 49.8397));
        after = write(folder.resolve("b.geojson"), hub("hub-kyiv", "Hub Kyiv", "active", 30.5408, 50.4612)
                .replace("\"status\"", "\"notes\":\"Night moves only\",\"status\""),
                hub("hub-odesa", "Hub Odesa", "planned", 30.7233, 46.4825));
    }

    @Test
    void theTextReportCountsThenListsEachFeatureWithItsMoveAndProperties() {
        CommandRun run = CommandRun.of(new DiffCommand(), before.toString(), after.toString());

        assertEquals(1, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(List.of(
                before + " -> " + after + ": 1 added, 1 removed, 1 changed, 0 unchanged",
                "added   hub-odesa \"Hub Odesa\" (hub)",
                "removed hub-lviv \"Hub Lviv\" (hub)",
                "changed hub-kyiv \"Hub Kyiv\" (hub)",
                "    moved 1.7 km",
                "    status: planned -> active",
                "    notes: (none) -> Night moves only"), lines);
    }

    @Test
    void layoutsInOtherFormatsAreComparedAsTheyRead() throws Exception {
        Path sequence = folder.resolve("a.geojsons");
        CommandRun converted = CommandRun.of(new ConvertCommand(), before.toString(), sequence.toString());
        assertEquals(0, converted.exitCode(), converted.err());

        CommandRun run = CommandRun.of(new DiffCommand(), before.toString(), sequence.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("no differences, 2 features alike"), run.out());
    }

    @Test
    void theJsonReportHasTheKeysAndFiguresScriptsReadAndIsValidJson() throws Exception {
        CommandRun run = CommandRun.of(new DiffCommand(), "--json", before.toString(), after.toString());

        assertEquals(1, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(List.of("added", "removed", "changed", "unchanged", "duplicate_ids"),
                iterable(report.fieldNames()));
        assertEquals("hub-odesa", report.get("added").get(0).get("id").asText());
        assertEquals("Hub Odesa", report.get("added").get(0).get("name").asText());
        assertEquals("hub", report.get("added").get(0).get("kind").asText());
        assertEquals("hub-lviv", report.get("removed").get(0).get("id").asText());
        JsonNode kyiv = report.get("changed").get(0);
        // python3-geographiclib 2.0: Geodesic.WGS84.Inverse(50.4501, 30.5234, 50.4612, 30.5408)['s12']
        assertEquals(1746.848, kyiv.get("moved_m").asDouble(), 1.0);
        assertTrue(kyiv.get("moved_m").isNumber());
        assertFalse(kyiv.get("reshaped").asBoolean());
        assertEquals("[\"planned\",\"active\"]", kyiv.get("properties").get("status").toString());
        assertEquals("[null,\"Night moves only\"]", kyiv.get("properties").get("notes").toString());
        assertEquals(0, report.get("unchanged").asInt());
    }

    @Test
    void layoutsWithTheSameFeaturesExitZero() throws Exception {
        Path copy = write(folder.resolve("copy.geojson"), hub("hub-lviv", "Hub Lviv", "active", 24.0297, 49.8397),
                hub("hub-kyiv", "Hub Kyiv", "planned", 30.5234, 50.4501));

        CommandRun run = CommandRun.of(new DiffCommand(), before.toString(), copy.toString());
        CommandRun json = CommandRun.of(new DiffCommand(), "--json", before.toString(), copy.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().endsWith(": no differences, 2 features alike\n"), run.out());
        assertEquals(0, json.exitCode());
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertEquals(0, report.get("changed").size());
        assertEquals(2, report.get("unchanged").asInt());
    }

    @Test
    void duplicateIdsAreWarnedOfAndCompared() throws Exception {
        Path twice = write(folder.resolve("twice.geojson"), hub("x", "Hub A", "planned", 30, 50),
                hub("x", "Hub B", "planned", 31, 50));

        CommandRun run = CommandRun.of(new DiffCommand(), "--json", before.toString(), twice.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(twice + ": warning: the id x is carried by 2 features"), run.err());
        JsonNode duplicates = new ObjectMapper().readTree(run.out()).get("duplicate_ids");
        assertEquals("{\"a\":[],\"b\":[{\"id\":\"x\",\"count\":2}]}", duplicates.toString());
    }

    @Test
    void anUnreadableLayoutExitsTwoWithItsPlaceAndNoStackTrace() {
        CommandRun bad = CommandRun.of(new DiffCommand(), before.toString(),
                "src/test/resources/layouts/invalid/nan.geojson");
        CommandRun missing = CommandRun.of(new DiffCommand(), folder.resolve("none.geojson").toString(),
                after.toString());

        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("nan.geojson:2:78: error: NaN and Infinity"), bad.err());
        assertFalse(bad.err().contains("\tat "), bad.err());
        assertEquals("", bad.out());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("none.geojson: error: no such file"), missing.err());
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, CommandRun.of(new DiffCommand(), before.toString()).exitCode());
        assertEquals(2, CommandRun.of(new DiffCommand(), "--yaml", before.toString(), after.toString()).exitCode());
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
