package org.hubmap.io;

import java.io.IOException;

/**
 * A GeoJSON file that cannot be read, with the place of the fault. Its message has the form
 * {@code SOURCE:LINE:COL: what is wrong}, ready to show to a user.
 */
public final class GeoJsonFormatException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final long line;
    private final long column;
    private final String problem;

    /**
     * @param source the file path or resource name the user knows the file by
     * @param line one-based line of the fault
     * @param column one-based column of the fault
     * @param problem what is wrong, without the place
     */
    public GeoJsonFormatException(String source, long line, long column, String problem) {
        this(source, line, column, problem, null);
    }

    public GeoJsonFormatException(String source, long line, long column, String problem, Throwable cause) {
        super(source + ":" + line + ":" + column + ": " + problem, cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** The file path or resource name as given to the reader. */
    public String source() {
        return source;
    }

    /** One-based line of the fault. */
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
