package org.hubmap.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The layout files opened or saved last, newest first, at most {@value #MOST}, kept between runs in a preferences
 * node: what File ▸ Open Recent lists. {@link #none()} remembers only for the window's lifetime, as tests want.
 */
final class RecentFiles {
    static final int MOST = 10;
    private static final String KEY = "file.";

    /** Where the list is kept; null to keep it in memory only. */
    private final Preferences store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnlyFiles = FXCollections.unmodifiableObservableList(files);

    private RecentFiles(Preferences store) {
        this.store = store;
        if (store != null) {
            for (int i = 0; i < MOST; i++) {
                String text = store.get(KEY + i, null);
                if (text != null) {
                    parse(text).ifPresent(files::add);
                }
            }
        }
    }

    /** The files kept in {@code store}, and kept there again as they change. */
    static RecentFiles in(Preferences store) {
        return new RecentFiles(store);
    }

    /** A list that starts empty and is not kept after the window closes. */
    static RecentFiles none() {
        return new RecentFiles(null);
    }

    /** The files, newest first. */
    ObservableList<Path> files() {
        return readOnlyFiles;
    }

    /** Puts {@code file} first, once. */
    void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> updated = new ArrayList<>(files);
        updated.remove(absolute);
        updated.add(0, absolute);
        set(updated.subList(0, Math.min(MOST, updated.size())));
    }

    /** Takes {@code file} off the list, as when it is found missing. */
    void remove(Path file) {
        List<Path> updated = new ArrayList<>(files);
        updated.remove(file);
        set(updated);
    }

    void clear() {
        set(List.of());
    }

    private void set(List<Path> updated) {
        files.setAll(List.copyOf(updated));
        if (store != null) {
            for (int i = 0; i < MOST; i++) {
                if (i < files.size()) {
                    store.put(KEY + i, files.get(i).toString());
                } else {
                    store.remove(KEY + i);
                }
            }
        }
    }

    private static Optional<Path> parse(String text) {
        try {
            return Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            // Kept by another system or version; not a file this one can open.
            return Optional.empty();
        }
    }
}
