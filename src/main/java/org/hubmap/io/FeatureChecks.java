package org.hubmap.io;

import static org.hubmap.io.DiagnosticCode.BBOX_NOT_ENCLOSING;
import static org.hubmap.io.DiagnosticCode.CIRCLE_OFF_RADIUS;
import static org.hubmap.io.DiagnosticCode.INVALID_ZONE_POLYGON;
import static org.hubmap.io.DiagnosticCode.NUMBER_AS_STRING;
import static org.hubmap.io.DiagnosticCode.REPEATED_ID;
import static org.hubmap.io.DiagnosticCode.SWAPPED_AXES;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hubmap.geo.CircleDeviation;
import org.hubmap.geo.CircleZone;
import org.hubmap.geo.GeoBounds;
import org.hubmap.geo.GeoPosition;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.ZoneValidity;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;

/**
 * Warnings about features that read well but look wrong: positions with longitude and latitude swapped, zones
 * whose boundary crosses itself, circle zones whose polygon is not at their radius, capacities and radii written as
 * text, a {@code bbox} that does not enclose its geometry, and ids used twice. Keeps the
 * first line of every id (see {@link IdLines}).
 */
final class FeatureChecks {
    /** The properties whose values HubMap counts or draws, and so must be numbers. */
    private static final List<String> NUMBER_KEYS = List.of(FeatureSchema.CAPACITY, FeatureSchema.RADIUS_M,
            FeatureSchema.PROTECTION_RADIUS_M);
    /** How far a circle zone's vertex may lie from its radius: 1 m, or 0.1 % of a radius over 1 km. */
    private static final double CIRCLE_TOLERANCE_METRES = 1;
    private static final double CIRCLE_TOLERANCE_FRACTION = 0.001;

    private final Warnings warnings;
    private final IdLines firstLineOfId = new IdLines();

    FeatureChecks(Warnings warnings) {
        this.warnings = warnings;
    }

    void check(LayoutFeature feature, JsonPlace place, JsonPlace geometryPlace) {
        checkDuplicateId(feature, place);
        checkNumbersAsText(feature, place);
        feature.geometry().ifPresent(geometry -> {
            checkBox(feature, geometry, place);
            checkSwappedAxes(geometry, geometryPlace);
            if (feature.kind() == FeatureKind.MONITORING_ZONE) {
                checkZoneValidity(geometry, geometryPlace);
            }
            if (FeatureSchema.saysCircle(feature) && geometry instanceof Polygonal) {
                checkCircle(feature, geometry, geometryPlace);
            }
        });
    }

    /**
     * Numbers HubMap counts or draws, written as text: a CSV round trip through GDAL turns {@code 1200} into
     * {@code "1200"}, and the capacity then drops out of every total without a word.
     */
    private void checkNumbersAsText(LayoutFeature feature, JsonPlace place) {
        Map<String, Object> properties = feature.properties();
        for (String key : NUMBER_KEYS) {
            if (properties.get(key) instanceof String text && isNumber(text)) {
                warnings.add(NUMBER_AS_STRING, place, "\"" + key + "\" is the text \"" + text + "\", not a number,"
                        + " as a CSV round trip leaves it: write \"" + key + "\": " + text.strip() + " without quotes"
                        + " so that the map, the table and the totals take it as one");
            }
        }
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * A circle zone's polygon must lie at {@code radius_m} from its {@code center}: when another program has moved
     * or scaled the polygon, or edited the properties alone, the map and the file disagree about the zone.
     */
    private void checkCircle(LayoutFeature feature, Geometry geometry, JsonPlace place) {
        CircleZone.of(feature).ifPresent(circle -> {
            double radius = circle.radiusMetres();
            double allowed = Math.max(CIRCLE_TOLERANCE_METRES, radius * CIRCLE_TOLERANCE_FRACTION);
            GeoPosition centre = circle.centre();
            CircleDeviation.worstBeyond(centre, radius, geometry.getCoordinates(), allowed).ifPresent(worst ->
                    warnings.add(CIRCLE_OFF_RADIUS, place, String.format(Locale.ROOT, "circle zone's vertex [%s, %s]"
                            + " is %.1f m from its center [%s, %s], not radius_m %s m (more than %.1f m off): redraw"
                            + " the circle, or correct center and radius_m", plain(worst.lonDegrees()),
                            plain(worst.latDegrees()), worst.distanceMetres(), plain(centre.lonDegrees()),
                            plain(centre.latDegrees()), plain(radius), allowed)));
        });
    }

    private void checkDuplicateId(LayoutFeature feature, JsonPlace place) {
        if (feature.id() == null) {
            return;
        }
        int firstLine = firstLineOfId.putIfAbsent(feature.id(), place.line());
        if (firstLine >= 0) {
            warnings.add(REPEATED_ID, place, "id " + quoted(feature.id()) + " is already used by the feature at line "
                    + firstLine + "; ids should be unique");
        }
    }

    /** A feature's {@code bbox} of four numbers must enclose its geometry (RFC 7946 section 5). */
    private void checkBox(LayoutFeature feature, Geometry geometry, JsonPlace place) {
        if (!(feature.foreignMembers().get("bbox") instanceof List<?> box) || box.size() != 4
                || !box.stream().allMatch(Number.class::isInstance) || geometry.isEmpty()) {
            return;
        }
        double[] edges = box.stream().mapToDouble(value -> ((Number) value).doubleValue()).toArray();
        Envelope extent = geometry.getEnvelopeInternal();
        // A box across the antimeridian has its west edge east of its east edge; Ukraine's layouts have none.
        if (edges[0] <= edges[2] && !new Envelope(edges[0], edges[2], edges[1], edges[3]).covers(extent)) {
            warnings.add(BBOX_NOT_ENCLOSING, place, String.format(Locale.ROOT,
                    "bbox [%s, %s, %s, %s] does not enclose the feature's"
                    + " geometry, which reaches [%s, %s, %s, %s]; programs that cull by bbox will hide it",
                    plain(edges[0]), plain(edges[1]), plain(edges[2]), plain(edges[3]), plain(extent.getMinX()),
                    plain(extent.getMinY()), plain(extent.getMaxX()), plain(extent.getMaxY())));
        }
    }

    private void checkSwappedAxes(Geometry geometry, JsonPlace place) {
        Coordinate c = geometry instanceof Point ? geometry.getCoordinate() : geometry.getEnvelopeInternal().centre();
        GeoBounds ukraine = GeoBounds.UKRAINE;
        if (!contains(ukraine, c.x, c.y) && contains(ukraine, c.y, c.x)) {
            warnings.add(SWAPPED_AXES, place, String.format(Locale.ROOT,
                    "position [%s, %s] lies outside Ukraine but swapped it"
                    + " would lie inside: are longitude and latitude in the wrong order? GeoJSON writes"
                    + " [longitude, latitude]", plain(c.x), plain(c.y)));
        }
    }

    private void checkZoneValidity(Geometry geometry, JsonPlace place) {
        ZoneValidity.problemOf(geometry).ifPresent(problem -> warnings.add(INVALID_ZONE_POLYGON, place,
                "zone is not a valid polygon: "
                + problem.reason().toLowerCase(Locale.ROOT)
                + problem.place().map(at -> " at [" + plain(at.x) + ", " + plain(at.y) + "]").orElse("")));
    }

    private static boolean contains(GeoBounds bounds, double lon, double lat) {
        return lon >= bounds.westLon() && lon <= bounds.eastLon() && lat >= bounds.southLat()
                && lat <= bounds.northLat();
    }

    private static String plain(double value) {
        return new BigDecimal(value).round(new java.math.MathContext(9)).stripTrailingZeros()
                .toPlainString();
    }

    private static String quoted(Object id) {
        return id instanceof String s ? "\"" + s + "\"" : String.valueOf(id);
    }
}
