package org.hubmap.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.hubmap.io.LayoutStorage;
import org.hubmap.store.DatabaseStorage;
import org.hubmap.ui.edit.OpenedLayout;

/**
 * Watches where each open layout is kept, and tells the window, on the FX thread, when someone else changed one.
 * The storages themselves know their own saves and report each outside version once; this keeps one watch per
 * storage of an open layout, starts and stops them as layouts open, close and move to other files, and stops all
 * of them, threads included, when closed. A shared layout's watch also tells when its server is lost and back.
 * Use from the FX thread.
 */
final class LayoutWatches implements AutoCloseable {
    private final Map<LayoutStorage, LayoutStorage.Watch> watches = new IdentityHashMap<>();
    private final Consumer<LayoutStorage> changed;
    private final BiConsumer<OpenedLayout, DatabaseStorage> changedInStore;
    private final BiConsumer<DatabaseStorage, Boolean> reachable;
    private final Consumer<String> unwatchable;
    private List<OpenedLayout> followed = List.of();
    private boolean closed;

    /**
     * @param changed told of the storage someone else changed
     * @param unwatchable told, in a sentence, of a storage that cannot be watched
     */
    LayoutWatches(Consumer<LayoutStorage> changed, Consumer<String> unwatchable) {
        this(changed, (layout, storage) -> { }, (storage, up) -> { }, unwatchable);
    }

    /**
     * @param changed told of the file storage someone else changed
     * @param changedInStore told of the shared layout someone else changed on its server, with its storage
     * @param reachable told when a shared layout's server is lost (false) or back (true)
     * @param unwatchable told, in a sentence, of a storage that cannot be watched
     */
    LayoutWatches(Consumer<LayoutStorage> changed, BiConsumer<OpenedLayout, DatabaseStorage> changedInStore,
            BiConsumer<DatabaseStorage, Boolean> reachable, Consumer<String> unwatchable) {
        this.changed = changed;
        this.changedInStore = changedInStore;
        this.reachable = reachable;
        this.unwatchable = unwatchable;
    }

    /** Watches the storages of {@code layouts}, and only those. */
    void follow(List<OpenedLayout> layouts) {
        if (closed) {
            return;
        }
        followed = List.copyOf(layouts);
        Set<LayoutStorage> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        layouts.forEach(layout -> layout.document().storage().ifPresent(wanted::add));
        for (LayoutStorage gone : new ArrayList<>(watches.keySet())) {
            if (!wanted.contains(gone)) {
                watches.remove(gone).close();
            }
        }
        for (LayoutStorage storage : wanted) {
            if (!watches.containsKey(storage) && storage instanceof DatabaseStorage shared) {
                watches.put(storage, shared.watch(() -> Platform.runLater(() -> {
                    if (watches.containsKey(storage)) {
                        followed.stream().filter(layout -> layout.document().storage().orElse(null) == storage)
                                .findFirst().ifPresent(layout -> changedInStore.accept(layout, shared));
                    }
                }), up -> Platform.runLater(() -> {
                    if (watches.containsKey(storage)) {
                        reachable.accept(shared, up);
                    }
                })));
            } else if (!watches.containsKey(storage)) {
                try {
                    watches.put(storage, storage.watch(() -> Platform.runLater(() -> {
                        if (watches.containsKey(storage)) {
                            changed.accept(storage);
                        }
                    })));
                } catch (IOException e) {
                    unwatchable.accept("Changes by others are not watched: "
                            + MainViewModel.describe(storage.location(), e));
                }
            }
        }
    }

    /** How many storages are watched. */
    int size() {
        return watches.size();
    }

    @Override
    public void close() {
        closed = true;
        watches.values().forEach(LayoutStorage.Watch::close);
        watches.clear();
    }
}
