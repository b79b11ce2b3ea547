package org.hubmap.recovery;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import org.hubmap.document.LayoutDocument;
import org.hubmap.document.Selection;
import org.hubmap.io.FileStorage;
import org.hubmap.io.ReadProgress;
import org.hubmap.model.edit.EditCommand;

/**
 * Edits a layout file at random with autosave on, saving it now and then, until it is killed: what
 * {@link KillRecoveryTest} kills. Before each edit it prints {@code STATE} and the digest of the layout it is
 * about to reach, so that the test knows every state it may have reached; undo and redo only go back to states
 * printed before. Arguments: the layout file, the recovery folder, a random seed.
 */
public final class AutosavingEditorProcess {
    private AutosavingEditorProcess() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        FileStorage storage = new FileStorage(Path.of(args[0]));
        LayoutDocument document = LayoutDocument.read(storage, storage.read(ReadProgress.NONE).layout());
        RecoveryArea area = new RecoveryArea(Path.of(args[1]), Duration.ofMillis(2), Clock.systemUTC());
        Random random = new Random(Long.parseLong(args[2]));
        RandomEdits edits = new RandomEdits(random);
        area.autosave(document);
        out.println("STATE " + LayoutBytes.digest(document.layout()));
        for (int step = 0; step < 1_000_000; step++) {
            int choice = random.nextInt(100);
            if (choice < 8 && document.canUndo()) {
                document.undo();
            } else if (choice < 14 && document.canRedo()) {
                document.redo();
            } else if (choice < 18) {
                storage.save(document.layout(), document.base());
                document.markSaved(storage, document.layout());
            } else {
                EditCommand edit = edits.next(document.layout());
                out.println("STATE " + LayoutBytes.digest(edit.apply(document.layout())));
                document.execute(edit, Selection.none());
            }
        }
    }
}
