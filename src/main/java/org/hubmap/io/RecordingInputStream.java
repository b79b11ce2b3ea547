package org.hubmap.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Passes bytes through and keeps those not yet released, so that a reader can take the exact text of a span it has
 * parsed. Memory holds only the bytes from the oldest unreleased offset to what the parser has read ahead. It also
 * refuses, as they arrive, more bytes after a marked offset than a {@link FeatureSizeLimit} allows (with some room
 * for the parser's reading ahead), so that one huge feature is stopped before it is held.
 */
final class RecordingInputStream extends FilterInputStream {
    private byte[] kept = new byte[1 << 16];
    private int keptLength;
    /** File offset of {@code kept[0]}. */
    private long keptStart;
    private long total;
    /** Whether the last byte read was 0xED, which starts a surrogate when a byte from 0xA0 follows. */
    private boolean afterEd;

    /** Bytes the parser may have read beyond the end of a feature when the stream is asked about it. */
    private static final long READ_AHEAD_BYTES = 1 << 16;

    private boolean recording;
    private final long mostBytesAfterMark;
    private long mark;

    /** With {@code recording} false, only counts bytes. */
    RecordingInputStream(InputStream in, boolean recording, FeatureSizeLimit limit) {
        super(in);
        this.recording = recording;
        this.mostBytesAfterMark = limit.mostBytes() + READ_AHEAD_BYTES;
    }

    /** Starts counting the bytes of one feature (or of text between features) at file offset {@code offset}. */
    void markFeatureStart(long offset) {
        mark = offset;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            byte[] one = {(byte) b};
            refuseSurrogates(one, 0, 1);
            keep(one, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            refuseSurrogates(buffer, offset, n);
            keep(buffer, offset, n);
        }
        return n;
    }

    /** Throws where these bytes, after those before, encode a UTF-16 surrogate. */
    private void refuseSurrogates(byte[] buffer, int offset, int length) throws EncodedSurrogateException {
        for (int i = offset; i < offset + length; i++) {
            int b = buffer[i] & 0xFF;
            if (afterEd && b >= 0xA0 && b <= 0xBF) {
                throw new EncodedSurrogateException(total + (i - offset) - 1);
            }
            afterEd = b == 0xED;
        }
    }

    private void keep(byte[] buffer, int offset, int length) throws FeatureTooLargeException {
        total += length;
        if (total - mark > mostBytesAfterMark) {
            throw new FeatureTooLargeException();
        }
        if (!recording) {
            return;
        }
        if (keptLength + length > kept.length) {
            kept = Arrays.copyOf(kept, Math.max(kept.length * 2, keptLength + length));
        }
        System.arraycopy(buffer, offset, kept, keptLength, length);
        keptLength += length;
    }

    /** Forgets the bytes kept and keeps no more: no text will be asked for. */
    void stopRecording() {
        recording = false;
        kept = new byte[0];
        keptStart += keptLength;
        keptLength = 0;
    }

    /** Bytes read from the underlying stream so far. */
    long bytesRead() {
        return total;
    }

    /** The text of file bytes {@code [from, to)}, which must not have been released. */
    String text(long from, long to) {
        if (from < keptStart || to > keptStart + keptLength || from > to) {
            throw new IllegalStateException("span " + from + ".." + to + " is not kept (" + keptStart + ".."
                    + (keptStart + keptLength) + ")");
        }
        return new String(kept, (int) (from - keptStart), (int) (to - from), StandardCharsets.UTF_8);
    }

    /** Forgets every byte before file offset {@code offset}. */
    void releaseBefore(long offset) {
        int drop = (int) Math.min(keptLength, Math.max(0, offset - keptStart));
        if (drop == 0) {
            return;
        }
        System.arraycopy(kept, drop, kept, 0, keptLength - drop);
        keptLength -= drop;
        keptStart += drop;
    }
}
