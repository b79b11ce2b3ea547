package org.hubmap.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
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

    private final WriteOptions options;
    private final boolean keepGeometryText;

    /** With {@code keepGeometryText} false, every geometry is written from its coordinates (normalised). */
    FeatureJsonWriter(WriteOptions options, boolean keepGeometryText) {
        this.options = options;
        this.keepGeometryText = keepGeometryText;
    }

    void write(JsonGenerator g, LayoutFeature feature) throws IOException {
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
                    if (feature.foreignMembers().containsKey(member)) {
                        g.writeFieldName(member);
                        writeValue(g, feature.foreignMembers().get(member));
                    }
                }
            }
        }
        g.writeEndObject();
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
        if (options.decimals().isPresent()) {
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
