package org.hubmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {
    @Test
    void jsonHasEveryFigureOfTheSampleLayout() {
        CommandRun run = CommandRun.of(new StatsCommand(), "--json", "src/test/resources/layouts/valid/everything.geojson");
        assertEquals(0, run.exitCode(), run.err());
        String json = run.out().replaceAll("\\s+", "");
        assertTrue(json.startsWith("{\"features\":6,\"by_kind\":{\"hub\":1,\"monitoring-zone\":2,\"other\":3},"
                + "\"by_geometry\":{\"GeometryCollection\":1,\"MultiLineString\":1,\"MultiPolygon\":1,\"Point\":1,"
                + "\"Polygon\":1,\"null\":1},\"by_nation\":{\"(none)\":5,\"UKR\":1},"
                + "\"by_status\":{\"(none)\":5,\"active\":1},\"bbox\":[25,46,37,50.4501],\"positions\":21,"
                + "\"zones\":{\"count\":2,\"with_holes\":1,\"holes\":1,\"circles\":0,\"area_km2_total\":"), json);
        assertTrue(json.endsWith(",\"capacity_total\":{\"hub\":1200.5},\"capacity_as_text\":0,"
                + "\"capacity_not_numbers\":0}"), json);
    }

    @Test
    void zoneAreaIsGeodesicWithHolesSubtracted() {
        CommandRun run = CommandRun.of(new StatsCommand(), "--json", "src/test/resources/layouts/valid/everything.geojson");
        // Reference: python3-geographiclib, 1x1 degree cell at 48-49N minus 0.2x0.2 hole, plus triangle at 46-47N.
        double expected = (8_217_589_924.77 - 329_992_748.77 + 4_305_499_403.73) / 1e6;
        String json = run.out().replaceAll("\\s+", "");
        String area = json.replaceAll(".*\"area_km2_total\":([0-9.]+).*", "$1");
        assertEquals(expected, Double.parseDouble(area), 0.002);
    }

    @Test
    void jsonOfTheSampleIsPlainNumbersInTheDocumentedOrder() throws IOException {
        CommandRun run = CommandRun.of(new StatsCommand(), "--json", "maps/sample-layout.geojson");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Files.readString(Path.of("src/test/resources/stats/sample-layout.json")), run.out());
    }

    @Test
    void capacitiesWrittenAsTextAreCountedAndReported(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("round-trip.geojson");
        Files.writeString(file, """
                {"type": "FeatureCollection", "features": [
                {"type": "Feature", "properties": {"kind": "hub", "capacity": "1200"}, "geometry": null},
                {"type": "Feature", "properties": {"kind": "hub", "capacity": 300.5}, "geometry": null},
                {"type": "Feature", "properties": {"kind": "hub", "capacity": "lots"}, "geometry": null}
                ]}
                """);
        CommandRun run = CommandRun.of(new StatsCommand(), "--json", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        String json = run.out().replaceAll("\\s+", "");
        assertTrue(json.endsWith("\"capacity_total\":{\"hub\":1500.5},\"capacity_as_text\":1,"
                + "\"capacity_not_numbers\":1}"), json);
        assertEquals(file + ": warning: 1 capacity is written as text, such as \"1200\", and counted as numbers;"
                + " write them without quotes (validate names each)\n"
                + file + ": warning: 1 capacity is not a number and not counted\n", run.err());
    }

    @Test
    void tableIsReadable() {
        CommandRun run = CommandRun.of(new StatsCommand(), "maps/sample-layout.geojson");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("by kind:     depot 10, hub 10, monitoring-zone 8"), run.out());
        assertTrue(run.out().contains("zones:       8 (0 with 0 holes, 3 circles)"), run.out());
        assertTrue(run.out().contains("capacity:    depot 2130, hub 8250"), run.out());
    }

    @Test
    void badDataExitsOne() {
        CommandRun run = CommandRun.of(new StatsCommand(), "src/test/resources/layouts/invalid/nan.geojson");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("nan.geojson:2:78: error: NaN and Infinity"), run.err());
    }
}
