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
    void addForFile(String message) {
        add(new JsonPlace(0, 0), message);
    }

    void add(JsonPlace place, String message) {
        if (listed.size() < MAX_LISTED) {
            listed.add(new LayoutWarning(file, place.line(), place.column(), message));
        } else {
            notListed++;
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
