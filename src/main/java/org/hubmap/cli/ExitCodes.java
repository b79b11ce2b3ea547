package org.hubmap.cli;

/**
 * The exit codes every command shares. {@code diff} and {@code merge} answer a question with 0 or 1, as diff(1)
 * does, so for them a layout that cannot be read, or a merge that cannot be written, is {@link #TROUBLE} (2).
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int BAD_DATA = 1;
    public static final int BAD_USAGE = 2;
    /** diff: the layouts differ; merge: conflicts remain unsettled and nothing was written. */
    public static final int DIFFERENT = 1;
    /** diff and merge: bad usage, a layout that cannot be read, or a result that cannot be written. */
    public static final int TROUBLE = 2;

    private ExitCodes() {
    }
}
