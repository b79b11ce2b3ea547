package org.hubmap.store;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

/**
 * The rows of a query, streamed with {@code COPY ... TO STDOUT (FORMAT binary)}: the fastest way out of the server,
 * and one whose fields come as the bytes they are, so a feature's text needs no unescaping. Fields are read as
 * text ({@code text}) or as a 32-bit integer ({@code integer}); nothing else is needed here.
 */
final class CopyRows implements AutoCloseable {
    private static final byte[] SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

    private final PGCopyInputStream copy;
    private final DataInputStream in;
    private byte[][] fields;

    /** Starts copying the rows of {@code query} out of {@code connection}. */
    CopyRows(Connection connection, String query) throws SQLException, IOException {
        this.copy = new PGCopyInputStream(connection.unwrap(PGConnection.class),
                "COPY (" + query + ") TO STDOUT (FORMAT binary)");
        this.in = new DataInputStream(new BufferedInputStream(copy, 1 << 16));
        byte[] signature = new byte[SIGNATURE.length];
        in.readFully(signature);
        if (!java.util.Arrays.equals(signature, SIGNATURE)) {
            throw new IOException("the server's COPY output does not start as PostgreSQL's binary format does");
        }
        in.readInt();
        in.skipNBytes(in.readInt());
    }

    /** Moves to the next row; false after the last. */
    boolean next() throws IOException {
        short count;
        try {
            count = in.readShort();
        } catch (EOFException e) {
            return false;
        }
        if (count < 0) {
            return false;
        }
        fields = new byte[count][];
        for (int i = 0; i < count; i++) {
            int length = in.readInt();
            if (length >= 0) {
                fields[i] = new byte[length];
                in.readFully(fields[i]);
            }
        }
        return true;
    }

    /** The field at {@code index} (from 0) of the row, as its bytes; null for NULL. */
    byte[] bytes(int index) {
        return fields[index];
    }

    /** The text field at {@code index}; null for NULL. */
    String text(int index) {
        return fields[index] == null ? null : new String(fields[index], StandardCharsets.UTF_8);
    }

    /** The {@code integer} field at {@code index}. */
    int integer(int index) {
        byte[] b = fields[index];
        return (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | b[3] & 0xFF;
    }

    @Override
    public void close() throws IOException {
        // Reading to the end lets the connection be used again; closing early cancels the copy.
        copy.close();
    }

    /** An input stream over bytes that {@link CopyRows} hands out piece by piece. */
    abstract static class Pieces extends InputStream {
        private byte[] piece = new byte[0];
        private int at;

        /** The next piece, or null at the end. */
        protected abstract byte[] nextPiece() throws IOException;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            while (at == piece.length) {
                byte[] next = nextPiece();
                if (next == null) {
                    return -1;
                }
                piece = next;
                at = 0;
            }
            int n = Math.min(length, piece.length - at);
            System.arraycopy(piece, at, buffer, offset, n);
            at += n;
            return n;
        }
    }
}
