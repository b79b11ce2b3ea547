package org.hubmap.io;

import static org.hubmap.io.DiagnosticCode.BYTE_ORDER_MARK;
import static org.hubmap.io.DiagnosticCode.NOT_UTF8;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Refuses texts in UTF-16 or UTF-32 up front: RFC 8259 requires UTF-8 for JSON exchanged between systems, and
 * the lossless writer works on UTF-8 bytes. Recognises them by a byte-order mark or by zero bytes among the first
 * four, which JSON text in UTF-8 never has. A UTF-8 byte-order mark, which RFC 8259 forbids senders to add but lets
 * readers ignore, is ignored with a warning; two of them are refused as what they are, rather than as bad UTF-8.
 */
final class Utf8Check {
    private Utf8Check() {
    }

    private static final int UTF8_MARK_BYTES = 3;

    /**
     * Peeks at the first bytes of {@code in}, which must support mark/reset, and leaves it where it was; a single
     * UTF-8 byte-order mark is noted in {@code warnings}.
     */
    static void requireUtf8(InputStream in, Warnings warnings) throws IOException, GeoJsonSyntaxError {
        in.mark(2 * UTF8_MARK_BYTES);
        byte[] head = in.readNBytes(2 * UTF8_MARK_BYTES);
        in.reset();
        if (utf8MarkAt(head, 0)) {
            if (utf8MarkAt(head, UTF8_MARK_BYTES)) {
                throw new GeoJsonSyntaxError(BYTE_ORDER_MARK, new JsonPlace(1, 1),
                        "the file starts with two byte-order marks"
                        + " (EF BB BF twice); remove them, or re-save the file as UTF-8 without a byte-order mark");
            }
            warnings.add(BYTE_ORDER_MARK, new JsonPlace(1, 1),
                    "the file starts with a UTF-8 byte-order mark, which RFC 8259 does"
                    + " not allow in JSON sent between systems; it is ignored");
        }
        head = Arrays.copyOf(head, Math.min(head.length, 4));
        boolean utf16Mark = head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE));
        boolean zeroByte = false;
        for (byte b : head) {
            zeroByte |= b == 0;
        }
        if (utf16Mark || zeroByte) {
            throw new GeoJsonSyntaxError(NOT_UTF8, new JsonPlace(1, 1), "the file is not UTF-8 (it looks like UTF-16 or"
                    + " UTF-32); GeoJSON must be UTF-8: re-save it as UTF-8");
        }
    }

    private static boolean utf8MarkAt(byte[] head, int at) {
        return head.length >= at + UTF8_MARK_BYTES && head[at] == (byte) 0xEF && head[at + 1] == (byte) 0xBB
                && head[at + 2] == (byte) 0xBF;
    }
}
