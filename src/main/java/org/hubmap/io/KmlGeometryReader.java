package org.hubmap.io;

import static org.hubmap.io.DiagnosticCode.BAD_COORDINATES;
import static org.hubmap.io.DiagnosticCode.GEOMETRY_MEMBERS;
import static org.hubmap.io.DiagnosticCode.NOT_KEPT;
import static org.hubmap.io.DiagnosticCode.POSITION_OUT_OF_RANGE;
import static org.hubmap.io.DiagnosticCode.RING_NOT_CLOSED;
import static org.hubmap.io.DiagnosticCode.TOO_FEW_POSITIONS;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads one KML geometry element (Point, LineString, LinearRing, Polygon with holes, MultiGeometry) into JTS with
 * x = longitude and y = latitude in degrees and z the altitude in metres when given. KML's {@code coordinates} are
 * {@code lon,lat[,alt]} tuples separated by white space. A MultiGeometry of one kind of part becomes a
 * MultiPoint, MultiLineString or MultiPolygon, a mixed one a GeometryCollection. A ring left open is closed with a
 * warning; tracks and models inside a MultiGeometry are left out with a warning.
 */
final class KmlGeometryReader {
    private static final Pattern SPACE_AFTER_COMMA = Pattern.compile(",\\s+");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final GeometryFactory factory = new GeometryFactory();
    private final Warnings warnings;

    KmlGeometryReader(Warnings warnings) {
        this.warnings = warnings;
    }

    /** Reads the geometry whose start tag is the reader's current event, up to its end tag; null when empty. */
    Geometry read(XMLStreamReader xml, Supplier<JsonPlace> place) throws XMLStreamException, KmlSyntaxError {
        return new Element(xml, place).geometry();
    }

    /** The reading of one geometry element and its children. */
    private final class Element {
        private final XMLStreamReader xml;
        private final Supplier<JsonPlace> place;

        Element(XMLStreamReader xml, Supplier<JsonPlace> place) {
            this.xml = xml;
            this.place = place;
        }

        Geometry geometry() throws XMLStreamException, KmlSyntaxError {
            return switch (xml.getLocalName()) {
                case "Point" -> point();
                case "LineString", "LinearRing" -> line();
                case "Polygon" -> polygon();
                default -> multi();
            };
        }

        private Point point() throws XMLStreamException, KmlSyntaxError {
            Coordinate[] positions = coordinatesChild();
            if (positions.length != 1) {
                throw new KmlSyntaxError(TOO_FEW_POSITIONS, place.get(), "a Point needs one position, found "
                        + positions.length);
            }
            return factory.createPoint(positions[0]);
        }

        private LineString line() throws XMLStreamException, KmlSyntaxError {
            JsonPlace start = place.get();
            Coordinate[] positions = coordinatesChild();
            if (positions.length < 2) {
                throw new KmlSyntaxError(TOO_FEW_POSITIONS, start, "a line needs at least 2 positions, found "
                        + positions.length);
            }
            return factory.createLineString(positions);
        }

        private Polygon polygon() throws XMLStreamException, KmlSyntaxError {
            JsonPlace start = place.get();
            LinearRing shell = null;
            List<LinearRing> holes = new ArrayList<>();
            while (XmlElements.nextChild(xml)) {
                String name = xml.getLocalName();
                if (name.equals("outerBoundaryIs") || name.equals("innerBoundaryIs")) {
                    LinearRing ring = boundary();
                    if (name.equals("outerBoundaryIs")) {
                        shell = ring;
                    } else {
                        holes.add(ring);
                    }
                } else {
                    XmlElements.skipRest(xml);
                }
            }
            if (shell == null) {
                throw new KmlSyntaxError(GEOMETRY_MEMBERS, start, "a Polygon needs an outerBoundaryIs");
            }
            return factory.createPolygon(shell, holes.toArray(LinearRing[]::new));
        }

        private LinearRing boundary() throws XMLStreamException, KmlSyntaxError {
            LinearRing ring = null;
            while (XmlElements.nextChild(xml)) {
                if (xml.getLocalName().equals("LinearRing")) {
                    ring = ring(place.get(), coordinatesChild());
                } else {
                    XmlElements.skipRest(xml);
                }
            }
            if (ring == null) {
                throw new KmlSyntaxError(GEOMETRY_MEMBERS, place.get(), "a polygon boundary needs a LinearRing");
            }
            return ring;
        }

        private LinearRing ring(JsonPlace start, Coordinate[] positions) throws KmlSyntaxError {
            Coordinate[] closed = positions;
            if (positions.length > 0 && !positions[0].equals2D(positions[positions.length - 1])) {
                warnings.add(RING_NOT_CLOSED, start,
                        "polygon ring is not closed; closed by repeating its first position");
                closed = new Coordinate[positions.length + 1];
                System.arraycopy(positions, 0, closed, 0, positions.length);
                closed[positions.length] = positions[0].copy();
            }
            if (closed.length < 4) {
                throw new KmlSyntaxError(TOO_FEW_POSITIONS, start, "a polygon ring needs at least 4 positions, found "
                        + closed.length);
            }
            return factory.createLinearRing(closed);
        }

        private Geometry multi() throws XMLStreamException, KmlSyntaxError {
            List<Geometry> parts = new ArrayList<>();
            while (XmlElements.nextChild(xml)) {
                switch (xml.getLocalName()) {
                    case "Point", "LineString", "LinearRing", "Polygon", "MultiGeometry" -> {
                        Geometry part = geometry();
                        if (part != null) {
                            parts.add(part);
                        }
                    }
                    default -> {
                        warnings.add(NOT_KEPT, place.get(), xml.getLocalName()
                                + " in a MultiGeometry not read: a layout keeps"
                                + " points, lines and polygons only");
                        XmlElements.skipRest(xml);
                    }
                }
            }
            if (parts.isEmpty()) {
                return null;
            }
            if (parts.stream().allMatch(Point.class::isInstance)) {
                return factory.createMultiPoint(parts.toArray(Point[]::new));
            }
            if (parts.stream().allMatch(LineString.class::isInstance)) {
                return factory.createMultiLineString(parts.toArray(LineString[]::new));
            }
            if (parts.stream().allMatch(Polygon.class::isInstance)) {
                return factory.createMultiPolygon(parts.toArray(Polygon[]::new));
            }
            return factory.createGeometryCollection(parts.toArray(Geometry[]::new));
        }

        /** The positions of the current element's {@code coordinates} child; reads up to its end tag. */
        private Coordinate[] coordinatesChild() throws XMLStreamException, KmlSyntaxError {
            Coordinate[] positions = null;
            JsonPlace start = place.get();
            while (XmlElements.nextChild(xml)) {
                if (xml.getLocalName().equals("coordinates")) {
                    JsonPlace at = place.get();
                    positions = positions(xml.getElementText(), at);
                } else {
                    XmlElements.skipRest(xml);
                }
            }
            if (positions == null) {
                throw new KmlSyntaxError(GEOMETRY_MEMBERS, start, "a geometry needs its <coordinates>");
            }
            return positions;
        }

        private Coordinate[] positions(String text, JsonPlace at) throws KmlSyntaxError {
            String tuples = SPACE_AFTER_COMMA.matcher(text.strip()).replaceAll(",");
            if (tuples.isEmpty()) {
                return new Coordinate[0];
            }
            String[] parts = WHITE_SPACE.split(tuples);
            Coordinate[] positions = new Coordinate[parts.length];
            for (int i = 0; i < parts.length; i++) {
                positions[i] = position(parts[i], at);
            }
            return positions;
        }

        private Coordinate position(String tuple, JsonPlace at) throws KmlSyntaxError {
            String[] numbers = tuple.split(",", -1);
            if (numbers.length < 2 || numbers.length > 3) {
                throw new KmlSyntaxError(BAD_COORDINATES, at, "\"" + tuple + "\" is not a position lon,lat[,altitude]");
            }
            try {
                double lon = Double.parseDouble(numbers[0]);
                double lat = Double.parseDouble(numbers[1]);
                if (!(lon >= -180 && lon <= 180)) {
                    throw new KmlSyntaxError(POSITION_OUT_OF_RANGE, at, "longitude " + numbers[0]
                            + " is outside -180..180");
                }
                if (!(lat >= -90 && lat <= 90)) {
                    throw new KmlSyntaxError(POSITION_OUT_OF_RANGE, at, "latitude " + numbers[1]
                            + " is outside -90..90");
                }
                return numbers.length == 3 ? new Coordinate(lon, lat, Double.parseDouble(numbers[2]))
                        : new Coordinate(lon, lat);
            } catch (NumberFormatException e) {
                throw new KmlSyntaxError(BAD_COORDINATES, at, "\"" + tuple + "\" is not a position lon,lat[,altitude]");
            }
        }
    }
}
