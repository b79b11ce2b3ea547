package org.hubmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hubmap.geo.GeoBounds;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.GridLine;
import org.hubmap.geo.GridSquareLabel;
import org.hubmap.geo.GridZoneBoundary;
import org.hubmap.geo.MgrsGrid;
import org.hubmap.geo.WebMercator;

/**
 * Draws the MGRS grid of a map view onto any {@link Graphics2D}, for screen and export alike: thin grid lines at the
 * finest spacing of 1 km, 10 km and 100 km whose lines lie at least {@value #PIXELS_BETWEEN_LINES} pixels apart at the
 * view's centre, heavier grid zone edges, the lines' labels ({@link MgrsGrid} says how they read) just inside the
 * view's edges, eastings along the top and bottom and northings along the left and right, and on 100 km and 10 km
 * grids the names of the 100 km squares at the middle of what shows of each. Text is drawn as text, so vector exports
 * keep it as text.
 *
 * <p>Labels never overlap: along each edge a label that would meet one placed before it is left out, and a square's
 * name is left out where it would meet an edge label or not lie wholly inside its square. When even 100 km lines
 * would come closer than {@value #FEWEST_PIXELS_BETWEEN_100KM_LINES} pixels, only the zone edges are drawn.
 */
public final class MgrsGridPainter {
    /** The spacing chosen is the finest whose lines lie at least this many pixels apart at the view's centre. */
    static final double PIXELS_BETWEEN_LINES = 70;
    /** Below this many pixels between 100 km lines the grid would be a smudge: only zone edges are drawn. */
    static final double FEWEST_PIXELS_BETWEEN_100KM_LINES = 40;

    private static final Color LINE_COLOUR = BasemapStyle.GRID_LINE;
    /** Width of grid lines, in pixels. */
    private static final float LINE_WIDTH_PIXELS = 0.8f;
    private static final Color BOUNDARY_COLOUR = BasemapStyle.GRID_ZONE_EDGE;
    /** Width of grid zone edges, in pixels. */
    private static final float BOUNDARY_WIDTH_PIXELS = 1.6f;
    private static final Color EDGE_LABEL_COLOUR = BasemapStyle.GRID_LABEL;
    /** Size of the line labels' font, in pixels. */
    private static final float EDGE_LABEL_FONT_PIXELS = 11f;
    private static final Color PLATE_COLOUR = BasemapStyle.GRID_LABEL_PLATE;
    /** Space between a label's letters and the edge of its plate, in pixels. */
    private static final double PLATE_PADDING_PIXELS = 2;
    /** Corner diameter of the plates, in pixels. */
    private static final double PLATE_CORNER_PIXELS = 4;
    /** Space between the view's edge and a label's plate, in pixels. */
    private static final double EDGE_INSET_PIXELS = 2;
    /** Least space between two labels' plates, in pixels. */
    private static final double LABEL_GAP_PIXELS = 4;
    private static final Color SQUARE_LABEL_COLOUR = BasemapStyle.GRID_SQUARE_NAME;
    /** Size of the square names' bold font, in pixels. */
    private static final float SQUARE_LABEL_FONT_PIXELS = 12f;
    /** Free space a square's name keeps inside its square, so that it never squeezes against the square's lines. */
    private static final double SQUARE_LABEL_MARGIN_PIXELS = 6;
    /**
     * A square is named only where this many times its name's width is free of the square's edges on every side of
     * the name: squares barely wider than their names would fill the map with letters.
     */
    private static final double SQUARE_ROOM_PER_NAME_WIDTH = 0.6;
    /** The finest spacing, in metres, whose grid still shows the names of 100 km squares. */
    private static final double FINEST_SPACING_WITH_SQUARE_NAMES_METRES = 10_000;
    /** A line's end within this many pixels of the view's edge reaches it. */
    private static final double AT_EDGE_PIXELS = 0.5;

    private static final Font EDGE_LABEL_FONT = MapFonts.of(Font.PLAIN, EDGE_LABEL_FONT_PIXELS);
    private static final Font SQUARE_LABEL_FONT = MapFonts.of(Font.BOLD, SQUARE_LABEL_FONT_PIXELS);
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private MgrsGridPainter() {
    }

    /**
     * Draws the grid of {@code view} onto {@code g}, whose origin is the view's top-left corner and whose units are
     * the view's pixels: its lines and square names, then the labels along the edges. Leaves {@code g} as it found
     * it: transform, clip, colour, stroke, font and hints.
     */
    public static void paint(Graphics2D g, MapViewport view) {
        Drawing drawing = prepare(g, view);
        drawing.paintLines(g);
        drawing.paintEdgeLabels(g);
    }

    /**
     * The grid of {@code view} worked out once for drawing onto {@code g} in two layers: the lines and square names
     * under the map's features, the edge labels over them. A scale in {@code g}'s transform (as when printing at
     * more dots per pixel) makes the lines follow the grid more closely to match.
     */
    public static Drawing prepare(Graphics2D g, MapViewport view) {
        double spacing = spacingFor(view);
        if (spacing / metresPerPixel(view) < FEWEST_PIXELS_BETWEEN_100KM_LINES) {
            return new Drawing(view, null, MgrsGrid.zoneBoundaries(extentOf(view)), List.of(), List.of());
        }
        double deviceScale = Math.sqrt(Math.abs(g.getTransform().getDeterminant()));
        double zoom = view.zoom() + (deviceScale > 1 ? Math.log(deviceScale) / Math.log(2) : 0);
        MgrsGrid grid = MgrsGrid.of(extentOf(view), spacing, zoom);
        List<GridText> edgeLabels = edgeLabels(grid, view);
        return new Drawing(view, grid, grid.boundaries(), edgeLabels, squareLabels(grid, view, edgeLabels));
    }

    /** A grid ready to draw, in its two layers. */
    public static final class Drawing {
        private final MapViewport view;
        private final MgrsGrid grid;
        private final List<GridZoneBoundary> boundaries;
        private final List<GridText> edgeLabels;
        private final List<GridText> squareLabels;

        private Drawing(MapViewport view, MgrsGrid grid, List<GridZoneBoundary> boundaries, List<GridText> edgeLabels,
                List<GridText> squareLabels) {
            this.view = view;
            this.grid = grid;
            this.boundaries = boundaries;
            this.edgeLabels = edgeLabels;
            this.squareLabels = squareLabels;
        }

        /** The grid's lines, the grid zones' edges and the names of the 100 km squares; leaves {@code g} as found. */
        public void paintLines(Graphics2D g) {
            Graphics2D copy = prepared(g);
            try {
                if (grid != null) {
                    copy.setColor(LINE_COLOUR);
                    copy.setStroke(new BasicStroke(LINE_WIDTH_PIXELS, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
                    for (GridLine line : grid.lines()) {
                        copy.draw(path(line.vertices(), view));
                    }
                }
                paintBoundaries(copy, boundaries, view);
                paintSquareLabels(copy, squareLabels);
            } finally {
                copy.dispose();
            }
        }

        /** The values of the lines along the view's edges, on light plates; leaves {@code g} as found. */
        public void paintEdgeLabels(Graphics2D g) {
            Graphics2D copy = prepared(g);
            try {
                MgrsGridPainter.paintEdgeLabels(copy, edgeLabels);
            } finally {
                copy.dispose();
            }
        }

        private static Graphics2D prepared(Graphics2D g) {
            Graphics2D copy = (Graphics2D) g.create();
            copy.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            copy.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            copy.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            return copy;
        }
    }

    /** The grid spacing for {@code view}: as {@link MgrsGrid#spacingFor}, at the scale of the view's centre. */
    static double spacingFor(MapViewport view) {
        return MgrsGrid.spacingFor(metresPerPixel(view), PIXELS_BETWEEN_LINES);
    }

    /** The longitudes and latitudes the view shows, within the ones that exist. */
    static GeoBounds extentOf(MapViewport view) {
        return new GeoBounds(Math.max(-180, view.lonAt(0)), view.latAt(view.heightPixels()),
                Math.min(180, view.lonAt(view.widthPixels())), view.latAt(0));
    }

    private static double metresPerPixel(MapViewport view) {
        return WebMercator.metresPerPixel(view.centerLat(), view.zoom());
    }

    private static void paintBoundaries(Graphics2D g, List<GridZoneBoundary> boundaries, MapViewport view) {
        g.setColor(BOUNDARY_COLOUR);
        g.setStroke(new BasicStroke(BOUNDARY_WIDTH_PIXELS, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        for (GridZoneBoundary boundary : boundaries) {
            g.draw(path(boundary.vertices(), view));
        }
    }

    private static Path2D path(List<GeoPosition> vertices, MapViewport view) {
        Path2D.Double path = new Path2D.Double();
        GeoPosition first = vertices.get(0);
        path.moveTo(view.screenX(first.lonDegrees()), view.screenY(first.latDegrees()));
        for (GeoPosition vertex : vertices.subList(1, vertices.size())) {
            path.lineTo(view.screenX(vertex.lonDegrees()), view.screenY(vertex.latDegrees()));
        }
        return path;
    }

    /**
     * The labels of the lines that reach the view's edges, inside the view: eastings centred on their line along the
     * top and then the bottom, northings centred on theirs along the left and then the right, each edge taken in
     * order along it. A label that would not fit inside the view or would come within {@value #LABEL_GAP_PIXELS}
     * pixels of one already placed is left out, so no two overlap.
     */
    static List<GridText> edgeLabels(MgrsGrid grid, MapViewport view) {
        double capHeight = LabelText.capHeight(EDGE_LABEL_FONT);
        double width = view.widthPixels();
        double height = view.heightPixels();
        double topBaseline = EDGE_INSET_PIXELS + PLATE_PADDING_PIXELS + capHeight;
        double bottomBaseline = height - EDGE_INSET_PIXELS - PLATE_PADDING_PIXELS;
        List<List<GridText>> edges = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        for (GridLine line : grid.lines()) {
            double textWidth = EDGE_LABEL_FONT.getStringBounds(line.label(), MEASURE).getWidth();
            for (GeoPosition end : List.of(line.vertices().get(0), line.vertices().get(line.vertices().size() - 1))) {
                double x = view.screenX(end.lonDegrees());
                double y = view.screenY(end.latDegrees());
                if (line.axis() == GridLine.Axis.EASTING) {
                    if (Math.abs(y) <= AT_EDGE_PIXELS) {
                        edges.get(0).add(text(line.label(), x - textWidth / 2, topBaseline, textWidth, capHeight));
                    } else if (Math.abs(y - height) <= AT_EDGE_PIXELS) {
                        edges.get(1).add(text(line.label(), x - textWidth / 2, bottomBaseline, textWidth,
                                capHeight));
                    }
                } else if (Math.abs(x) <= AT_EDGE_PIXELS) {
                    edges.get(2).add(text(line.label(), EDGE_INSET_PIXELS + PLATE_PADDING_PIXELS,
                            y + capHeight / 2, textWidth, capHeight));
                } else if (Math.abs(x - width) <= AT_EDGE_PIXELS) {
                    edges.get(3).add(text(line.label(), width - EDGE_INSET_PIXELS - PLATE_PADDING_PIXELS
                            - textWidth, y + capHeight / 2, textWidth, capHeight));
                }
            }
        }
        List<GridText> placed = new ArrayList<>();
        for (List<GridText> edge : edges) {
            edge.sort(Comparator.comparingDouble((GridText t) -> t.plate().centerX())
                    .thenComparingDouble(t -> t.plate().centerY()));
            for (GridText label : edge) {
                if (insideView(label.plate(), view) && isFree(label.plate(), placed)) {
                    placed.add(label);
                }
            }
        }
        return placed;
    }

    /**
     * The names of the 100 km squares on a grid of 100 km or 10 km, centred on the middle of what shows of each
     * square, where a name lies inside the view, inside its own square and zone with
     * {@value #SQUARE_LABEL_MARGIN_PIXELS} pixels to spare, and clear of {@code taken} and of the names placed before
     * it.
     */
    static List<GridText> squareLabels(MgrsGrid grid, MapViewport view, List<GridText> taken) {
        List<GridText> placed = new ArrayList<>();
        if (grid.spacingMetres() < FINEST_SPACING_WITH_SQUARE_NAMES_METRES) {
            return placed;
        }
        double capHeight = LabelText.capHeight(SQUARE_LABEL_FONT);
        List<GridText> occupied = new ArrayList<>(taken);
        for (GridSquareLabel square : grid.squares()) {
            String name = square.text();
            double textWidth = SQUARE_LABEL_FONT.getStringBounds(name, MEASURE).getWidth();
            double x = view.screenX(square.position().lonDegrees()) - textWidth / 2;
            double baseline = view.screenY(square.position().latDegrees()) + capHeight / 2;
            GridText label = text(name, x, baseline, textWidth, capHeight);
            if (insideView(label.plate(), view) && isFree(label.plate(), occupied)
                    && withinSquare(label.plate().grown(Math.max(SQUARE_LABEL_MARGIN_PIXELS,
                            SQUARE_ROOM_PER_NAME_WIDTH * textWidth)), square, view)) {
                placed.add(label);
                occupied.add(label);
            }
        }
        return placed;
    }

    /** Whether every corner of {@code box} lies in {@code square}. */
    private static boolean withinSquare(PixelBox box, GridSquareLabel square, MapViewport view) {
        for (double x : new double[] {box.minX(), box.maxX()}) {
            for (double y : new double[] {box.minY(), box.maxY()}) {
                if (!square.holds(view.lonAt(x), view.latAt(y))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static GridText text(String text, double x, double baseline, double textWidth, double capHeight) {
        PixelBox letters = new PixelBox(x, baseline - capHeight, x + textWidth, baseline);
        return new GridText(text, x, baseline, letters.grown(PLATE_PADDING_PIXELS));
    }

    private static boolean insideView(PixelBox box, MapViewport view) {
        return box.minX() >= 0 && box.minY() >= 0 && box.maxX() <= view.widthPixels()
                && box.maxY() <= view.heightPixels();
    }

    private static boolean isFree(PixelBox box, List<GridText> placed) {
        PixelBox reach = box.grown(LABEL_GAP_PIXELS / 2);
        for (GridText other : placed) {
            if (other.plate().grown(LABEL_GAP_PIXELS / 2).intersects(reach)) {
                return false;
            }
        }
        return true;
    }

    private static void paintEdgeLabels(Graphics2D g, List<GridText> labels) {
        g.setFont(EDGE_LABEL_FONT);
        for (GridText label : labels) {
            PixelBox plate = label.plate();
            g.setColor(PLATE_COLOUR);
            g.fill(new RoundRectangle2D.Double(plate.minX(), plate.minY(), plate.width(), plate.height(),
                    PLATE_CORNER_PIXELS, PLATE_CORNER_PIXELS));
            g.setColor(EDGE_LABEL_COLOUR);
            g.drawString(label.text(), (float) label.x(), (float) label.baselineY());
        }
    }

    private static void paintSquareLabels(Graphics2D g, List<GridText> labels) {
        g.setFont(SQUARE_LABEL_FONT);
        g.setColor(SQUARE_LABEL_COLOUR);
        for (GridText label : labels) {
            g.drawString(label.text(), (float) label.x(), (float) label.baselineY());
        }
    }

    /**
     * A label placed on the view: its text, the start of its baseline in view pixels, and the box it takes, its
     * plate's when it has one, which holds its letters with {@value #PLATE_PADDING_PIXELS} pixels to spare.
     */
    record GridText(String text, double x, double baselineY, PixelBox plate) {
    }
}
