package org.hubmap.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.hubmap.io.JsonValueText;
import org.hubmap.model.FeatureIds;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * A feature as the store keeps it: its key, its properties as JSON, its geometry as PostGIS takes it (hex EWKB in
 * WGS 84) and its exact GeoJSON text.
 */
record FeatureRow(String key, String properties, String geometry, String json) {
    /** PostGIS's flag, in a WKB type, for "an SRID follows". */
    private static final int HAS_SRID = 0x20000000;
    private static final int WGS84 = 4326;
    private static final byte[] HEX_DIGITS = "0123456789ABCDEF".getBytes(StandardCharsets.ISO_8859_1);

    /** {@code feature}, whose text is {@code json}, as a row. */
    static FeatureRow of(LayoutFeature feature, String json) {
        return new FeatureRow(key(feature.id()), feature.propertiesNull() ? null
                : JsonValueText.text(feature.properties()), feature.geometry().map(FeatureRow::ewkb).orElse(null),
                json);
    }

    /** The store's key for a GeoJSON id: a string as it is, a number as its JSON text; null for none. */
    static String key(Object id) {
        return FeatureIds.key(id);
    }

    /**
     * The geometry as hex EWKB with SRID 4326, as PostGIS reads it in COPY and as a parameter: in two dimensions,
     * since the column takes one kind of geometry and a layout mixes positions with and without an altitude. The
     * altitude stays in the feature's text.
     */
    static String ewkb(Geometry geometry) {
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(geometry);
        // The top-level type gains the SRID flag and the SRID after it; nested geometries are as they were.
        ByteBuffer ewkb = ByteBuffer.allocate(wkb.length + 4).order(ByteOrder.LITTLE_ENDIAN);
        ewkb.put(wkb[0]);
        ewkb.putInt(ByteBuffer.wrap(wkb, 1, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() | HAS_SRID);
        ewkb.putInt(WGS84);
        ewkb.put(wkb, 5, wkb.length - 5);
        return hex(ewkb.array());
    }

    /**
     * {@code bytes} in upper-case hex, as {@link WKBWriter#toHex} gives them; written straight into an array of the
     * right size, which matters in a push of a million geometries (toHex grows a StringBuffer a character a time).
     */
    static String hex(byte[] bytes) {
        byte[] text = new byte[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            text[2 * i] = HEX_DIGITS[(bytes[i] >> 4) & 0xF];
            text[2 * i + 1] = HEX_DIGITS[bytes[i] & 0xF];
        }
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    /** Appends the row's fields as COPY's text format writes them, tab-separated, without the line's end. */
    void appendCopyText(StringBuilder line) {
        appendField(line, key);
        line.append('\t');
        appendField(line, properties);
        line.append('\t');
        appendField(line, geometry);
        line.append('\t');
        appendField(line, json);
    }

    private static void appendField(StringBuilder line, String value) {
        if (value == null) {
            line.append("\\N");
            return;
        }
        // Most fields have nothing to escape: the runs between escapes go in whole, not a character at a time.
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            String escape = switch (value.charAt(i)) {
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> null;
            };
            if (escape != null) {
                line.append(value, run, i).append(escape);
                run = i + 1;
            }
        }
        line.append(value, run, value.length());
    }

}
