package org.hubmap.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.stage.Window;
import org.hubmap.recovery.Autosave;
import org.hubmap.recovery.RecoveryArea;
import org.hubmap.recovery.RecoveryEntry;
import org.hubmap.recovery.RecoveryScan;
import org.hubmap.recovery.ReopenedLayout;
import org.hubmap.ui.edit.OpenedLayout;

/**
 * What the window does on start with the unsaved changes a run that stopped without saving left in the recovery
 * area: looks for them in the background, asks the user about each ({@link RecoveryDialog}), and restores,
 * discards or keeps them as told. A restored layout opens with its changes unsaved and goes on being kept in its
 * entry until saved; reading and writing happen on a worker, never on the JavaFX thread.
 */
final class LayoutRecovery {
    /** A layout restored, with the autosave that keeps it in the entry it came from. */
    private record Restored(OpenedLayout layout, Autosave autosave) {
    }

    /** What restoring gave: the layouts, and a sentence for each that could not be restored. */
    private record Outcome(List<Restored> restored, List<String> problems) {
    }

    private final Window owner;
    private final RecoveryArea area;
    private final MainViewModel model;
    private final LayoutAutosaves autosaves;
    private final Executor work;
    private final ProblemReporter problems;

    LayoutRecovery(Window owner, RecoveryArea area, MainViewModel model, LayoutAutosaves autosaves, Executor work,
            ProblemReporter problems) {
        this.owner = owner;
        this.area = area;
        this.model = model;
        this.autosaves = autosaves;
        this.work = work;
        this.problems = problems;
    }

    /**
     * Offers what the recovery area holds, then runs {@code then} with the files of the layouts restored (which
     * need not be read again), on the JavaFX thread; at once with none when there is nothing to offer.
     */
    void offer(Consumer<Set<Path>> then) {
        Task<RecoveryScan> scan = new Task<>() {
            @Override
            protected RecoveryScan call() throws IOException {
                return area.scan();
            }

            @Override
            protected void succeeded() {
                RecoveryScan found = getValue();
                if (!found.problems().isEmpty()) {
                    problems.warn("Unsaved changes left by an earlier run could not be read; they were moved"
                            + " aside, not deleted.", found.problems());
                }
                if (found.entries().isEmpty()) {
                    then.accept(Set.of());
                } else {
                    settle(new RecoveryDialog(owner, found.entries()).ask(), then);
                }
            }

            @Override
            protected void failed() {
                problems.warn("The unsaved changes of an earlier run could not be looked for.",
                        List.of(area.folder() + ": " + getException().getMessage()));
                then.accept(Set.of());
            }
        };
        work.execute(scan);
    }

    private void settle(Map<RecoveryEntry, RecoveryDialog.Choice> choices, Consumer<Set<Path>> then) {
        Task<Outcome> restoring = new Task<>() {
            @Override
            protected Outcome call() {
                List<Restored> restored = new ArrayList<>();
                List<String> failed = new ArrayList<>();
                choices.forEach((entry, choice) -> {
                    try {
                        switch (choice) {
                            case RESTORE -> restored.add(restore(entry));
                            case DISCARD -> area.discard(entry);
                            case KEEP -> {
                            }
                        }
                    } catch (IOException e) {
                        failed.add(entry.name() + ": " + e.getMessage());
                    }
                });
                return new Outcome(restored, failed);
            }

            @Override
            protected void succeeded() {
                Set<Path> files = new HashSet<>();
                for (Restored each : getValue().restored()) {
                    autosaves.adopt(each.layout().document(), each.autosave());
                    model.addRestored(each.layout());
                    if (each.layout().file() != null) {
                        files.add(each.layout().file());
                    }
                }
                if (!getValue().problems().isEmpty()) {
                    problems.report("Some unsaved changes could not be restored.", getValue().problems());
                }
                int count = getValue().restored().size();
                if (count > 0) {
                    model.showStatus("Restored " + (count == 1 ? "1 layout" : count + " layouts")
                            + " with unsaved changes; save to keep them.");
                }
                then.accept(files);
            }

            @Override
            protected void failed() {
                problems.report("The unsaved changes could not be restored.",
                        List.of(String.valueOf(getException().getMessage())));
                then.accept(Set.of());
            }
        };
        work.execute(restoring);
    }

    private Restored restore(RecoveryEntry entry) throws IOException {
        ReopenedLayout reopened = area.reopen(entry);
        return new Restored(new OpenedLayout(reopened.document(), reopened.warnings()), reopened.autosave());
    }
}
