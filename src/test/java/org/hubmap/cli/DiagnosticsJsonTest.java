package org.hubmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsJsonTest {
    private static final String LAYOUTS = "src/test/resources/layouts/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aValidFileIsOneEntryWithNoDiagnostics() {
        CommandRun run = CommandRun.of(new ValidateCommand(), "--json", "maps/sample-layout.geojson");
        assertEquals(0, run.exitCode());
        assertEquals("{\"files\":[{\"file\":\"maps/sample-layout.geojson\",\"valid\":true,\"features\":28,"
                + "\"diagnostics\":[],\"not_listed\":0}]}\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void validateListsWarningsAndErrorsWithPlaceCodeAndFeature() throws IOException {
        CommandRun run = CommandRun.of(new ValidateCommand(), "--json", LAYOUTS + "valid/warnings.geojson",
                LAYOUTS + "invalid/unclosed-ring.geojson", dir.resolve("missing.geojson").toString());
        assertEquals(1, run.exitCode(), "an error in any file, as without --json");
        assertEquals("", run.err());
        JsonNode files = MAPPER.readTree(run.out()).get("files");
        assertEquals(3, files.size());

        JsonNode warnings = files.get(0);
        assertTrue(warnings.get("valid").asBoolean());
        assertEquals(8, warnings.get("diagnostics").size());
        JsonNode crs = warnings.get("diagnostics").get(0);
        assertEquals("crs-ignored", crs.get("code").asText());
        assertEquals("warning", crs.get("severity").asText());
        assertEquals(1, crs.get("line").asInt());
        assertEquals(38, crs.get("column").asInt());
        assertTrue(crs.get("feature_id").isNull(), "the crs member belongs to the file");
        JsonNode repeated = warnings.get("diagnostics").get(2);
        assertEquals("repeated-id", repeated.get("code").asText());
        assertEquals("a", repeated.get("feature_id").asText());
        assertTrue(repeated.get("message").asText().startsWith("id \"a\" is already used"), repeated.toString());

        JsonNode broken = files.get(1);
        assertFalse(broken.get("valid").asBoolean());
        assertTrue(broken.get("features").isNull());
        JsonNode error = broken.get("diagnostics").get(0);
        assertEquals("error", error.get("severity").asText());
        assertEquals("ring-not-closed", error.get("code").asText());
        assertEquals(2, error.get("line").asInt());
        assertEquals(80, error.get("column").asInt());

        JsonNode missing = files.get(2).get("diagnostics").get(0);
        assertEquals("file-not-found", missing.get("code").asText());
        assertTrue(missing.get("line").isNull() && missing.get("column").isNull(), missing.toString());
    }

    @Test
    void checkAddsViolationsPlacedAtTheFeatureToFixFirst() throws IOException {
        Path file = dir.resolve("layout.geojson");
        Files.writeString(file, """
                {"type": "FeatureCollection", "hubmap:checks": {"unknown-setting": 1}, "features": [
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [10, 50]},
                 "properties": {"kind": "hub", "name": "Abroad"}, "id": "hub-1"},
                {"type": "Feature", "id": 2, "properties": {"kind": "monitoring-zone", "name": "Sector"},
                 "geometry": {"type": "Polygon", "coordinates": [[[30, 50], [31, 50], [31, 51], [30, 51], [30, 50]]]}}
                ]}
                """);
        CommandRun run = CommandRun.of(new CheckCommand(), "--json", file.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertEquals("", run.err());
        JsonNode entry = MAPPER.readTree(run.out()).get("files").get(0);
        assertFalse(entry.get("valid").asBoolean());
        assertEquals(2, entry.get("features").asInt());
        JsonNode diagnostics = entry.get("diagnostics");
        assertEquals("check-settings", diagnostics.get(0).get("code").asText(), diagnostics.toString());
        JsonNode outside = find(diagnostics, "outside-ukraine");
        assertEquals("error", outside.get("severity").asText());
        assertEquals("hub-1", outside.get("feature_id").asText());
        assertEquals(2, outside.get("line").asInt());
        assertEquals(1, outside.get("column").asInt());
        JsonNode nation = find(diagnostics, "zone-without-nation");
        assertEquals(2, nation.get("feature_id").asInt());
        assertTrue(nation.get("feature_id").isNumber(), "a numeric id stays a number");
        assertEquals(4, nation.get("line").asInt());
    }

    @Test
    void checkOfAnUnreadableFileListsItsErrors() throws IOException {
        CommandRun run = CommandRun.of(new CheckCommand(), "--json", LAYOUTS + "invalid/truncated.geojson");
        assertEquals(1, run.exitCode());
        JsonNode entry = MAPPER.readTree(run.out()).get("files").get(0);
        assertFalse(entry.get("valid").asBoolean());
        assertEquals("json-syntax", entry.get("diagnostics").get(0).get("code").asText(), run.out());
    }

    private static JsonNode find(JsonNode diagnostics, String code) {
        for (JsonNode d : diagnostics) {
            if (d.get("code").asText().equals(code)) {
                return d;
            }
        }
        throw new AssertionError("no " + code + " in " + diagnostics);
    }
}
