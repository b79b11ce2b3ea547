package org.hubmap.io;

import java.io.IOException;

/**
 * UTF-8 bytes that encode a UTF-16 surrogate (U+D800 to U+DFFF), which UTF-8 forbids: text converted from UTF-16
 * one half of a character at a time. The JSON parser would take them for text, so the bytes are checked as they
 * are read.
 */
final class EncodedSurrogateException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long offset;

    EncodedSurrogateException(long offset) {
        super("bytes at offset " + offset + " encode a UTF-16 surrogate", null);
        this.offset = offset;
    }

    /** Where in the file the surrogate's first byte is. */
    long offset() {
        return offset;
    }

    /** What to tell the user. */
    static String problem() {
        return "not valid UTF-8: these bytes (ED A0-BF ..) encode half of a UTF-16 surrogate pair, which UTF-8 does"
                + " not allow; the text was converted from UTF-16 wrongly: re-save it as UTF-8";
    }
}
