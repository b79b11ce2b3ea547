package org.hubmap.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BiConsumer;

/**
 * A stored layout as one GeoJSON FeatureCollection: the collection's own members, then each feature's text in the
 * layout's order, as HubMap writes a new file. Streamed from the server, so a layout of any size passes through in
 * small pieces.
 */
final class LayoutTexts {
    /**
     * Each feature's text, built from its columns when another program changed them (its text is then null); a
     * string id stays a string.
     */
    static final String FEATURE_TEXT = "coalesce(json, json_build_object('type', 'Feature', 'id', feature_id,"
            + " 'properties', properties, 'geometry', ST_AsGeoJSON(geom)::json)::text)";

    private static final byte[] FIRST = "\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] FOLLOWING = ",\n".getBytes(StandardCharsets.UTF_8);

    private LayoutTexts() {
    }

    /**
     * Streams the layout {@code layoutId} of {@code connection}, whose collection members are {@code members} (a
     * JSON object's text), as a FeatureCollection; {@code each} is told the key and version of every feature as it
     * passes. Read on a connection in a transaction of its own: the stream's reader must read it to the end or close
     * it.
     */
    static InputStream stream(Connection connection, long layoutId, String members, BiConsumer<String, Integer> each)
            throws SQLException, IOException {
        CopyRows rows = new CopyRows(connection, "SELECT feature_id, version, " + FEATURE_TEXT
                + " FROM hubmap.features WHERE layout_id = " + layoutId + " ORDER BY fid");
        return new CopyRows.Pieces() {
            private boolean started;
            private boolean any;
            private boolean done;

            @Override
            protected byte[] nextPiece() throws IOException {
                if (!started) {
                    started = true;
                    return header(members);
                }
                if (done) {
                    return null;
                }
                if (!rows.next()) {
                    rows.close();
                    done = true;
                    return (any ? "\n]}\n" : "]}\n").getBytes(StandardCharsets.UTF_8);
                }
                each.accept(rows.text(0), rows.integer(1));
                byte[] piece = joined(any ? FOLLOWING : FIRST, rows.bytes(2));
                any = true;
                return piece;
            }

            @Override
            public void close() throws IOException {
                rows.close();
            }
        };
    }

    /** Copies the layout, as {@link #stream} gives it, to {@code out}. */
    static long copy(Connection connection, long layoutId, String members, OutputStream out)
            throws SQLException, IOException {
        long[] count = new long[1];
        try (InputStream in = stream(connection, layoutId, members, (key, version) -> count[0]++)) {
            in.transferTo(out);
        }
        return count[0];
    }

    private static byte[] header(String members) {
        String inside = members.strip();
        inside = inside.substring(1, inside.length() - 1).strip();
        return ("{\"type\": \"FeatureCollection\"" + (inside.isEmpty() ? "" : ", " + inside) + ", \"features\": [")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] joined(byte[] before, byte[] text) {
        byte[] piece = new byte[before.length + text.length];
        System.arraycopy(before, 0, piece, 0, before.length);
        System.arraycopy(text, 0, piece, before.length, text.length);
        return piece;
    }
}
