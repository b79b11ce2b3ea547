package org.hubmap.geo;

/**
 * Text that cannot be read as a position. Its message says where, what is wrong and which forms are accepted, in
 * one line ready to show to a user: {@code column 8: 'x' is not understood; accepted forms: ...}.
 */
public final class PositionParseException extends Exception {
    /** Examples of every accepted form, all of the same place in Kyiv. */
    public static final String ACCEPTED_FORMS = "50.4501 30.5234 (latitude first), 50.4501N 30.5234E,"
            + " 50°27'00.4\"N 30°31'24.2\"E, 50°27.006'N 30°31.404'E, MGRS 36U UA 24182 91607,"
            + " UTM 36U 324182 5591608";

    private static final long serialVersionUID = 1L;
    private final String text;
    private final int column;
    private final String problem;

    PositionParseException(String text, int column, String problem) {
        super((column > 0 ? "column " + column + ": " : "") + problem + "; accepted forms: " + ACCEPTED_FORMS);
        this.text = text;
        this.column = column;
        this.problem = problem;
    }

    /** The text that was given. */
    public String text() {
        return text;
    }

    /** One-based column in {@link #text()} where reading failed, or 0 when the fault is not in one place. */
    public int column() {
        return column;
    }

    /** What is wrong, without the column and the accepted forms. */
    public String problem() {
        return problem;
    }
}
