package org.hubmap.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of UTF-8 text, such as GeoJSON or KML that a writer of files makes, handed on as characters to a
 * {@link PrintWriter}, such as the command line's standard output. A character split between two writes is kept
 * until its last byte comes. Bytes that are no UTF-8 are an error: a binary format is not written this way.
 */
final class TextOutputStream extends OutputStream {
    /** Characters between two looks at whether the writer failed, which flush it. */
    private static final int CHARS_BETWEEN_CHECKS = 1 << 16;

    private final PrintWriter out;
    private long charsSinceCheck;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer pending = ByteBuffer.allocate(1 << 14);
    private final CharBuffer chars = CharBuffer.allocate(1 << 14);

    TextOutputStream(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int done = 0;
        while (done < length) {
            int n = Math.min(pending.remaining(), length - done);
            pending.put(bytes, offset + done, n);
            done += n;
            decode(false);
        }
    }

    @Override
    public void flush() throws IOException {
        requireWritten();
    }

    /** Ends the text; a character left incomplete is an error. The writer is left open. */
    @Override
    public void close() throws IOException {
        decode(true);
        requireWritten();
    }

    /**
     * A print writer keeps its failures to itself; a reader that went away (a pipe into {@code head}) must stop the
     * writing, not let the whole layout be read for nothing.
     */
    private void requireWritten() throws IOException {
        charsSinceCheck = 0;
        if (out.checkError()) {
            throw new IOException("standard output was closed before the end");
        }
    }

    private void decode(boolean last) throws IOException {
        pending.flip();
        while (true) {
            CoderResult result = decoder.decode(pending, chars, last);
            if (result.isError()) {
                throw new CharacterCodingException();
            }
            chars.flip();
            out.write(chars.array(), 0, chars.limit());
            charsSinceCheck += chars.limit();
            chars.clear();
            if (!result.isOverflow()) {
                break;
            }
        }
        pending.compact();
        if (charsSinceCheck >= CHARS_BETWEEN_CHECKS) {
            requireWritten();
        }
    }
}
