package org.hubmap.recovery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.hubmap.document.LayoutDocument;
import org.hubmap.io.FileStorage;
import org.hubmap.io.LayoutReader;
import org.hubmap.io.ReadProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of random edits with undo and redo among them: undoing everything gives the original layout back, and
 * saving and reading again, or recovering from the autosave, gives the layout in memory.
 */
class EditSoakTest {
    private static final Path SAMPLE = Path.of("maps/sample-layout.geojson");
    private static final int STEPS = 5_000;

    @TempDir
    Path folder;

    @Test
    void undoingEverythingGivesTheOriginalAndSavingKeepsWhatIsInMemory() throws Exception {
        Path file = folder.resolve("plan.geojson");
        Files.copy(SAMPLE, file);
        FileStorage storage = new FileStorage(file);
        LayoutDocument document = LayoutDocument.read(storage, storage.read(ReadProgress.NONE).layout());
        byte[] original = LayoutBytes.of(document.layout());
        Random random = new Random(42);
        RandomEdits edits = new RandomEdits(random);
        Path copy = folder.resolve("copy.geojson");
        try (RecoveryArea area = new RecoveryArea(folder.resolve("recovery"), Duration.ofMillis(5),
                Clock.systemUTC())) {
            Autosave autosave = area.autosave(document);
            for (int step = 0; step < STEPS; step++) {
                int choice = random.nextInt(100);
                if (choice < 15 && document.canUndo()) {
                    document.undo();
                } else if (choice < 25 && document.canRedo()) {
                    document.redo();
                } else {
                    edits.editOnce(document);
                }
                if (step % 500 == 499) {
                    new FileStorage(copy).save(document.layout(), null);
                    assertArrayEquals(LayoutBytes.of(document.layout()), Files.readAllBytes(copy));
                    assertArrayEquals(LayoutBytes.of(document.layout()), LayoutBytes.of(LayoutReader.read(copy)),
                            "step " + step + ": read again, the layout saves the same");
                }
            }
            byte[] edited = LayoutBytes.of(document.layout());
            autosave.flush().get(60, TimeUnit.SECONDS);
            autosave.close().get(60, TimeUnit.SECONDS);
            RecoveryEntry entry = area.scan().entries().get(0);
            assertArrayEquals(edited, LayoutBytes.of(area.restore(entry).layout()), "recovered as in memory");
            area.discard(entry);

            int undone = 0;
            while (document.canUndo()) {
                document.undo();
                undone++;
            }
            assertArrayEquals(original, LayoutBytes.of(document.layout()), "all undone, the original");
            assertFalse(document.isModified());
            for (int i = 0; i < undone; i++) {
                document.redo();
            }
            assertArrayEquals(edited, LayoutBytes.of(document.layout()), "all redone, the edited layout");
            assertTrue(document.isModified());
        }
    }
}
