package org.hubmap.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The simple look of a view crowded with zones: a grid of {@link Symbology#ZONE_CELL_PIXELS}-pixel cells,
 * anchored to the map, each tinted as the zones over its centre would tint it, one over another in drawing order.
 * A zone too small to hold a cell's centre tints the cell of its name's anchor. Built in one pass over the zones
 * and drawn as one image scaled up, so its cost grows with the cells the zones cover, not with their outlines'
 * pixels. Not thread-safe; one drawing uses one instance.
 */
final class ZoneMosaic {
    private final ScreenFrame frame;
    private final int side = Symbology.ZONE_CELL_PIXELS;
    private final long firstColumn;
    private final long firstRow;
    private final int columns;
    private final int rows;
    private final BufferedImage image;
    /** Premultiplied ARGB of each cell, row by row. */
    private final int[] cells;
    private double[] crossings = new double[16];

    ZoneMosaic(ScreenFrame frame) {
        this.frame = frame;
        this.firstColumn = (long) Math.floor(frame.originX() / side);
        this.firstRow = (long) Math.floor(frame.originY() / side);
        this.columns = (int) Math.ceil(frame.widthPixels() / side) + 1;
        this.rows = (int) Math.ceil(frame.heightPixels() / side) + 1;
        this.image = new BufferedImage(columns, rows, BufferedImage.TYPE_INT_ARGB_PRE);
        this.cells = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** Tints the cells of an area whose anchor is ({@code anchorX}, {@code anchorY}) in world pixels at zoom 0. */
    void add(Geometry world, double anchorX, double anchorY, Color colour) {
        int argb = premultiplied(colour);
        boolean tinted = false;
        for (int i = 0; i < world.getNumGeometries(); i++) {
            if (world.getGeometryN(i) instanceof Polygon polygon) {
                tinted |= addPolygon(polygon, argb);
            }
        }
        if (!tinted) {
            long column = (long) Math.floor(anchorX * frame.scale() / side) - firstColumn;
            long row = (long) Math.floor(anchorY * frame.scale() / side) - firstRow;
            if (column >= 0 && row >= 0 && column < columns && row < rows) {
                tint((int) row * columns + (int) column, argb);
            }
        }
    }

    /** Draws the grid; its cells fall on whole pixels, so the grid keeps its place as the map pans. */
    void paint(Graphics2D g) {
        Object interpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        int x = (int) Math.round(firstColumn * side - frame.originX());
        int y = (int) Math.round(firstRow * side - frame.originY());
        g.drawImage(image, x, y, columns * side, rows * side, null);
        if (interpolation != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        }
    }

    /** Tints the cells whose centres lie inside the polygon (even-odd, so holes stay clear); whether any did. */
    private boolean addPolygon(Polygon polygon, int argb) {
        double scale = frame.scale() / side;
        double minY = polygon.getEnvelopeInternal().getMinY() * scale - firstRow;
        double maxY = polygon.getEnvelopeInternal().getMaxY() * scale - firstRow;
        int top = (int) Math.max(0, Math.ceil(minY - 0.5));
        int bottom = (int) Math.min(rows - 1, Math.floor(maxY - 0.5));
        boolean tinted = false;
        for (int row = top; row <= bottom; row++) {
            double y = row + 0.5;
            int count = crossings(polygon.getExteriorRing().getCoordinateSequence(), y, scale, 0);
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                count = crossings(polygon.getInteriorRingN(i).getCoordinateSequence(), y, scale, count);
            }
            Arrays.sort(crossings, 0, count);
            for (int i = 0; i + 1 < count; i += 2) {
                int from = (int) Math.max(0, Math.ceil(crossings[i] - 0.5));
                int to = (int) Math.min(columns - 1, Math.ceil(crossings[i + 1] - 0.5) - 1);
                for (int column = from; column <= to; column++) {
                    tint(row * columns + column, argb);
                    tinted = true;
                }
            }
        }
        return tinted;
    }

    /** Adds to {@link #crossings} from {@code count} on the columns where a ring crosses the row's centre line. */
    private int crossings(CoordinateSequence ring, double y, double scale, int count) {
        int found = count;
        for (int i = 0; i + 1 < ring.size(); i++) {
            double y0 = ring.getY(i) * scale - firstRow;
            double y1 = ring.getY(i + 1) * scale - firstRow;
            if (y0 <= y && y < y1 || y1 <= y && y < y0) {
                double x0 = ring.getX(i) * scale - firstColumn;
                double x1 = ring.getX(i + 1) * scale - firstColumn;
                if (found == crossings.length) {
                    crossings = Arrays.copyOf(crossings, 2 * found);
                }
                crossings[found++] = x0 + (y - y0) / (y1 - y0) * (x1 - x0);
            }
        }
        return found;
    }

    /** Lays a premultiplied colour over a cell, as Porter and Duff's source-over does. */
    private void tint(int cell, int argb) {
        int under = cells[cell];
        int keep = 255 - (argb >>> 24);
        int result = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            int channel = (argb >>> shift & 0xff) + ((under >>> shift & 0xff) * keep + 127) / 255;
            result |= Math.min(255, channel) << shift;
        }
        cells[cell] = result;
    }

    private static int premultiplied(Color colour) {
        int alpha = colour.getAlpha();
        return alpha << 24 | (colour.getRed() * alpha + 127) / 255 << 16 | (colour.getGreen() * alpha + 127) / 255 << 8
                | (colour.getBlue() * alpha + 127) / 255;
    }
}
