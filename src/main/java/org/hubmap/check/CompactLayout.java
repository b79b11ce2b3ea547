package org.hubmap.check;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.geom.util.GeometryEditor;

/**
 * What the planning checks need of a layout, kept compactly as its features are streamed in, so that a layout of
 * millions of features is checked in memory for some tens of bytes each rather than the kilobyte a whole feature
 * with its text takes: each feature's kind, name and id as bytes, a hub's or depot's point as two numbers, and
 * only monitoring zones (and the rare site that is not a point) as features, stripped of what the checks do not
 * read. The checks see each feature as a small {@link LayoutFeature} made again when asked for.
 */
public final class CompactLayout {
    private static final int CHUNK_BYTES = 1 << 20;
    private static final byte NO_ID = 0;
    private static final byte TEXT_ID = 1;
    private static final byte NUMBER_ID = 2;
    /** A text id in the canonical lowercase form of a UUID, kept as its 16 bytes rather than 36 characters. */
    private static final byte UUID_ID = 3;
    private static final int UUID_LENGTH = 36;
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private byte[] kinds = new byte[1024];
    private double[] lons = new double[1024];
    private double[] lats = new double[1024];
    /** Per feature: the chunk (high half) and offset (low half) of its name and id in {@link #chunks}. */
    private long[] labels = new long[1024];
    private final List<byte[]> chunks = new ArrayList<>();
    private int chunkUsed = CHUNK_BYTES;
    /** Features kept whole, by index: monitoring zones, and sites that are not a point. */
    private final Map<Integer, LayoutFeature> kept = new HashMap<>();
    private int count;

    /** Takes the next feature of the layout, in layout order. */
    public void add(LayoutFeature feature) {
        if (count == kinds.length) {
            int capacity = count + (count >> 1);
            kinds = Arrays.copyOf(kinds, capacity);
            lons = Arrays.copyOf(lons, capacity);
            lats = Arrays.copyOf(lats, capacity);
            labels = Arrays.copyOf(labels, capacity);
        }
        FeatureKind kind = feature.kind();
        kinds[count] = (byte) kind.ordinal();
        labels[count] = store(feature.name(), feature.id());
        Geometry geometry = feature.geometry().orElse(null);
        boolean site = kind == FeatureKind.HUB || kind == FeatureKind.DEPOT;
        if (site && geometry instanceof Point point && !point.isEmpty()) {
            lons[count] = point.getX();
            lats[count] = point.getY();
        } else {
            lons[count] = Double.NaN;
            lats[count] = Double.NaN;
            if (kind == FeatureKind.MONITORING_ZONE || site && geometry != null) {
                kept.put(count, stripped(feature, kind, geometry));
            }
        }
        count++;
    }

    /** How many features were added. */
    public int size() {
        return count;
    }

    /** How many features are kept whole: the zones, and the sites that are not a point. */
    int keptWhole() {
        return kept.size();
    }

    FeatureKind kind(int index) {
        return FeatureKind.values()[kinds[index]];
    }

    /** The feature at {@code index} as the checks see it: kind, name, id, and the geometry of sites and zones. */
    LayoutFeature feature(int index) {
        LayoutFeature whole = kept.get(index);
        if (whole != null) {
            return whole;
        }
        Label label = label(index);
        Map<String, Object> properties = new LinkedHashMap<>();
        FeatureKind kind = kind(index);
        if (kind != FeatureKind.OTHER) {
            properties.put(FeatureSchema.KIND, kind.code());
        }
        if (!label.name().isEmpty()) {
            properties.put(FeatureSchema.NAME, label.name());
        }
        Geometry geometry = Double.isNaN(lons[index]) ? null
                : GEOMETRIES.createPoint(new Coordinate(lons[index], lats[index]));
        return LayoutFeature.builder().id(label.id()).properties(properties).geometry(geometry).build();
    }

    /** The name of the feature at {@code index}, without making the feature. */
    String name(int index) {
        return label(index).name();
    }

    /** The id of the feature at {@code index}, a String or a JsonNumber, or null. */
    Object id(int index) {
        return label(index).id();
    }

    private static LayoutFeature stripped(LayoutFeature feature, FeatureKind kind, Geometry geometry) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String key : List.of(FeatureSchema.KIND, FeatureSchema.NAME, FeatureSchema.NATION)) {
            Object value = feature.properties().get(key);
            if (value != null) {
                properties.put(key, value);
            }
        }
        return LayoutFeature.builder().id(feature.id()).properties(properties).geometry(packed(geometry)).build();
    }

    /**
     * The same geometry with each sequence of positions as one array of longitudes and latitudes: a zone of 40
     * positions then takes about 700 bytes instead of 1.9 KB of Coordinate objects, and 10% of a layout's features
     * being zones make most of what a check keeps.
     */
    private static Geometry packed(Geometry geometry) {
        if (geometry == null) {
            return null;
        }
        return new GeometryEditor(GEOMETRIES).edit(geometry, new GeometryEditor.CoordinateSequenceOperation() {
            @Override
            public CoordinateSequence edit(CoordinateSequence sequence, Geometry of) {
                return packed(sequence);
            }
        });
    }

    /** The positions of {@code sequence} in one array; heights and measures are kept when there are any. */
    private static CoordinateSequence packed(CoordinateSequence sequence) {
        int size = sequence.size();
        boolean flat = sequence.getMeasures() == 0;
        for (int i = 0; flat && i < size; i++) {
            flat = sequence.getDimension() < 3 || Double.isNaN(sequence.getZ(i));
        }
        if (!flat) {
            return sequence.copy();
        }
        double[] positions = new double[2 * size];
        for (int i = 0; i < size; i++) {
            positions[2 * i] = sequence.getX(i);
            positions[2 * i + 1] = sequence.getY(i);
        }
        return new PackedCoordinateSequence.Double(positions, 2, 0);
    }

    private record Label(String name, Object id) {
    }

    private long store(String name, Object id) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        byte idType = id == null ? NO_ID : id instanceof String text ? isCanonicalUuid(text) ? UUID_ID : TEXT_ID
                : NUMBER_ID;
        byte[] idBytes = id == null ? new byte[0] : idType == UUID_ID ? uuidBytes((String) id)
                : id.toString().getBytes(StandardCharsets.UTF_8);
        int length = 5 + nameBytes.length + 1 + 5 + idBytes.length;
        if (chunkUsed + length > CHUNK_BYTES || chunks.isEmpty()) {
            chunks.add(new byte[Math.max(CHUNK_BYTES, length)]);
            chunkUsed = 0;
        }
        byte[] chunk = chunks.get(chunks.size() - 1);
        long place = ((long) (chunks.size() - 1) << 32) | chunkUsed;
        int at = putLength(chunk, chunkUsed, nameBytes.length);
        System.arraycopy(nameBytes, 0, chunk, at, nameBytes.length);
        at += nameBytes.length;
        chunk[at++] = idType;
        at = putLength(chunk, at, idBytes.length);
        System.arraycopy(idBytes, 0, chunk, at, idBytes.length);
        chunkUsed = at + idBytes.length;
        if (length > CHUNK_BYTES) {
            chunkUsed = CHUNK_BYTES;
        }
        return place;
    }

    private Label label(int index) {
        byte[] chunk = chunks.get((int) (labels[index] >>> 32));
        int[] at = {(int) labels[index]};
        int nameLength = getLength(chunk, at);
        String name = new String(chunk, at[0], nameLength, StandardCharsets.UTF_8);
        at[0] += nameLength;
        byte idType = chunk[at[0]++];
        int idLength = getLength(chunk, at);
        String idText = idType == UUID_ID ? uuidText(chunk, at[0])
                : new String(chunk, at[0], idLength, StandardCharsets.UTF_8);
        Object id = idType == NO_ID ? null : idType == NUMBER_ID ? JsonNumber.of(idText) : idText;
        return new Label(name, id);
    }

    /** Whether {@code id} is written as {@link UUID#toString()} writes: lowercase hex digits in groups 8-4-4-4-12. */
    private static boolean isCanonicalUuid(String id) {
        if (id.length() != UUID_LENGTH) {
            return false;
        }
        for (int i = 0; i < UUID_LENGTH; i++) {
            char c = id.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static byte[] uuidBytes(String id) {
        UUID uuid = UUID.fromString(id);
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array();
    }

    private static String uuidText(byte[] chunk, int at) {
        ByteBuffer bytes = ByteBuffer.wrap(chunk, at, 16);
        return new UUID(bytes.getLong(), bytes.getLong()).toString();
    }

    /** Writes {@code length} in 7-bit groups, low first; returns the offset after it. */
    private static int putLength(byte[] chunk, int at, int length) {
        int rest = length;
        while (rest >= 0x80) {
            chunk[at++] = (byte) (rest & 0x7F | 0x80);
            rest >>>= 7;
        }
        chunk[at++] = (byte) rest;
        return at;
    }

    private static int getLength(byte[] chunk, int[] at) {
        int length = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = chunk[at[0]++];
            length |= (b & 0x7F) << shift;
            if (b >= 0) {
                return length;
            }
        }
    }
}
