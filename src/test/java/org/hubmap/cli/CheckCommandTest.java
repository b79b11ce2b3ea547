package org.hubmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final String NL = System.lineSeparator();

    @Test
    void listsTheSampleLayoutsOverlapsAndExitsOne() {
        CommandRun run = CommandRun.of(new CheckCommand(), "maps/sample-layout.geojson");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("maps/sample-layout.geojson: error: Sector North and Kharkiv Observation Ring overlap by 1919.3 km²."
                + NL + "maps/sample-layout.geojson: error: Dnipro Riverine Zone and ZNPP Safety Zone overlap by 589.5 km²."
                + NL + "maps/sample-layout.geojson: 2 errors, 0 warnings" + NL, run.out());
    }

    @Test
    void aCleanLayoutPasses(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("clean.geojson"), """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "id": "h", "properties": {"kind": "hub", "name": "Hub", "nation": "UKR"},
                   "geometry": {"type": "Point", "coordinates": [30.5, 50.4]}}]}
                """);
        CommandRun run = CommandRun.of(new CheckCommand(), file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(file + ": 0 errors, 0 warnings" + NL, run.out());
    }

    @Test
    void anUnreadableFileIsReportedWithItsPlace(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("broken.geojson"), "{\"type\": \"FeatureCollection\",");
        CommandRun run = CommandRun.of(new CheckCommand(), file.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith(file + ":1:"), run.err());
        assertEquals(file + ": cannot be checked" + NL, run.out());
    }
}
