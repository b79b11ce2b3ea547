package org.hubmap.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Turns the record separators (0x1E) of a GeoJSON text sequence (RFC 8142) into spaces, so that a JSON parser
 * reads the sequence as JSON texts separated by white space. One byte stands for one byte, so lines and columns
 * stay those of the file; 0x1E never occurs inside a UTF-8 multi-byte character.
 */
final class RecordSeparatorsAsSpaces extends FilterInputStream {
    static final int RECORD_SEPARATOR = 0x1E;

    RecordSeparatorsAsSpaces(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        return b == RECORD_SEPARATOR ? ' ' : b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        for (int i = offset; i < offset + count; i++) {
            if (buffer[i] == RECORD_SEPARATOR) {
                buffer[i] = ' ';
            }
        }
        return count;
    }
}
