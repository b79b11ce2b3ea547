package org.hubmap.cli;

import static org.hubmap.cli.LayoutTexts.hub;
import static org.hubmap.cli.LayoutTexts.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hubmap.io.LayoutReader;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeCommandTest {
    private static final String KYIV_PLANNED = hub("hub-kyiv", "Hub Kyiv", "planned", 30.5234, 50.4501);
    private static final String LVIV = hub("hub-lviv", "Hub Lviv", "active", 24.0297, 49.8397);
    private static final String ODESA = hub("hub-odesa", "Hub Odesa", "planned", 30.7233, 46.4825);

    @TempDir
    Path folder;
    private Path mine;
    private Path theirs;
    private Path out;

    @BeforeEach
    void writeLayouts() throws Exception {
        mine = write(folder.resolve("mine.geojson"), KYIV_PLANNED, LVIV);
        theirs = write(folder.resolve("theirs.geojson"), hub("hub-kyiv", "Hub Kyiv", "active", 30.5234, 50.4501),
                LVIV, ODESA);
        out = folder.resolve("merged.geojson");
    }

    @Test
    void conflictsWithoutAPreferenceAreListedAndNothingIsWritten() {
        CommandRun run = CommandRun.of(new MergeCommand(), mine.toString(), theirs.toString(), "--out",
                out.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertFalse(Files.exists(out));
        assertEquals(List.of("1 conflict between a (" + mine + ") and b (" + theirs + ")",
                "conflict hub-kyiv \"Hub Kyiv\" (hub)",
                "    status: a planned, b active"), run.out().lines().toList());
        assertTrue(run.err().contains(out + ": not written: 1 conflict; settle them with --prefer a or --prefer b"),
                run.err());
    }

    @Test
    void preferBTakesTheirsAndAddsTheirNewFeatures() throws Exception {
        CommandRun run = CommandRun.of(new MergeCommand(), mine.toString(), theirs.toString(), "--out",
                out.toString(), "--prefer", "b");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("merged b (" + theirs + ") into a (" + mine + "): added 1, skipped 1, changed 0, conflicts 1"
                + " resolved as b\n", run.out());
        Layout merged = LayoutReader.read(out);
        assertEquals(List.of("hub-kyiv", "hub-lviv", "hub-odesa"),
                merged.features().stream().map(LayoutFeature::id).toList());
        assertEquals("active", merged.features().get(0).status());
        assertTrue(run.err().contains(out + ": 3 features written"), run.err());
    }

    @Test
    void preferAKeepsMineAndReportsWhatOnlyMineHas() throws Exception {
        Path theirsWithoutLviv = write(folder.resolve("t2.geojson"),
                hub("hub-kyiv", "Hub Kyiv", "active", 30.5234, 50.4501));

        CommandRun run = CommandRun.of(new MergeCommand(), mine.toString(), theirsWithoutLviv.toString(), "--out",
                out.toString(), "--prefer", "a");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("kept, only a has it: hub-lviv \"Hub Lviv\" (hub)"), run.out());
        Layout merged = LayoutReader.read(out);
        assertEquals(2, merged.features().size(), "never deletes");
        assertEquals("planned", merged.features().get(0).status());
        assertEquals(Files.readString(mine), Files.readString(out), "mine unchanged keeps its bytes");
    }

    @Test
    void withABaseEditsOfDifferentPropertiesBothSurviveWithoutAPreference() throws Exception {
        Path base = write(folder.resolve("base.geojson"), KYIV_PLANNED, LVIV);
        Path mineEdited = write(folder.resolve("m.geojson"), KYIV_PLANNED.replace("\"status\"",
                "\"notes\":\"Gate east\",\"status\""), LVIV);

        CommandRun run = CommandRun.of(new MergeCommand(), mineEdited.toString(), theirs.toString(), "--base",
                base.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("added 1, skipped 1, changed 1, conflicts 0"), run.out());
        LayoutFeature kyiv = LayoutReader.read(out).features().get(0);
        assertEquals("active", kyiv.status());
        assertEquals("Gate east", kyiv.properties().get("notes"));
    }

    @Test
    void withABaseTheSamePropertyChangedDifferentlyStillConflicts() throws Exception {
        Path base = write(folder.resolve("base.geojson"), KYIV_PLANNED, LVIV);
        Path mineClosed = write(folder.resolve("m.geojson"), hub("hub-kyiv", "Hub Kyiv", "closed", 30.5234,
                50.4501), LVIV);

        CommandRun run = CommandRun.of(new MergeCommand(), mineClosed.toString(), theirs.toString(), "--base",
                base.toString(), "--out", out.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("    status: a closed, b active, base planned"), run.out());
        assertFalse(Files.exists(out));
    }

    @Test
    void badUsageAndUnreadableLayoutsExitTwoAndWriteNothing() {
        CommandRun prefer = CommandRun.of(new MergeCommand(), mine.toString(), theirs.toString(), "--out",
                out.toString(), "--prefer", "mine");
        CommandRun noOut = CommandRun.of(new MergeCommand(), mine.toString(), theirs.toString());
        CommandRun bad = CommandRun.of(new MergeCommand(), mine.toString(),
                "src/test/resources/layouts/invalid/truncated.geojson", "--out", out.toString());

        assertEquals(2, prefer.exitCode());
        assertTrue(prefer.err().contains("--prefer must be a or b, not mine"), prefer.err());
        assertEquals(2, noOut.exitCode());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("truncated.geojson:"), bad.err());
        assertTrue(bad.err().contains(out + ": not written"), bad.err());
        assertFalse(bad.err().contains("\tat "), bad.err());
        assertFalse(Files.exists(out));
    }
}
