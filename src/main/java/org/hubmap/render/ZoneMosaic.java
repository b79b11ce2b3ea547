package org.hubmap.render;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import org.locationtech.jts.geom.Envelope;

/**
 * The simple look of zones crowded together, for one stretch of a grid of {@link Symbology#ZONE_CELL_PIXELS}-pixel
 * cells anchored to the map at one scale: each cell tinted as the zones over its centre would tint it, one over
 * another in the order they are added. Built in one pass over the zones' vertices, so its cost grows with their
 * vertices and the cells they cover, not with their outlines' pixels; the cells are then drawn as one image scaled
 * up ({@link ZoneMosaicTiles}). Not thread-safe; one drawing uses one instance.
 */
final class ZoneMosaic {
    /** The most cells across an area traced by its coarse rings. */
    private static final int COARSE_CELLS = 12;
    /** Rows crossing more edges than this are sorted by the library. */
    private static final int INSERTION_SORT_MOST = 24;

    private final ScreenFrame frame;
    private final int side = Symbology.ZONE_CELL_PIXELS;
    private final long firstColumn;
    private final long firstRow;
    private final int columns;
    private final int rows;
    private final BufferedImage image;
    /** Premultiplied ARGB of each cell, row by row. */
    private final int[] cells;
    /** Where rows cross a polygon's edges, in columns, row after row; reused from polygon to polygon. */
    private double[] crossings = new double[64];
    /** Per row of the polygon being added, where its crossings start in {@link #crossings}. */
    private int[] rowStarts = new int[64];
    /** The first row of the polygon being added. */
    private int top;

    /** The cells that meet {@code frame}, at its scale. */
    ZoneMosaic(ScreenFrame frame) {
        this.frame = frame;
        this.firstColumn = (long) Math.floor(frame.originX() / side);
        this.firstRow = (long) Math.floor(frame.originY() / side);
        this.columns = (int) (Math.ceil((frame.originX() + frame.widthPixels()) / side) - firstColumn);
        this.rows = (int) (Math.ceil((frame.originY() + frame.heightPixels()) / side) - firstRow);
        this.image = new BufferedImage(Math.max(1, columns), Math.max(1, rows), BufferedImage.TYPE_INT_ARGB_PRE);
        this.cells = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /**
     * Tints in {@code argb} (premultiplied) the cells whose centres lie inside an area; whether any did. An area
     * at most {@value #COARSE_CELLS} cells across is traced by its coarse rings: at that size the grid cannot show
     * more, and reading every vertex of thousands of zones would cost more than the rest of the drawing.
     */
    boolean add(FeatureMark.AreaShape area, int argb) {
        Envelope envelope = area.envelope();
        double across = Math.max(envelope.getWidth(), envelope.getHeight()) * frame.scale() / side;
        return addRings(across <= COARSE_CELLS ? area.coarseRings() : area.rings(), envelope, argb);
    }

    /** Tints in {@code argb} the cell holding ({@code worldX}, {@code worldY}), world pixels at zoom 0, if any. */
    void tintCellAt(double worldX, double worldY, int argb) {
        long column = (long) Math.floor(worldX * frame.scale() / side) - firstColumn;
        long row = (long) Math.floor(worldY * frame.scale() / side) - firstRow;
        if (column >= 0 && row >= 0 && column < columns && row < rows) {
            tint((int) row * columns + (int) column, argb);
        }
    }

    /**
     * Whether an area holds the centre of any cell of the grid at {@code scale} screen pixels per world pixel at
     * zoom 0, wherever it lies.
     */
    static boolean holdsCellCentre(FeatureMark.AreaShape area, double scale) {
        Envelope e = area.envelope();
        ScreenFrame around = new ScreenFrame(scale, e.getMinX() * scale, e.getMinY() * scale,
                e.getWidth() * scale, e.getHeight() * scale);
        return new ZoneMosaic(around).add(area, 0);
    }

    /** The cells as an image, one pixel per cell; its top-left pixel is the cell holding the frame's origin. */
    BufferedImage image() {
        return image;
    }

    /**
     * Tints the cells whose centres lie inside the rings (even-odd, so holes stay clear); whether any did. Each
     * edge adds where it crosses the centre lines of the rows it spans, so the work grows with the edges and the
     * rows, not with their product.
     */
    private boolean addRings(double[][] rings, Envelope envelope, int argb) {
        double scale = frame.scale() / side;
        top = (int) Math.max(0, Math.ceil(envelope.getMinY() * scale - firstRow - 0.5));
        int bottom = (int) Math.min(rows - 1, Math.floor(envelope.getMaxY() * scale - firstRow - 0.5));
        if (bottom < top) {
            return false;
        }
        int spanned = bottom - top + 1;
        if (rowStarts.length < spanned + 1) {
            rowStarts = new int[2 * spanned + 1];
        }
        Arrays.fill(rowStarts, 0, spanned + 1, 0);
        for (int pass = 0; pass < 2; pass++) {
            for (double[] ring : rings) {
                crossRows(ring, scale, bottom, pass == 1);
            }
            if (pass == 0) {
                // Each row's count, kept in the next row's slot, becomes that next row's start; as crossings are
                // added, each row's slot moves on to its end.
                for (int row = 1; row <= spanned; row++) {
                    rowStarts[row] += rowStarts[row - 1];
                }
                if (crossings.length < rowStarts[spanned]) {
                    crossings = new double[2 * rowStarts[spanned]];
                }
            }
        }
        boolean tinted = false;
        int start = 0;
        for (int row = 0; row < spanned; row++) {
            int end = rowStarts[row];
            sort(start, end);
            for (int i = start; i + 1 < end; i += 2) {
                int from = (int) Math.max(0, Math.ceil(crossings[i] - 0.5));
                int to = (int) Math.min(columns - 1, Math.ceil(crossings[i + 1] - 0.5) - 1);
                for (int column = from; column <= to; column++) {
                    tint((top + row) * columns + column, argb);
                    tinted = true;
                }
            }
            start = end;
        }
        return tinted;
    }

    /**
     * For each edge of a ring, each row from {@link #top} to {@code bottom} whose centre line it crosses: counted
     * in the next row's slot of {@link #rowStarts}, or, when {@code record}, its column added to
     * {@link #crossings} at the row's slot, which then moves on.
     */
    private void crossRows(double[] ring, double scale, int bottom, boolean record) {
        for (int i = 0; i + 3 < ring.length; i += 2) {
            double y0 = ring[i + 1] * scale - firstRow;
            double y1 = ring[i + 3] * scale - firstRow;
            // Rows whose centre r + 0.5 lies in [min, max) of the edge's ends.
            int first = (int) Math.max(top, Math.ceil(Math.min(y0, y1) - 0.5));
            int last = (int) Math.min(bottom, Math.ceil(Math.max(y0, y1) - 0.5) - 1);
            if (first > last) {
                continue;
            }
            double x0 = ring[i] * scale - firstColumn;
            double slope = (ring[i + 2] * scale - firstColumn - x0) / (y1 - y0);
            for (int row = first; row <= last; row++) {
                if (record) {
                    crossings[rowStarts[row - top]++] = x0 + (row + 0.5 - y0) * slope;
                } else {
                    rowStarts[row - top + 1]++;
                }
            }
        }
    }

    /**
     * Sorts the crossings from {@code start} to {@code end}: by insertion, since a row seldom crosses more than a
     * few edges and a library sort's setup would cost more than the sorting.
     */
    private void sort(int start, int end) {
        if (end - start > INSERTION_SORT_MOST) {
            Arrays.sort(crossings, start, end);
            return;
        }
        for (int i = start + 1; i < end; i++) {
            double x = crossings[i];
            int j = i - 1;
            while (j >= start && crossings[j] > x) {
                crossings[j + 1] = crossings[j];
                j--;
            }
            crossings[j + 1] = x;
        }
    }

    /** Lays a premultiplied colour over a cell, as Porter and Duff's source-over does, two channels at a time. */
    private void tint(int cell, int argb) {
        int under = cells[cell];
        int keep = 255 - (argb >>> 24);
        int redBlue = (under & 0x00ff00ff) * keep + 0x00800080;
        redBlue = (redBlue + (redBlue >>> 8 & 0x00ff00ff)) >>> 8 & 0x00ff00ff;
        int alphaGreen = (under >>> 8 & 0x00ff00ff) * keep + 0x00800080;
        alphaGreen = alphaGreen + (alphaGreen >>> 8 & 0x00ff00ff) & 0xff00ff00;
        cells[cell] = argb + (redBlue | alphaGreen);
    }

    /** {@code colour} as premultiplied ARGB. */
    static int premultiplied(Color colour) {
        int alpha = colour.getAlpha();
        return alpha << 24 | (colour.getRed() * alpha + 127) / 255 << 16 | (colour.getGreen() * alpha + 127) / 255 << 8
                | (colour.getBlue() * alpha + 127) / 255;
    }
}
