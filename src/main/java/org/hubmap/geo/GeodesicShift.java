package org.hubmap.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Coordinate;

/**
 * Moving features on the WGS84 ellipsoid, never in screen space: a move from one position to another is the
 * geodesic between them, and every vertex travels the same distance along a geodesic leaving in the same direction.
 * A circle zone moves its centre and is made again round it, so its radius stays exact.
 */
public final class GeodesicShift {
    private GeodesicShift() {
    }

    /** {@code feature} moved as far and in the direction that {@code to} lies from {@code from}. */
    public static LayoutFeature shift(LayoutFeature feature, GeoPosition from, GeoPosition to) {
        GeodesicData move = Geodesic.WGS84.Inverse(from.latDegrees(), from.lonDegrees(), to.latDegrees(),
                to.lonDegrees(), GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
        return shift(feature, move.azi1, move.s12);
    }

    /** {@code feature} moved {@code metres} along geodesics leaving at {@code azimuthDegrees} (clockwise from north). */
    public static LayoutFeature shift(LayoutFeature feature, double azimuthDegrees, double metres) {
        var circle = CircleZone.of(feature);
        if (circle.isPresent()) {
            GeoPosition centre = circle.get().centre();
            return CircleZone.withCircle(feature, moved(centre, azimuthDegrees, metres), circle.get().radiusMetres());
        }
        if (feature.geometry().isEmpty()) {
            return feature;
        }
        CoordinateMap move = (lon, lat) -> {
            GeoPosition to = moved(new GeoPosition(clampLon(lon), clampLat(lat)), azimuthDegrees, metres);
            return new Coordinate(to.lonDegrees(), to.latDegrees());
        };
        return feature.withGeometry(move.appliedTo(feature.geometry().get()));
    }

    /** The position {@code metres} from {@code start} along the geodesic leaving at {@code azimuthDegrees}. */
    public static GeoPosition moved(GeoPosition start, double azimuthDegrees, double metres) {
        GeodesicData end = Geodesic.WGS84.Direct(start.latDegrees(), start.lonDegrees(), azimuthDegrees, metres,
                GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        return new GeoPosition(clampLon(end.lon2), clampLat(end.lat2));
    }

    private static double clampLon(double lon) {
        return Math.max(-180, Math.min(180, lon));
    }

    private static double clampLat(double lat) {
        return Math.max(-90, Math.min(90, lat));
    }
}
