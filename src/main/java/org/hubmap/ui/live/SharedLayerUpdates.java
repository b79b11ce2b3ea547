package org.hubmap.ui.live;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.application.Platform;
import org.hubmap.document.LayoutDocument;
import org.hubmap.model.LayoutFeature;
import org.hubmap.store.DatabaseStorage;
import org.hubmap.store.RemoteChanges;
import org.hubmap.store.StoreException;
import org.hubmap.ui.edit.OpenedLayout;

/**
 * Takes others' changes to shared layers into the open layers as the store announces them: fetched in the
 * background, one layer's fetches in the order they were asked, then taken on the FX thread (never over the user's
 * own edits), marked on the map for a moment and told in the status bar. A change to a feature the user edited
 * is left for them to merge; the status bar says so, and saving finds it as a conflict.
 */
public final class SharedLayerUpdates implements AutoCloseable {
    private final ExecutorService fetching = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fetch shared changes");
        thread.setDaemon(true);
        return thread;
    });
    private final ChangeMarks marks;
    private final Consumer<String> status;
    private final Predicate<OpenedLayout> open;
    /**
     * Per layer, the names of features changed elsewhere while the user edited them, still to merge: said again
     * with every later change, so that a colleague's next save does not push it out of the status bar.
     */
    private final Map<OpenedLayout, Set<String>> awaitingMerge = new java.util.IdentityHashMap<>();

    /**
     * @param marks where changed features are marked
     * @param status told what was taken, in a sentence
     * @param open whether a layer is still open, asked on the FX thread before taking changes into it
     */
    public SharedLayerUpdates(ChangeMarks marks, Consumer<String> status, Predicate<OpenedLayout> open) {
        this.marks = marks;
        this.status = status;
        this.open = open;
    }

    /** Someone changed the layout {@code storage} keeps, open as {@code layer}: fetch it and take it in. */
    public void changed(OpenedLayout layer, DatabaseStorage storage) {
        fetching.execute(() -> {
            RemoteChanges changes;
            try {
                changes = storage.fetchChanges();
            } catch (StoreException e) {
                Platform.runLater(() -> status.accept("Others' changes to " + storage.name()
                        + " could not be read: " + e.getMessage()));
                return;
            }
            if (!changes.isEmpty()) {
                Platform.runLater(() -> take(layer, storage, changes));
            }
        });
    }

    private void take(OpenedLayout layer, DatabaseStorage storage, RemoteChanges changes) {
        if (!open.test(layer) || layer.document().storage().filter(storage::equals).isEmpty()) {
            return;
        }
        List<LayoutFeature> features = new ArrayList<>();
        changes.changed().forEach(change -> features.add(change.feature()));
        LayoutDocument.OutsideChangesTaken taken = layer.document().takeOutsideChanges(features,
                changes.removed());
        // Off the FX thread: the storage may be busy saving, and it only needs to know before the next save.
        fetching.execute(() -> storage.take(changes, taken.taken()));
        marks.mark(taken.shown());
        awaitingMerge.keySet().removeIf(closed -> !open.test(closed));
        Set<String> waiting = awaitingMerge.computeIfAbsent(layer, key -> new LinkedHashSet<>());
        if (!layer.isModified()) {
            // Saved or merged since: nothing of the user's is left to merge.
            waiting.clear();
        }
        Map<String, String> names = names(changes);
        taken.taken().forEach(key -> waiting.remove(names.getOrDefault(key, "feature " + key)));
        taken.conflicts().forEach(key -> waiting.add(names.getOrDefault(key, "feature " + key)));
        status.accept(describe(storage.name(), changes, taken, List.copyOf(waiting)));
    }

    private static Map<String, String> names(RemoteChanges changes) {
        return changes.changed().stream().collect(Collectors.toMap(RemoteChanges.Change::key,
                SharedLayerUpdates::label, (first, second) -> second));
    }

    /**
     * "bob changed Hub Lviv in plan.", or how many changes by whom, and the features changed elsewhere while the
     * user edited them, {@code toMerge}, still to merge.
     */
    static String describe(String layoutName, RemoteChanges changes, LayoutDocument.OutsideChangesTaken taken,
            List<String> toMerge) {
        Map<String, String> names = names(changes);
        Set<String> who = new LinkedHashSet<>();
        changes.changed().forEach(change -> who.add(change.changedBy() == null ? "someone" : change.changedBy()));
        if (who.isEmpty()) {
            who.add("someone");
        }
        StringBuilder text = new StringBuilder();
        int count = taken.taken().size();
        if (count == 1) {
            String key = taken.taken().get(0);
            text.append(String.join(", ", who)).append(names.containsKey(key) ? " changed " + names.get(key)
                    : " removed feature " + key);
        } else if (count > 1) {
            text.append(String.join(", ", who)).append(" made ").append(count).append(" changes");
        }
        if (count > 0) {
            text.append(" in ").append(layoutName).append('.');
        }
        if (!toMerge.isEmpty()) {
            text.append(text.length() > 0 ? " " : "").append(toMerge.size() == 1 ? toMerge.get(0) + " was"
                    : String.join(", ", toMerge) + " were").append(" also changed elsewhere while you edited "
                    + (toMerge.size() == 1 ? "it" : "them") + "; your edits stay, and saving offers to merge.");
        }
        return text.toString();
    }

    private static String label(RemoteChanges.Change change) {
        String name = change.feature() == null ? "" : change.feature().name();
        return name == null || name.isBlank() ? "feature " + change.key() : name;
    }

    @Override
    public void close() {
        fetching.shutdownNow();
    }
}
