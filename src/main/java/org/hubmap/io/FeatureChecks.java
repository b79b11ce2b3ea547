package org.hubmap.io;

import static org.hubmap.io.DiagnosticCode.BBOX_NOT_ENCLOSING;
import static org.hubmap.io.DiagnosticCode.INVALID_ZONE_POLYGON;
import static org.hubmap.io.DiagnosticCode.REPEATED_ID;
import static org.hubmap.io.DiagnosticCode.SWAPPED_AXES;

import java.util.List;
import java.util.Locale;
import org.hubmap.geo.GeoBounds;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.ZoneValidity;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Warnings about features that read well but look wrong: positions with longitude and latitude swapped, zones
 * whose boundary crosses itself, a {@code bbox} that does not enclose its geometry, and ids used twice. Keeps the
 * first line of every id (see {@link IdLines}).
 */
final class FeatureChecks {
    private final Warnings warnings;
    private final IdLines firstLineOfId = new IdLines();

    FeatureChecks(Warnings warnings) {
        this.warnings = warnings;
    }

    void check(LayoutFeature feature, JsonPlace place, JsonPlace geometryPlace) {
        checkDuplicateId(feature, place);
        feature.geometry().ifPresent(geometry -> {
            checkBox(feature, geometry, place);
            checkSwappedAxes(geometry, geometryPlace);
            if (feature.kind() == FeatureKind.MONITORING_ZONE) {
                checkZoneValidity(geometry, geometryPlace);
            }
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
        return new java.math.BigDecimal(value).round(new java.math.MathContext(9)).stripTrailingZeros()
                .toPlainString();
    }

    private static String quoted(Object id) {
        return id instanceof String s ? "\"" + s + "\"" : String.valueOf(id);
    }
}
