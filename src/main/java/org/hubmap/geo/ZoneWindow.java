package org.hubmap.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The part of one UTM zone that a longitude/latitude extent shows, north of the equator: longitudes from
 * {@code westDegrees} to {@code eastDegrees} within the zone's six degrees, latitudes from {@code southDegrees} to
 * {@code northDegrees} within 0..84°N, each range not empty. Finds where the zone's grid lines run inside it on the
 * exact {@link TransverseMercator}, to {@value #RESOLUTION_METRES} m along the line.
 *
 * <p>It rests on three facts of the projection north of the equator: along a line of constant easting latitude
 * grows with northing and longitude moves monotonically away from the central meridian; along a line of constant
 * northing longitude grows with easting and latitude falls on either side of the central meridian alike. So a line of
 * constant easting shows as one piece at most, and a line of constant northing as two at most (when its middle rises
 * past the window's northern edge).
 */
record ZoneWindow(int zone, double westDegrees, double southDegrees, double eastDegrees, double northDegrees) {
    /** How closely the ends of a line's piece are found, in metres along the line. */
    static final double RESOLUTION_METRES = 1e-7;
    /**
     * How near an edge, in degrees, a point is put on it: 11 micrometres, a hundred times the error of finding where
     * a line meets an edge, yet far below a millimetre.
     */
    static final double EDGE_SNAP_DEGREES = 1e-10;
    /** Farther than any point of a zone from its central meridian north of the equator, in metres. */
    private static final double FARTHEST_X_METRES = 1_000_000;
    /** A northing past 84°N on every line of constant easting in a zone, yet short of the pole, in metres. */
    private static final double FARTHEST_Y_METRES = 9_990_000;
    /** Steps after which a search for a line's end gives up narrowing, far more than it ever takes. */
    private static final int MOST_STEPS = 200;

    ZoneWindow {
        if (!(westDegrees < eastDegrees) || !(southDegrees < northDegrees)) {
            throw new IllegalArgumentException("empty zone window " + this);
        }
    }

    /**
     * The windows of every zone that {@code extent} meets north of the equator and south of 84°N, west to east.
     * Zones are six degrees of longitude each, without the widened and missing zones of Norway and Svalbard.
     */
    static List<ZoneWindow> covering(GeoBounds extent) {
        double west = Math.max(-180, extent.westLon());
        double east = Math.min(180, extent.eastLon());
        double south = Math.max(0, extent.southLat());
        double north = Math.min(LatitudeBands.NORTH_LIMIT_DEGREES, extent.northLat());
        List<ZoneWindow> windows = new ArrayList<>();
        if (!(west < east) || !(south < north)) {
            return windows;
        }
        int first = Math.max(1, (int) Math.floor((west + 180) / 6) + 1);
        int last = Math.min(UtmCoordinate.ZONE_COUNT, (int) Math.ceil((east + 180) / 6));
        for (int zone = first; zone <= last; zone++) {
            double meridian = UtmCoordinate.centralMeridianDegrees(zone);
            double zoneWest = Math.max(west, meridian - 3);
            double zoneEast = Math.min(east, meridian + 3);
            if (zoneWest < zoneEast) {
                windows.add(new ZoneWindow(zone, zoneWest, south, zoneEast, north));
            }
        }
        return windows;
    }

    /** This window cut to the latitudes {@code south..north}, which must overlap its own in more than a point. */
    ZoneWindow withLatitudes(double south, double north) {
        return new ZoneWindow(zone, westDegrees, Math.max(southDegrees, south), eastDegrees,
                Math.min(northDegrees, north));
    }

    /** The least and greatest easting in metres that the window holds. */
    double[] eastingRangeMetres() {
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double[] xy : extremeCandidates()) {
            range[0] = Math.min(range[0], xy[0] + UtmCoordinate.FALSE_EASTING_METRES);
            range[1] = Math.max(range[1], xy[0] + UtmCoordinate.FALSE_EASTING_METRES);
        }
        return range;
    }

    /** The least and greatest northing in metres that the window holds. */
    double[] northingRangeMetres() {
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double[] xy : extremeCandidates()) {
            range[0] = Math.min(range[0], xy[1]);
            range[1] = Math.max(range[1], xy[1]);
        }
        return range;
    }

    /**
     * The grid coordinates of the points where eastings and northings in the window are extreme: its corners, where
     * both change monotonically along each edge, and the middle of its southern edge if it crosses the central
     * meridian, where a parallel's northing is least.
     */
    private List<double[]> extremeCandidates() {
        double west = westDegrees - meridian();
        double east = eastDegrees - meridian();
        List<double[]> points = new ArrayList<>(List.of(TransverseMercator.forward(west, southDegrees),
                TransverseMercator.forward(east, southDegrees), TransverseMercator.forward(west, northDegrees),
                TransverseMercator.forward(east, northDegrees)));
        if (west < 0 && east > 0) {
            points.add(TransverseMercator.forward(0, southDegrees));
        }
        return points;
    }

    /**
     * The pieces of the line of constant {@code eastingMetres} inside the window, none or one, each as its
     * southern and northern northing in metres. A piece may be a single point.
     */
    List<double[]> alongEasting(double eastingMetres) {
        double x = eastingMetres - UtmCoordinate.FALSE_EASTING_METRES;
        double[] northings = within(y -> TransverseMercator.reverse(x, y)[1], 0, FARTHEST_Y_METRES, southDegrees,
                northDegrees);
        if (northings == null) {
            return List.of();
        }
        double[] piece = within(y -> TransverseMercator.reverse(x, y)[0], northings[0], northings[1],
                westDegrees - meridian(), eastDegrees - meridian());
        return piece == null ? List.of() : List.of(piece);
    }

    /**
     * The pieces of the line of constant {@code northingMetres} inside the window, none, one or two, each as its
     * western and eastern easting in metres, west to east. A piece may be a single point.
     */
    List<double[]> alongNorthing(double northingMetres) {
        double[] xs = within(x -> TransverseMercator.reverse(x, northingMetres)[0], -FARTHEST_X_METRES,
                FARTHEST_X_METRES, westDegrees - meridian(), eastDegrees - meridian());
        // Latitude falls alike on both sides of the central meridian, so it is sought on one side only.
        double[] sides = within(u -> TransverseMercator.reverse(u, northingMetres)[1], 0, FARTHEST_X_METRES,
                southDegrees, northDegrees);
        if (xs == null || sides == null) {
            return List.of();
        }
        List<double[]> pieces = new ArrayList<>();
        if (sides[0] <= 0) {
            addOverlap(pieces, xs, -sides[1], sides[1]);
        } else {
            addOverlap(pieces, xs, -sides[1], -sides[0]);
            addOverlap(pieces, xs, sides[0], sides[1]);
        }
        return pieces;
    }

    private static void addOverlap(List<double[]> pieces, double[] xs, double fromX, double toX) {
        double from = Math.max(xs[0], fromX);
        double to = Math.min(xs[1], toX);
        if (from <= to) {
            pieces.add(new double[] {from + UtmCoordinate.FALSE_EASTING_METRES,
                    to + UtmCoordinate.FALSE_EASTING_METRES});
        }
    }

    /**
     * The position of a grid point of this zone, put exactly on the window's edge if it lies outside it or within
     * {@value #EDGE_SNAP_DEGREES} degrees inside it, as the ends of a piece do, so that a piece that reaches an edge
     * ends on it.
     */
    GeoPosition position(double eastingMetres, double northingMetres) {
        double[] lonLat = TransverseMercator.reverse(eastingMetres - UtmCoordinate.FALSE_EASTING_METRES,
                northingMetres);
        return new GeoPosition(snap(meridian() + lonLat[0], westDegrees, eastDegrees),
                snap(lonLat[1], southDegrees, northDegrees));
    }

    private static double snap(double degrees, double least, double most) {
        if (degrees <= least + EDGE_SNAP_DEGREES) {
            return least;
        }
        return degrees >= most - EDGE_SNAP_DEGREES ? most : degrees;
    }

    /** Whether the window holds a grid point of this zone. */
    boolean contains(double eastingMetres, double northingMetres) {
        double[] lonLat = TransverseMercator.reverse(eastingMetres - UtmCoordinate.FALSE_EASTING_METRES,
                northingMetres);
        double lon = meridian() + lonLat[0];
        return lon >= westDegrees && lon <= eastDegrees && lonLat[1] >= southDegrees && lonLat[1] <= northDegrees;
    }

    private double meridian() {
        return UtmCoordinate.centralMeridianDegrees(zone);
    }

    /**
     * The parameters within {@code from..to} where the monotonic {@code f} lies within {@code least..most}, as
     * {@code {first, last}}; null where it never does.
     */
    private static double[] within(DoubleUnaryOperator f, double from, double to, double least, double most) {
        double atFrom = f.applyAsDouble(from);
        double atTo = f.applyAsDouble(to);
        boolean rising = atTo >= atFrom;
        double low = Math.min(atFrom, atTo);
        double high = Math.max(atFrom, atTo);
        if (high < least || low > most) {
            return null;
        }
        double atLeast = low >= least ? (rising ? from : to) : crossing(f, from, to, least, rising);
        double atMost = high <= most ? (rising ? to : from) : crossing(f, from, to, most, rising);
        return new double[] {Math.min(atLeast, atMost), Math.max(atLeast, atMost)};
    }

    /**
     * Where the monotonic {@code f} takes {@code level} within {@code from..to}, to {@value #RESOLUTION_METRES} m, by
     * regula falsi with the Illinois rule (Dowell and Jarratt, 1971): the bracket shrinks from both sides and
     * converges superlinearly, in about ten steps where bisection takes over forty.
     */
    private static double crossing(DoubleUnaryOperator f, double from, double to, double level, boolean rising) {
        double below = rising ? from : to;
        double above = rising ? to : from;
        double belowValue = f.applyAsDouble(below) - level;
        double aboveValue = f.applyAsDouble(above) - level;
        int lastMoved = 0;
        for (int step = 0; step < MOST_STEPS && Math.abs(above - below) > RESOLUTION_METRES; step++) {
            double next = (below * aboveValue - above * belowValue) / (aboveValue - belowValue);
            if (!(Math.min(below, above) < next && next < Math.max(below, above))) {
                next = (below + above) / 2;
            }
            double value = f.applyAsDouble(next) - level;
            if (value < 0) {
                below = next;
                belowValue = value;
                if (lastMoved < 0) {
                    aboveValue /= 2;
                }
                lastMoved = -1;
            } else {
                above = next;
                aboveValue = value;
                if (lastMoved > 0) {
                    belowValue /= 2;
                }
                lastMoved = 1;
            }
        }
        return (below + above) / 2;
    }
}
