package org.hubmap.cli;

/** The exit codes every command shares. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int BAD_DATA = 1;
    public static final int BAD_USAGE = 2;

    private ExitCodes() {
    }
}
