package org.hubmap.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * The MGRS grid that a longitude/latitude extent shows, for drawing over a Web Mercator map: the grid lines of every
 * UTM zone that the extent meets at one spacing (1 km, 10 km or 100 km), the edges of the grid zones, and the names
 * of the 100 km squares. Lines are computed on the exact {@link TransverseMercator}, clipped to their zone's six
 * degrees of longitude and to the extent, and traced with enough vertices to be drawn straight between them (see
 * {@link #of}).
 *
 * <p>Each line is labelled as on military topographic sheets (NGA, "Military Map Reading 201"; the US and NATO
 * 1:50,000 and 1:250,000 series): by its <em>principal digits</em>, the digits of its value that count lines within a
 * 100 km square, which are also the digits a grid reference at that spacing gives. On a 1 km grid those are the 10 km
 * and 1 km digits, on a 10 km grid the 10 km digit alone: easting 324,000 m is {@code 24} and northing 5,591,000 m is
 * {@code 91} on a 1 km grid (Kyiv, {@code 36U UA 2491} to the kilometre), and they are {@code 2} and {@code 9} on a
 * 10 km grid. On a 100 km grid, where the principal digits would all be 0 and the squares' letters name the squares
 * between the lines, a line carries its whole value in kilometres: {@code 300 km}, {@code 5600 km}.
 *
 * <p>The grid covers the northern hemisphere up to 84°N, where UTM ends; parts of an extent south of the equator show
 * no grid. Zones are six degrees of longitude each: the widened zone 32V of Norway and the zones of Svalbard (31X to
 * 37X) are not followed, so north of 56°N between 3°E and 42°E this grid differs from MGRS. Ukraine, in zones 34 to
 * 37 and bands T and U, has no such exception.
 *
 * @param spacingMetres the distance between neighbouring lines, 1,000, 10,000 or 100,000 m
 * @param lines the grid lines, zone by zone from west to east, eastings before northings
 * @param boundaries the zone edges (meridians) and band edges (parallels) within the extent
 * @param squares the 100 km squares, split by band edges, that the extent shows
 */
public record MgrsGrid(double spacingMetres, List<GridLine> lines, List<GridZoneBoundary> boundaries,
        List<GridSquareLabel> squares) {
    /** The spacings of a grid, finest first, in metres. */
    private static final double[] SPACINGS_METRES = {1_000, 10_000, 100_000};
    /** The largest spacing, in metres. */
    private static final double WIDEST_SPACING_METRES = 100_000;
    private static final double ZONE_WIDTH_DEGREES = 6;

    public MgrsGrid {
        requireSpacing(spacingMetres);
        lines = List.copyOf(lines);
        boundaries = List.copyOf(boundaries);
        squares = List.copyOf(squares);
    }

    /**
     * The grid that {@code extent} shows at {@code spacingMetres} (1,000, 10,000 or 100,000), traced for drawing on a
     * Web Mercator map at {@code zoom} (fractional allowed): each line's vertices are close enough that straight
     * lines between them in Web Mercator stay within a quarter pixel of the true grid line at that zoom or any lower
     * one (at a higher zoom the error doubles with each zoom level). A drawing at more than one device pixel per map
     * pixel should pass its zoom plus log2 of that ratio. A tolerance in pixels rather than in metres keeps a 100 km
     * line across Ukraine to a handful of vertices at zoom 7, and a 1 km grid still smooth at zoom 15.
     *
     * @throws IllegalArgumentException if the spacing is not one of the three
     */
    public static MgrsGrid of(GeoBounds extent, double spacingMetres, double zoom) {
        requireSpacing(spacingMetres);
        List<GridLine> lines = new ArrayList<>();
        List<GridSquareLabel> squares = new ArrayList<>();
        for (ZoneWindow window : ZoneWindow.covering(extent)) {
            addEastingLines(window, spacingMetres, zoom, lines);
            addNorthingLines(window, spacingMetres, zoom, lines);
            squares.addAll(GridSquares.within(window));
        }
        return new MgrsGrid(spacingMetres, lines, zoneBoundaries(extent), squares);
    }

    /**
     * The zone edges (meridians) and band edges (parallels) within {@code extent}, north of the equator and up to
     * 84°N: the {@link #boundaries()} of any grid of that extent, without the work of its lines and squares.
     */
    public static List<GridZoneBoundary> zoneBoundaries(GeoBounds extent) {
        double west = Math.max(-180, extent.westLon());
        double east = Math.min(180, extent.eastLon());
        double south = Math.max(0, extent.southLat());
        double north = Math.min(LatitudeBands.NORTH_LIMIT_DEGREES, extent.northLat());
        List<GridZoneBoundary> boundaries = new ArrayList<>();
        if (!(west <= east) || !(south <= north)) {
            return boundaries;
        }
        for (double lon = Math.ceil((west + 180) / ZONE_WIDTH_DEGREES) * ZONE_WIDTH_DEGREES - 180; lon <= east;
                lon += ZONE_WIDTH_DEGREES) {
            boundaries.add(new GridZoneBoundary(GridZoneBoundary.Kind.ZONE_EDGE, lon,
                    List.of(new GeoPosition(lon, south), new GeoPosition(lon, north))));
        }
        for (double lat : bandEdgesDegrees()) {
            if (lat >= south && lat <= north) {
                boundaries.add(new GridZoneBoundary(GridZoneBoundary.Kind.BAND_EDGE, lat,
                        List.of(new GeoPosition(west, lat), new GeoPosition(east, lat))));
            }
        }
        return boundaries;
    }

    /**
     * The finest spacing, of 1 km, 10 km and 100 km, whose lines lie at least {@code minimumPixelsBetweenLines}
     * apart on a map of {@code metresPerPixel} (ground metres per pixel, both positive); 100 km when even those lie
     * closer.
     */
    public static double spacingFor(double metresPerPixel, double minimumPixelsBetweenLines) {
        for (double spacing : SPACINGS_METRES) {
            if (spacing / metresPerPixel >= minimumPixelsBetweenLines) {
                return spacing;
            }
        }
        return WIDEST_SPACING_METRES;
    }

    /**
     * The label of a line at {@code valueMetres} (an easting or northing, a multiple of {@code spacingMetres}), as
     * the class describes: {@code 24} for 324,000 m on a 1 km grid, {@code 2} on a 10 km grid, {@code 300 km} on a
     * 100 km grid.
     */
    static String lineLabel(double valueMetres, double spacingMetres) {
        long metres = Math.round(valueMetres);
        if (spacingMetres == 1_000) {
            return String.format(Locale.ROOT, "%02d", metres / 1_000 % 100);
        }
        if (spacingMetres == 10_000) {
            return Long.toString(metres / 10_000 % 10);
        }
        return metres / 1_000 + " km";
    }

    private static void requireSpacing(double spacingMetres) {
        for (double spacing : SPACINGS_METRES) {
            if (spacing == spacingMetres) {
                return;
            }
        }
        throw new IllegalArgumentException("MGRS grid spacing must be 1000, 10000 or 100000 m: " + spacingMetres);
    }

    private static void addEastingLines(ZoneWindow window, double spacing, double zoom, List<GridLine> lines) {
        double[] range = window.eastingRangeMetres();
        for (double easting = Math.ceil(range[0] / spacing) * spacing; easting <= range[1]; easting += spacing) {
            double value = easting;
            for (double[] piece : window.alongEasting(value)) {
                addLine(window, GridLine.Axis.EASTING, value, spacing, piece, northing -> window.position(value,
                        northing), zoom, lines);
            }
        }
    }

    private static void addNorthingLines(ZoneWindow window, double spacing, double zoom, List<GridLine> lines) {
        double[] range = window.northingRangeMetres();
        for (double northing = Math.ceil(range[0] / spacing) * spacing; northing <= range[1];
                northing += spacing) {
            double value = northing;
            for (double[] piece : window.alongNorthing(value)) {
                addLine(window, GridLine.Axis.NORTHING, value, spacing, piece, easting -> window.position(easting,
                        value), zoom, lines);
            }
        }
    }

    private static void addLine(ZoneWindow window, GridLine.Axis axis, double value, double spacing, double[] piece,
            DoubleFunction<GeoPosition> curve, double zoom, List<GridLine> lines) {
        if (piece[1] - piece[0] > ZoneWindow.RESOLUTION_METRES) {
            lines.add(new GridLine(window.zone(), axis, value, lineLabel(value, spacing),
                    ChordTracer.trace(curve, piece[0], piece[1], zoom)));
        }
    }

    /** The southern edges of the northern bands, from the equator to 72°N, and 84°N where band X ends. */
    private static List<Double> bandEdgesDegrees() {
        List<Double> edges = new ArrayList<>();
        for (int i = LatitudeBands.LETTERS.indexOf('N'); i < LatitudeBands.LETTERS.length(); i++) {
            edges.add(LatitudeBands.southDegrees(LatitudeBands.LETTERS.charAt(i)));
        }
        edges.add(LatitudeBands.NORTH_LIMIT_DEGREES);
        return edges;
    }
}
