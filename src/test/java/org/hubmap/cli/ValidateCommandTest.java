package org.hubmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final String LAYOUTS = "src/test/resources/layouts/";

    @Test
    void aValidFileExitsZeroAndSaysSo() {
        CommandRun run = CommandRun.of(new ValidateCommand(), "maps/sample-layout.geojson");
        assertEquals(0, run.exitCode());
        assertEquals("maps/sample-layout.geojson: valid, 28 features, 0 warnings\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void listsEveryWarningWithItsPlaceAndStillExitsZero() {
        CommandRun run = CommandRun.of(new ValidateCommand(), LAYOUTS + "valid/warnings.geojson");
        assertEquals(0, run.exitCode());
        assertEquals(8, run.err().lines().count(), run.err());
        assertTrue(run.err().lines().allMatch(line -> line.matches(".*warnings\\.geojson:\\d+:\\d+: warning: .+")),
                run.err());
    }

    @Test
    void anErrorInAnyFileExitsOneAfterCheckingThemAll() {
        CommandRun run = CommandRun.of(new ValidateCommand(), LAYOUTS + "invalid/unclosed-ring.geojson",
                "maps/sample-layout.geojson");
        assertEquals(1, run.exitCode());
        assertEquals(LAYOUTS + "invalid/unclosed-ring.geojson:2:80: error: polygon ring is not closed: its last"
                + " position must repeat its first (in the 1st feature)\n", run.err());
        assertTrue(run.out().contains("maps/sample-layout.geojson: valid"), run.out());
    }

    @Test
    void everyBrokenFeatureOfAFileIsListed(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("two.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[30]}},\n"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[30,50]}},\n"
                + "{\"type\":\"Feature\",\"properties\":  7,\"geometry\":null}\n]}\n");

        CommandRun run = CommandRun.of(new ValidateCommand(), file.toString());

        assertEquals(1, run.exitCode());
        assertEquals(file + ":2:76: error: a position needs longitude and latitude, found 1 number (in the 1st"
                + " feature)\n" + file + ":4:34: error: feature \"properties\" must be an object or null, found a"
                + " number (in the 3rd feature)\n", run.err());
        assertEquals(file + ": invalid\n", run.out());
    }

    @Test
    void noFileIsBadUsage() {
        assertEquals(2, CommandRun.of(new ValidateCommand()).exitCode());
    }
}
