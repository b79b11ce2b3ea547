package org.hubmap.geo;

import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;

/**
 * Lengths of geodesics, the shortest paths on the WGS84 ellipsoid, in metres, computed with GeographicLib
 * (Karney's algorithms, exact to about 15 nanometres at any distance).
 */
public final class GeodesicDistance {
    private GeodesicDistance() {
    }

    /** The geodesic distance in metres between two positions. */
    public static double metres(GeoPosition from, GeoPosition to) {
        return Geodesic.WGS84.Inverse(from.latDegrees(), from.lonDegrees(), to.latDegrees(), to.lonDegrees(),
                GeodesicMask.DISTANCE).s12;
    }

    /**
     * The bearing of the geodesic from {@code from} towards {@code to} where it leaves {@code from}: degrees
     * clockwise from true north, from 0 up to 360. Undefined (0) when the two are the same position.
     */
    public static double initialBearingDegrees(GeoPosition from, GeoPosition to) {
        double azimuth = Geodesic.WGS84.Inverse(from.latDegrees(), from.lonDegrees(), to.latDegrees(),
                to.lonDegrees(), GeodesicMask.AZIMUTH).azi1;
        return azimuth < 0 ? azimuth + 360 : azimuth;
    }

    /** The length in metres of a path of geodesics from each position to the next; 0 for fewer than two. */
    public static double pathMetres(List<GeoPosition> path) {
        double total = 0;
        for (int i = 1; i < path.size(); i++) {
            total += metres(path.get(i - 1), path.get(i));
        }
        return total;
    }
}
