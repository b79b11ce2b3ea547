package org.hubmap.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads one RFC 7946 geometry object into a JTS geometry with x = longitude and y = latitude in degrees (z kept
 * when the file gives a third number). Checks what RFC 7946 requires of each type: positions of two or three
 * numbers in range, lines of two positions or more, closed rings of four positions or more.
 */
final class GeoJsonGeometryReader {
    private static final int MAX_COLLECTION_DEPTH = 8;

    private final GeometryFactory factory;
    private final Warnings warnings;
    private final Map<String, Long> unmodelledMembers = new TreeMap<>();

    GeoJsonGeometryReader(GeometryFactory factory, Warnings warnings) {
        this.factory = factory;
        this.warnings = warnings;
    }

    /**
     * Reads the geometry at the parser's current token, which is START_OBJECT or VALUE_NULL (no geometry). An
     * empty geometry (empty {@code coordinates} or {@code geometries}) is read as no geometry, with a warning.
     */
    Geometry read(JsonParser parser) throws IOException, GeoJsonSyntaxError {
        return read(parser, 0);
    }

    private Geometry read(JsonParser parser, int depth) throws IOException, GeoJsonSyntaxError {
        JsonPlace start = JsonPlace.ofToken(parser);
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new GeoJsonSyntaxError(start, "a geometry must be an object or null, found "
                    + CoordinateNode.describe(parser.currentToken()));
        }
        String type = null;
        JsonPlace typePlace = start;
        CoordinateNode coordinates = null;
        List<Geometry> members = null;
        JsonPlace membersPlace = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "type" -> {
                    typePlace = JsonPlace.ofToken(parser);
                    type = readType(parser, value);
                }
                case "coordinates" -> coordinates = CoordinateNode.read(parser);
                case "geometries" -> {
                    membersPlace = JsonPlace.ofToken(parser);
                    members = readMembers(parser, depth);
                }
                case "crs" -> CrsMember.check(JsonValues.read(parser), JsonPlace.ofToken(parser), warnings);
                default -> {
                    unmodelledMembers.merge(field, 1L, Long::sum);
                    parser.skipChildren();
                }
            }
        }
        if (type == null) {
            throw new GeoJsonSyntaxError(start, "geometry has no \"type\" member");
        }
        if (type.equals("GeometryCollection")) {
            if (members == null) {
                throw new GeoJsonSyntaxError(start, "GeometryCollection has no \"geometries\" member");
            }
            if (members.isEmpty()) {
                warnings.add(membersPlace, "empty GeometryCollection, read as no geometry");
                return null;
            }
            return factory.createGeometryCollection(members.toArray(Geometry[]::new));
        }
        if (members != null) {
            throw new GeoJsonSyntaxError(membersPlace, type + " must not have a \"geometries\" member");
        }
        if (coordinates == null) {
            throw new GeoJsonSyntaxError(start, type + " has no \"coordinates\" member");
        }
        if (!coordinates.isNumber() && coordinates.children().isEmpty() && isKnownType(type)) {
            warnings.add(coordinates.place(), "empty " + type + ", read as no geometry");
            return null;
        }
        return build(type, coordinates, typePlace);
    }

    private static boolean isKnownType(String type) {
        return switch (type) {
            case "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon" -> true;
            default -> false;
        };
    }

    /**
     * How many geometries had each member that JTS cannot hold (such as {@code bbox} or foreign members); the
     * lossless writer keeps them through the geometry's text, a normalising writer cannot.
     */
    Map<String, Long> unmodelledMembers() {
        return unmodelledMembers;
    }

    private static String readType(JsonParser parser, JsonToken value) throws IOException, GeoJsonSyntaxError {
        if (value != JsonToken.VALUE_STRING) {
            throw new GeoJsonSyntaxError(JsonPlace.ofToken(parser), "\"type\" must be a string");
        }
        return parser.getText();
    }

    private List<Geometry> readMembers(JsonParser parser, int depth) throws IOException, GeoJsonSyntaxError {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new GeoJsonSyntaxError(JsonPlace.ofToken(parser), "\"geometries\" must be an array");
        }
        if (depth >= MAX_COLLECTION_DEPTH) {
            throw new GeoJsonSyntaxError(JsonPlace.ofToken(parser), "GeometryCollections are nested too deeply");
        }
        List<Geometry> members = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonPlace place = JsonPlace.ofToken(parser);
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                throw new GeoJsonSyntaxError(place, "a GeometryCollection member must not be null");
            }
            Geometry member = read(parser, depth + 1);
            if (member != null) {
                members.add(member);
            }
        }
        return members;
    }

    private Geometry build(String type, CoordinateNode c, JsonPlace typePlace) throws GeoJsonSyntaxError {
        return switch (type) {
            case "Point" -> point(c);
            case "MultiPoint" -> factory.createMultiPoint(mapArray(c, this::point).toArray(Point[]::new));
            case "LineString" -> line(c);
            case "MultiLineString" ->
                factory.createMultiLineString(mapArray(c, this::line).toArray(LineString[]::new));
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> factory.createMultiPolygon(mapArray(c, this::polygon).toArray(Polygon[]::new));
            default -> throw new GeoJsonSyntaxError(typePlace, "unknown geometry type \"" + type
                    + "\" (expected Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon or"
                    + " GeometryCollection; names are case-sensitive)");
        };
    }

    private Point point(CoordinateNode c) throws GeoJsonSyntaxError {
        return factory.createPoint(position(c));
    }

    private LineString line(CoordinateNode c) throws GeoJsonSyntaxError {
        Coordinate[] positions = positions(c);
        if (positions.length < 2) {
            throw new GeoJsonSyntaxError(c.place(), "a LineString needs at least 2 positions, found "
                    + positions.length);
        }
        return factory.createLineString(positions);
    }

    private Polygon polygon(CoordinateNode c) throws GeoJsonSyntaxError {
        List<LinearRing> rings = mapArray(c, this::ring);
        if (rings.isEmpty()) {
            throw new GeoJsonSyntaxError(c.place(), "a polygon needs at least one ring");
        }
        if (!Orientation.isCCW(rings.get(0).getCoordinateSequence())) {
            warnings.add(c.children().get(0).place(), "exterior ring is clockwise; RFC 7946 wants it"
                    + " counter-clockwise (read as the area it encloses; written counter-clockwise when edited)");
        }
        for (int i = 1; i < rings.size(); i++) {
            if (Orientation.isCCW(rings.get(i).getCoordinateSequence())) {
                warnings.add(c.children().get(i).place(), "hole is counter-clockwise; RFC 7946 wants holes"
                        + " clockwise (read as a hole; written clockwise when edited)");
            }
        }
        return factory.createPolygon(rings.get(0), rings.subList(1, rings.size()).toArray(LinearRing[]::new));
    }

    private LinearRing ring(CoordinateNode c) throws GeoJsonSyntaxError {
        Coordinate[] positions = positions(c);
        if (positions.length < 4) {
            throw new GeoJsonSyntaxError(c.place(), "a polygon ring needs at least 4 positions, found "
                    + positions.length);
        }
        if (!positions[0].equals2D(positions[positions.length - 1])) {
            throw new GeoJsonSyntaxError(c.place(),
                    "polygon ring is not closed: its last position must repeat its first");
        }
        return factory.createLinearRing(positions);
    }

    private Coordinate[] positions(CoordinateNode c) throws GeoJsonSyntaxError {
        return mapArray(c, this::position).toArray(Coordinate[]::new);
    }

    private Coordinate position(CoordinateNode c) throws GeoJsonSyntaxError {
        if (c.isNumber()) {
            throw new GeoJsonSyntaxError(c.place(), "expected a position [longitude, latitude], found a number");
        }
        List<CoordinateNode> numbers = c.children();
        if (numbers.size() < 2) {
            throw new GeoJsonSyntaxError(c.place(), "a position needs longitude and latitude, found "
                    + numbers.size() + " number" + (numbers.size() == 1 ? "" : "s"));
        }
        for (CoordinateNode n : numbers) {
            if (!n.isNumber()) {
                throw new GeoJsonSyntaxError(n.place(), "a position holds numbers only; found an array");
            }
        }
        double lon = numbers.get(0).number();
        double lat = numbers.get(1).number();
        if (lon < -180 || lon > 180) {
            throw new GeoJsonSyntaxError(numbers.get(0).place(), "longitude " + lon + " is outside -180..180");
        }
        if (lat < -90 || lat > 90) {
            throw new GeoJsonSyntaxError(numbers.get(1).place(), "latitude " + lat + " is outside -90..90");
        }
        if (numbers.size() > 3) {
            warnings.add(numbers.get(3).place(), "position has " + numbers.size() + " numbers; RFC 7946 positions"
                    + " have at most three (longitude, latitude, altitude); the rest are ignored");
        }
        return numbers.size() > 2 ? new Coordinate(lon, lat, numbers.get(2).number()) : new Coordinate(lon, lat);
    }

    private static <T> List<T> mapArray(CoordinateNode c, ElementReader<T> reader) throws GeoJsonSyntaxError {
        if (c.isNumber()) {
            throw new GeoJsonSyntaxError(c.place(), "expected an array, found a number");
        }
        List<T> result = new ArrayList<>(c.children().size());
        for (CoordinateNode child : c.children()) {
            result.add(reader.read(child));
        }
        return result;
    }

    @FunctionalInterface
    private interface ElementReader<T> {
        T read(CoordinateNode node) throws GeoJsonSyntaxError;
    }
}
