package org.hubmap.io;

/**
 * Decides a CSV text's delimiter from its first row, fed one character at a time: a semicolon when the row has more
 * of them than commas outside quotes, else a comma, so that sheets saved where the decimal separator is a comma read
 * as they were meant.
 */
final class CsvDelimiter {
    private int commas;
    private int semicolons;
    private boolean quoted;

    /** Counts {@code c}; false once the first row has ended, at a line break outside quotes. */
    boolean accept(char c) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            return false;
        } else if (!quoted) {
            commas += c == ',' ? 1 : 0;
            semicolons += c == ';' ? 1 : 0;
        }
        return true;
    }

    /** The delimiter of what was counted. */
    char delimiter() {
        return semicolons > commas ? ';' : ',';
    }
}
