package org.hubmap.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

/**
 * A file, such as a layout in any format HubMap reads or a basemap file, that cannot be read (or a layout that
 * cannot be written in the format its name asks for), with the place of the fault. Its message
 * has the form {@code SOURCE:LINE:COL: what is wrong}, or {@code SOURCE: what is wrong} for a fault of the whole
 * file such as one that cannot be opened, ready to show to a user. It is an {@link IOException} so that readers of
 * data files can report it beside the faults of opening them.
 *
 * <p>A read that finds several faults (features with errors, each skipped so that the next could be read) throws
 * the first, which carries them all in {@link #errors()}, so that a user fixes a file in one round.
 */
public final class LayoutFormatException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final long line;
    private final long column;
    private final DiagnosticCode code;
    private final Object featureId;
    private final String problem;
    private final List<LayoutFormatException> errors = new ArrayList<>(List.of(this));
    private long errorsNotListed;

    /**
     * @param source the file path or resource name the user knows the file by
     * @param line one-based line of the fault, or 0 for a fault of the whole file
     * @param column one-based column of the fault
     * @param code what kind of fault it is, for scripts
     * @param problem what is wrong, without the place
     */
    public LayoutFormatException(String source, long line, long column, DiagnosticCode code, String problem) {
        this(source, line, column, code, null, problem);
    }

    /**
     * A fault found in the feature whose id is {@code featureId} (a String or a number, or null when the feature
     * has none).
     */
    public LayoutFormatException(String source, long line, long column, DiagnosticCode code, Object featureId,
            String problem) {
        super(place(source, line, column) + ": " + problem);
        this.source = source;
        this.line = line;
        this.column = column;
        this.code = code;
        this.featureId = featureId;
        this.problem = problem;
    }

    /**
     * The first of {@code errors}, carrying them all, and the count of those found beyond them.
     *
     * @param errors at least one, in file order, each a fault of its own
     */
    public static LayoutFormatException of(List<LayoutFormatException> errors, long notListed) {
        LayoutFormatException first = errors.get(0);
        for (LayoutFormatException e : errors.subList(1, errors.size())) {
            first.errors.addAll(e.errors);
            first.errorsNotListed += e.errorsNotListed;
        }
        first.errorsNotListed += notListed;
        return first;
    }

    /** Every fault found in the file, this one first, in file order; one for most files. */
    public List<LayoutFormatException> errors() {
        return List.copyOf(errors);
    }

    /** How many further faults were found and not listed in {@link #errors()}. */
    public long errorsNotListed() {
        return errorsNotListed;
    }

    /** A fault of the whole file, such as one that cannot be opened, with no place inside it. */
    public static LayoutFormatException ofWholeFile(String source, DiagnosticCode code, String problem) {
        return new LayoutFormatException(source, 0, 0, code, problem);
    }

    /** That {@code source} cannot be opened or read, in words a user acts on: no such file, permission denied. */
    static LayoutFormatException notRead(String source, IOException e) {
        if (e instanceof NoSuchFileException) {
            return ofWholeFile(source, DiagnosticCode.FILE_NOT_FOUND, "no such file");
        }
        if (e instanceof AccessDeniedException) {
            return ofWholeFile(source, DiagnosticCode.PERMISSION_DENIED, "permission denied");
        }
        return ofWholeFile(source, DiagnosticCode.FILE_UNREADABLE, "cannot be read: " + e.getMessage());
    }

    private static String place(String source, long line, long column) {
        return line > 0 ? source + ":" + line + ":" + column : source;
    }

    /** {@code SOURCE:LINE:COL}, or only {@code SOURCE} for a fault of the whole file. */
    public String place() {
        return place(source, line, column);
    }

    /** The file path or resource name as given to the reader. */
    public String source() {
        return source;
    }

    /** One-based line of the fault, or 0 when the fault is the whole file's. */
    public long line() {
        return line;
    }

    /** One-based column of the fault. */
    public long column() {
        return column;
    }

    /** What kind of fault this is, for scripts. */
    public DiagnosticCode code() {
        return code;
    }

    /** The id of the feature the fault was found in, or null when it is the whole file's or the feature has none. */
    public Object featureId() {
        return featureId;
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }
}
