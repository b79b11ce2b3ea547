package org.hubmap.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the 100 km MGRS squares that a zone window shows, band by band, and the centre of the part of each that
 * shows. A square that shows whole is labelled at its centre. For a square cut by the window's edges, the rectangle
 * of grid metres where the square and the window's easting and northing ranges overlap is measured on
 * {@value #SAMPLES} by {@value #SAMPLES} points evenly spread over it (the centres of as many small rectangles): the
 * label goes to the mean of the points that lie in the window, or to the point nearest that mean when the mean itself
 * falls outside, so it is always inside the part shown, and inside the square by half a small rectangle at least. A
 * sliver too thin to hold one of those points gets no label.
 */
final class GridSquares {
    private static final int SAMPLES = 8;
    private static final double SQUARE_METRES = MgrsSquares.SQUARE_METRES;

    private GridSquares() {
    }

    /** The squares of {@code window}, band by band from south to north, west to east and south to north in each. */
    static List<GridSquareLabel> within(ZoneWindow window) {
        List<GridSquareLabel> labels = new ArrayList<>();
        char first = LatitudeBands.letterOf(window.southDegrees());
        char last = LatitudeBands.letterOf(window.northDegrees());
        for (int b = LatitudeBands.LETTERS.indexOf(first); b <= LatitudeBands.LETTERS.indexOf(last); b++) {
            char band = LatitudeBands.LETTERS.charAt(b);
            double south = Math.max(window.southDegrees(), LatitudeBands.southDegrees(band));
            double north = Math.min(window.northDegrees(), LatitudeBands.northDegrees(band));
            if (south < north) {
                addSquares(window.withLatitudes(south, north), band, labels);
            }
        }
        return labels;
    }

    private static void addSquares(ZoneWindow part, char band, List<GridSquareLabel> labels) {
        double[] eastings = part.eastingRangeMetres();
        double[] northings = part.northingRangeMetres();
        for (double west = Math.floor(eastings[0] / SQUARE_METRES) * SQUARE_METRES; west < eastings[1];
                west += SQUARE_METRES) {
            for (double south = Math.floor(northings[0] / SQUARE_METRES) * SQUARE_METRES; south < northings[1];
                    south += SQUARE_METRES) {
                GridSquareLabel label = square(part, band, west, south, eastings, northings);
                if (label != null) {
                    labels.add(label);
                }
            }
        }
    }

    /**
     * The label of the square with south-west corner {@code (west, south)} in metres; null if none of it shows.
     * {@code eastings} and {@code northings} are the ranges the window holds.
     */
    private static GridSquareLabel square(ZoneWindow part, char band, double west, double south, double[] eastings,
            double[] northings) {
        int zone = part.zone();
        char column = MgrsSquares.columnLetter(zone, west);
        char row = MgrsSquares.rowLetter(zone, south);
        if (whollyInside(part, west, south)) {
            return new GridSquareLabel(zone, band, column, row,
                    part.position(west + SQUARE_METRES / 2, south + SQUARE_METRES / 2), 1);
        }
        // Only the part of the square within the window's ranges can show; the samples spread over that.
        double fromEasting = Math.max(west, eastings[0]);
        double fromNorthing = Math.max(south, northings[0]);
        double eastingStep = (Math.min(west + SQUARE_METRES, eastings[1]) - fromEasting) / SAMPLES;
        double northingStep = (Math.min(south + SQUARE_METRES, northings[1]) - fromNorthing) / SAMPLES;
        List<double[]> inside = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            for (int j = 0; j < SAMPLES; j++) {
                double easting = fromEasting + (i + 0.5) * eastingStep;
                double northing = fromNorthing + (j + 0.5) * northingStep;
                if (part.contains(easting, northing)) {
                    inside.add(new double[] {easting, northing});
                }
            }
        }
        if (inside.isEmpty()) {
            return null;
        }
        double[] centre = {0, 0};
        for (double[] point : inside) {
            centre[0] += point[0] / inside.size();
            centre[1] += point[1] / inside.size();
        }
        if (!part.contains(centre[0], centre[1])) {
            centre = nearest(inside, centre);
        }
        double sampledShare = eastingStep * northingStep * SAMPLES * SAMPLES / (SQUARE_METRES * SQUARE_METRES);
        return new GridSquareLabel(zone, band, column, row, part.position(centre[0], centre[1]),
                sampledShare * inside.size() / (SAMPLES * SAMPLES));
    }

    /**
     * Whether the whole square with south-west corner {@code (west, south)} lies in the window. Along the square's
     * edges longitude and latitude change monotonically (see {@link ZoneWindow}), except the latitude of its northern
     * edge, which is greatest where the edge crosses the central meridian; so the corners and that point decide.
     */
    private static boolean whollyInside(ZoneWindow part, double west, double south) {
        double east = west + SQUARE_METRES;
        double north = south + SQUARE_METRES;
        boolean cornersInside = part.contains(west, south) && part.contains(east, south)
                && part.contains(west, north) && part.contains(east, north);
        double meridian = UtmCoordinate.FALSE_EASTING_METRES;
        return cornersInside && (west >= meridian || east <= meridian || part.contains(meridian, north));
    }

    private static double[] nearest(List<double[]> points, double[] target) {
        double[] best = points.get(0);
        for (double[] point : points) {
            if (Math.hypot(point[0] - target[0], point[1] - target[1])
                    < Math.hypot(best[0] - target[0], best[1] - target[1])) {
                best = point;
            }
        }
        return best;
    }
}
