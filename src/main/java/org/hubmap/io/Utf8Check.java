package org.hubmap.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses texts in UTF-16 or UTF-32 up front: RFC 8259 requires UTF-8 for JSON exchanged between systems, and
 * the lossless writer works on UTF-8 bytes. Recognises them by a byte-order mark or by zero bytes among the first
 * four, which JSON text in UTF-8 never has.
 */
final class Utf8Check {
    private Utf8Check() {
    }

    /** Peeks at the first bytes of {@code in}, which must support mark/reset, and leaves it where it was. */
    static void requireUtf8(InputStream in) throws IOException, GeoJsonSyntaxError {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        boolean utf16Mark = head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE));
        boolean zeroByte = false;
        for (byte b : head) {
            zeroByte |= b == 0;
        }
        if (utf16Mark || zeroByte) {
            throw new GeoJsonSyntaxError(new JsonPlace(1, 1), "the file is not UTF-8 (it looks like UTF-16 or"
                    + " UTF-32); GeoJSON must be UTF-8: re-save it as UTF-8");
        }
    }
}
