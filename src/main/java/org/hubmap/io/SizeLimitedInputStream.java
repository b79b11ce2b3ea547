package org.hubmap.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes at most a given number of bytes through and throws {@link TooLarge} beyond them, so that a small zip that
 * unpacks to gigabytes (a zip bomb) is refused instead of filling memory or disk.
 */
final class SizeLimitedInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    SizeLimitedInputStream(InputStream in, long limitBytes) {
        super(in);
        this.limit = limitBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int bytes) throws TooLarge {
        count += bytes;
        if (count > limit) {
            throw new TooLarge();
        }
    }

    /** The stream went past its limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("more bytes than allowed");
        }
    }
}
