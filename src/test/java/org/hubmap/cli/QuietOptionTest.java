package org.hubmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command puts its results, and only those, on standard output, and its errors, warnings and notes of what it
 * did on standard error; {@code -q} leaves out the warnings and notes, never a result, an error or the exit code.
 */
class QuietOptionTest {
    private static final String SAMPLE = "maps/sample-layout.geojson";
    private static final String WARNINGS = "src/test/resources/layouts/valid/warnings.geojson";
    private static final String NO_SUCH_FILE = "no-such-layout.geojson";

    @TempDir
    Path folder;

    /** Runs {@code args} as they are and with -q: both must end alike and print the same results. */
    private static CommandRun[] loudAndQuiet(Class<?> command, String... args) {
        CommandRun loud = CommandRun.withInput("", command, args);
        String[] quietArgs = new String[args.length + 1];
        quietArgs[0] = "-q";
        System.arraycopy(args, 0, quietArgs, 1, args.length);
        CommandRun quiet = CommandRun.withInput("", command, quietArgs);
        assertEquals(loud.exitCode(), quiet.exitCode(), quiet.err());
        assertEquals(loud.out(), quiet.out());
        return new CommandRun[] {loud, quiet};
    }

    /** No line of what a command wrote to standard output is a message. */
    private static void assertOnlyResults(String out) {
        assertFalse(out.contains("warning: \""), out);
        assertFalse(out.contains("written"), out);
        assertFalse(out.contains("not kept"), out);
    }

    @Test
    void validateLeavesOutWarningsButNotVerdictsOrErrors() {
        CommandRun[] runs = loudAndQuiet(ValidateCommand.class, WARNINGS);
        assertEquals(8, runs[0].err().lines().count(), runs[0].err());
        assertEquals("", runs[1].err());
        assertEquals(WARNINGS + ": valid, 6 features, 8 warnings\n", runs[1].out());
        assertOnlyResults(runs[0].out());

        CommandRun[] unreadable = loudAndQuiet(ValidateCommand.class, NO_SUCH_FILE);
        assertEquals(1, unreadable[1].exitCode());
        assertEquals(NO_SUCH_FILE + ": error: no such file\n", unreadable[1].err());
    }

    @Test
    void convertLeavesOutWhatItWroteAndCouldNotKeep() {
        CommandRun[] runs = loudAndQuiet(ConvertCommand.class, SAMPLE, folder.resolve("out.kml").toString());
        assertTrue(runs[0].err().contains("not kept: the ids of 28 features"), runs[0].err());
        assertTrue(runs[0].err().endsWith("out.kml: 28 features written\n"), runs[0].err());
        assertEquals("", runs[1].err());
        assertEquals("", runs[0].out());

        CommandRun[] unreadable = loudAndQuiet(ConvertCommand.class, NO_SUCH_FILE,
                folder.resolve("out.geojson").toString());
        assertEquals(1, unreadable[1].exitCode());
        assertTrue(unreadable[1].err().startsWith(NO_SUCH_FILE + ": error: no such file"), unreadable[1].err());
    }

    @Test
    void statsKeepsItsTableAndItsErrors() {
        CommandRun[] runs = loudAndQuiet(StatsCommand.class, SAMPLE);
        assertTrue(runs[1].out().startsWith("features:    28\n"), runs[1].out());
        assertEquals("", runs[1].err());
        CommandRun[] unreadable = loudAndQuiet(StatsCommand.class, NO_SUCH_FILE);
        assertEquals(1, unreadable[1].exitCode());
        assertEquals(NO_SUCH_FILE + ": error: no such file\n", unreadable[1].err());
    }

    @Test
    void checkLeavesOutWarningsAboutItsSettingsButNotViolations() throws Exception {
        Path layout = Files.writeString(folder.resolve("settings.geojson"), "{\"type\":\"FeatureCollection\","
                + "\"hubmap:checks\":{\"no-such-setting\":1},\"features\":[" + LayoutTexts.hub("h1", "Hub", "active",
                30.5, 50.4) + "]}");
        CommandRun[] runs = loudAndQuiet(CheckCommand.class, layout.toString(), SAMPLE);
        assertTrue(runs[0].err().startsWith(layout + ": warning: \"hubmap:checks\" has the setting"), runs[0].err());
        assertEquals("", runs[1].err());
        assertEquals(1, runs[1].exitCode());
        assertTrue(runs[1].out().contains(SAMPLE + ": error: Sector North and Kharkiv Observation Ring overlap"),
                runs[1].out());
        assertOnlyResults(runs[0].out());
    }

    @Test
    void coordKeepsItsPositionsAndItsErrors() {
        CommandRun[] runs = loudAndQuiet(CoordCommand.class, "50.4501", "30.5234");
        assertTrue(runs[1].out().contains("MGRS:     36U UA 24182 91607"), runs[1].out());
        CommandRun[] bad = loudAndQuiet(CoordCommand.class, "nonsense");
        assertEquals(1, bad[1].exitCode());
        assertTrue(bad[1].err().startsWith("coord: cannot read \"nonsense\""), bad[1].err());
        assertEquals("", bad[1].out());
    }

    @Test
    void diffLeavesOutWarningsOfDuplicateIdsButNotTheDifferences() {
        CommandRun[] runs = loudAndQuiet(DiffCommand.class, WARNINGS, SAMPLE);
        assertEquals(1, runs[1].exitCode());
        assertTrue(runs[0].err().contains("warning: "), runs[0].err());
        assertEquals("", runs[1].err());
        assertOnlyResults(runs[0].out());
    }

    @Test
    void mergeLeavesOutWhatItWroteButNotItsSummaryOrConflicts() throws Exception {
        Path out = folder.resolve("merged.geojson");
        CommandRun[] runs = loudAndQuiet(MergeCommand.class, SAMPLE, WARNINGS, "--out", out.toString());
        assertEquals(0, runs[1].exitCode(), runs[1].err());
        assertTrue(runs[0].err().endsWith("merged.geojson: 34 features written\n"), runs[0].err());
        assertEquals("", runs[1].err());
        assertTrue(runs[1].out().startsWith("merged b (" + WARNINGS + ") into a (" + SAMPLE + ")"), runs[1].out());
        assertOnlyResults(runs[0].out());

        Path mine = LayoutTexts.write(folder.resolve("mine.geojson"), LayoutTexts.hub("h", "Hub", "active", 30, 50));
        Path theirs = LayoutTexts.write(folder.resolve("theirs.geojson"),
                LayoutTexts.hub("h", "Hub", "closed", 30, 50));
        CommandRun[] conflicts = loudAndQuiet(MergeCommand.class, mine.toString(), theirs.toString(), "--out",
                folder.resolve("c.geojson").toString());
        assertEquals(1, conflicts[1].exitCode());
        assertTrue(conflicts[1].err().contains("c.geojson: not written: 1 conflict"), conflicts[1].err());
    }

    @Test
    void exportLeavesOutWhatItWrote() {
        Path png = folder.resolve("sheet.png");
        CommandRun[] runs = loudAndQuiet(ExportCommand.class, SAMPLE, "--out", png.toString(), "--width", "320",
                "--height", "200");
        assertEquals(0, runs[1].exitCode(), runs[1].err());
        assertEquals(png + ": written\n", runs[0].err());
        assertEquals("", runs[1].err());
        assertEquals("", runs[1].out());
    }
}
