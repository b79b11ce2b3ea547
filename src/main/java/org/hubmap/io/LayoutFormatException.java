package org.hubmap.io;

import java.nio.file.Path;

/**
 * A layout file that cannot be read, with the place of the fault. Its message has the form
 * {@code FILE:LINE:COL: what is wrong}, ready to show to a user.
 */
public final class LayoutFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final long line;
    private final long column;
    private final String problem;

    public LayoutFormatException(Path file, long line, long column, String problem) {
        super(line > 0 ? file + ":" + line + ":" + column + ": " + problem : file + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** A fault of the whole file, such as one that cannot be opened, with no place inside it. */
    public static LayoutFormatException ofWholeFile(Path file, String problem) {
        return new LayoutFormatException(file, 0, 0, problem);
    }

    /** One-based line of the fault, or 0 when the fault is the whole file's. */
    public long line() {
        return line;
    }

    /** One-based column of the fault. */
    public long column() {
        return column;
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }
}
