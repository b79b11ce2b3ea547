package org.hubmap.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The warnings of one read, in file order; past a cap they are only counted. */
final class Warnings {
    static final int MAX_LISTED = 1000;

    private final Path file;
    private final List<LayoutWarning> listed = new ArrayList<>();
    private long notListed;

    Warnings(Path file) {
        this.file = file;
    }

    /** A warning about the whole file, or a part of it that has no line, such as a table of a database. */
    void addForFile(DiagnosticCode code, String message) {
        add(code, new JsonPlace(0, 0), message);
    }

    void add(DiagnosticCode code, JsonPlace place, String message) {
        if (listed.size() < MAX_LISTED) {
            listed.add(new LayoutWarning(file, place.line(), place.column(), code, null, message));
        } else {
            notListed++;
        }
    }

    /** A mark to pass to {@link #nameFeature} once the feature that starts here has been read. */
    int mark() {
        return listed.size();
    }

    /**
     * Names {@code id} as the feature of the warnings listed since {@code mark}: a feature's id may come after
     * the geometry whose warnings are found first.
     */
    void nameFeature(int mark, Object id) {
        if (id == null) {
            return;
        }
        for (int i = mark; i < listed.size(); i++) {
            listed.set(i, listed.get(i).inFeature(id));
        }
    }

    /** The listed warnings sorted by place, since checks of a whole feature run after those of its parts. */
    List<LayoutWarning> listed() {
        List<LayoutWarning> sorted = new ArrayList<>(listed);
        sorted.sort(Comparator.comparingLong(LayoutWarning::line).thenComparingLong(LayoutWarning::column));
        return sorted;
    }

    long notListed() {
        return notListed;
    }
}
