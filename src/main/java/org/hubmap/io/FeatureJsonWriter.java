package org.hubmap.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes one feature as a GeoJSON Feature object through a Jackson generator: members in the order the file had
 * them (type, id, properties, geometry for new features), every property and foreign member as read, the geometry
 * as its original text while unedited, and otherwise from its coordinates with RFC 7946 winding (exteriors
 * counter-clockwise, holes clockwise).
 */
final class FeatureJsonWriter {
    private static final List<String> NEW_FEATURE_ORDER = List.of("type", "id", "properties", "geometry");

    /** How many of the features written are named when some are written at full precision. */
    private static final int NAMED_AT_FULL_PRECISION = 5;

    private final WriteOptions options;
    private final boolean keepGeometryText;
    private final PrecisionRounding rounding;
    /** Whether the geometry being written keeps every digit, because rounding would spoil it. */
    private boolean exact;
    private long fullPrecisionCount;
    private final List<String> fullPrecisionNames = new ArrayList<>();

    /** With {@code keepGeometryText} false, every geometry is written from its coordinates (normalised). */
    FeatureJsonWriter(WriteOptions options, boolean keepGeometryText) {
        this.options = options;
        this.keepGeometryText = keepGeometryText;
        this.rounding = options.decimals().isPresent() ? new PrecisionRounding(options.decimals().getAsInt()) : null;
    }

    /**
     * What rounding coordinates could not do, in a sentence: the geometries written at full precision because,
     * rounded, they would have been invalid; empty when there were none.
     */
    Optional<String> precisionNotKept() {
        if (fullPrecisionCount == 0) {
            return Optional.empty();
        }
        boolean one = fullPrecisionCount == 1;
        String more = fullPrecisionCount > fullPrecisionNames.size() ? ", ..." : "";
        return Optional.of("the rounding of " + fullPrecisionCount + " geometr" + (one ? "y" : "ies") + " to "
                + options.decimals().getAsInt() + " decimals, which would have made " + (one ? "it" : "them")
                + " invalid (written at full precision: " + String.join(", ", fullPrecisionNames) + more + ")");
    }

    void write(JsonGenerator g, LayoutFeature feature) throws IOException {
        Geometry rounded = roundedGeometry(feature);
        g.writeStartObject();
        for (String member : memberOrder(feature)) {
            switch (member) {
                case "type" -> g.writeStringField("type", "Feature");
                case "id" -> {
                    if (feature.id() != null) {
                        g.writeFieldName("id");
                        writeValue(g, feature.id());
                    }
                }
                case "properties" -> {
                    g.writeFieldName("properties");
                    if (feature.propertiesNull()) {
                        g.writeNull();
                    } else {
                        writeValue(g, feature.properties());
                    }
                }
                case "geometry" -> {
                    g.writeFieldName("geometry");
                    writeGeometryMember(g, feature);
                }
                default -> {
                    if (member.equals("bbox") && rounded != null && isPlanarBox(feature.foreignMembers().get(member))) {
                        g.writeFieldName(member);
                        writeBox(g, exact ? feature.geometry().orElseThrow() : rounded);
                    } else if (feature.foreignMembers().containsKey(member)) {
                        g.writeFieldName(member);
                        writeValue(g, feature.foreignMembers().get(member));
                    }
                }
            }
        }
        g.writeEndObject();
        exact = false;
    }

    /**
     * With coordinates rounded, the feature's geometry as written; null without rounding or geometry. A geometry
     * that rounding would make invalid is written at full precision: {@link #exact} is then set, and it is counted.
     */
    private Geometry roundedGeometry(LayoutFeature feature) {
        if (rounding == null || feature.geometry().isEmpty()
                || keepGeometryText && feature.geometryText().isPresent()) {
            return null;
        }
        Geometry original = feature.geometry().get();
        Geometry rounded = rounding.rounded(original);
        if (!PrecisionRounding.keepsShape(original, rounded)) {
            exact = true;
            fullPrecisionCount++;
            if (fullPrecisionNames.size() < NAMED_AT_FULL_PRECISION) {
                fullPrecisionNames.add(feature.id() != null ? "id " + feature.id()
                        : feature.name().isBlank() ? "a feature without id or name" : feature.name());
            }
        }
        return rounded;
    }

    /** Whether a {@code bbox} member is the four numbers of a box in longitude and latitude. */
    private static boolean isPlanarBox(Object bbox) {
        return bbox instanceof List<?> numbers && numbers.size() == 4;
    }

    /** A {@code bbox} that encloses {@code geometry} as written. */
    private void writeBox(JsonGenerator g, Geometry geometry) throws IOException {
        Envelope box = geometry.getEnvelopeInternal();
        char[] text = new char[ShortestDecimal.MAX_LENGTH];
        g.writeStartArray();
        writeCoordinate(g, box.getMinX(), text);
        writeCoordinate(g, box.getMinY(), text);
        writeCoordinate(g, box.getMaxX(), text);
        writeCoordinate(g, box.getMaxY(), text);
        g.writeEndArray();
    }

    private static List<String> memberOrder(LayoutFeature feature) {
        if (feature.memberOrder().isEmpty()) {
            return NEW_FEATURE_ORDER;
        }
        List<String> order = new ArrayList<>(feature.memberOrder());
        for (String required : NEW_FEATURE_ORDER) {
            if (!order.contains(required)) {
                order.add(required.equals("type") ? 0 : order.size(), required);
            }
        }
        return order;
    }

    private void writeGeometryMember(JsonGenerator g, LayoutFeature feature) throws IOException {
        if (keepGeometryText && feature.geometryText().isPresent()) {
            g.writeRawValue(feature.geometryText().get());
        } else if (feature.geometry().isEmpty()) {
            g.writeNull();
        } else {
            writeGeometry(g, feature.geometry().get());
        }
    }

    void writeGeometry(JsonGenerator g, Geometry geometry) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", geometry.getGeometryType());
        if (geometry instanceof GeometryCollection && !(geometry instanceof MultiPoint)
                && !(geometry instanceof MultiLineString) && !(geometry instanceof MultiPolygon)) {
            g.writeArrayFieldStart("geometries");
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                writeGeometry(g, geometry.getGeometryN(i));
            }
            g.writeEndArray();
        } else {
            g.writeFieldName("coordinates");
            writeCoordinates(g, geometry);
        }
        g.writeEndObject();
    }

    private void writeCoordinates(JsonGenerator g, Geometry geometry) throws IOException {
        if (geometry instanceof Point point) {
            writePosition(g, point.getCoordinate(), new char[ShortestDecimal.MAX_LENGTH]);
        } else if (geometry instanceof LineString line) {
            writeSequence(g, line.getCoordinateSequence(), false);
        } else if (geometry instanceof Polygon polygon) {
            writePolygon(g, polygon);
        } else {
            g.writeStartArray();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                writeCoordinates(g, geometry.getGeometryN(i));
            }
            g.writeEndArray();
        }
    }

    private void writePolygon(JsonGenerator g, Polygon polygon) throws IOException {
        g.writeStartArray();
        CoordinateSequence shell = polygon.getExteriorRing().getCoordinateSequence();
        writeSequence(g, shell, !Orientation.isCCW(shell));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            CoordinateSequence hole = polygon.getInteriorRingN(i).getCoordinateSequence();
            writeSequence(g, hole, Orientation.isCCW(hole));
        }
        g.writeEndArray();
    }

    private void writeSequence(JsonGenerator g, CoordinateSequence sequence, boolean reversed) throws IOException {
        g.writeStartArray();
        char[] text = new char[ShortestDecimal.MAX_LENGTH];
        int n = sequence.size();
        for (int i = 0; i < n; i++) {
            writePosition(g, sequence.getCoordinate(reversed ? n - 1 - i : i), text);
        }
        g.writeEndArray();
    }

    /** {@code text} is room to format a number in, so that a sequence of positions shares one. */
    private void writePosition(JsonGenerator g, Coordinate c, char[] text) throws IOException {
        g.writeStartArray();
        writeCoordinate(g, c.x, text);
        writeCoordinate(g, c.y, text);
        if (!Double.isNaN(c.getZ())) {
            writeCoordinate(g, c.getZ(), text);
        }
        g.writeEndArray();
    }

    private void writeCoordinate(JsonGenerator g, double value, char[] text) throws IOException {
        if (options.decimals().isPresent() && !exact) {
            BigDecimal rounded = new BigDecimal(value).setScale(options.decimals().getAsInt(), RoundingMode.HALF_EVEN)
                    .stripTrailingZeros();
            g.writeNumber(rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString());
            return;
        }
        int length = ShortestDecimal.format(value, text);
        if (length < 0) {
            g.writeNumber(value);
        } else {
            g.writeNumber(text, 0, length);
        }
    }

    /** The text {@code "name":value} of one object member, for writing beside text kept from a file. */
    static String memberText(String name, Object value) throws IOException {
        java.io.StringWriter text = new java.io.StringWriter();
        try (JsonGenerator g = LayoutWriter.JSON.createGenerator(text)) {
            g.writeStartObject();
            g.writeFieldName(name);
            writeValue(g, value);
            g.writeEndObject();
        }
        String member = text.toString();
        return member.substring(1, member.length() - 1);
    }

    /** Writes a JSON value held as plain Java values (see {@link LayoutFeature}). */
    static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof JsonNumber n) {
            g.writeNumber(n.text());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                g.writeFieldName(String.valueOf(entry.getKey()));
                writeValue(g, entry.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object element : list) {
                writeValue(g, element);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }
}
