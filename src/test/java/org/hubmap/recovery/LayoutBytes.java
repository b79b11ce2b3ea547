package org.hubmap.recovery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.hubmap.io.LayoutWriter;
import org.hubmap.io.WriteOptions;
import org.hubmap.model.Layout;

/**
 * A layout as its file would be saved: two layouts are the same state when they save to the same bytes, which is
 * what "equal" means for layouts here (features keep their exact JSON text).
 */
final class LayoutBytes {
    private LayoutBytes() {
    }

    static byte[] of(Layout layout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new LayoutWriter(WriteOptions.SHORTEST).write(layout, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The SHA-256 of the saved bytes, in hex. */
    static String digest(Layout layout) {
        return digest(of(layout));
    }

    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
