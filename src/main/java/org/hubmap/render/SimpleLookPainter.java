package org.hubmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the symbols and zones of a crowded view in the simple looks the {@link Symbology} defines, in a few passes
 * however many features there are: symbols as squares on a grid anchored to the map, one per cell, and zones and
 * protection rings as a {@link ZoneMosaic}, tile by tile. Neither is antialiased: both are whole-pixel cells, and
 * at this density smoothed edges would only blur. Selected features are left to be drawn in full.
 */
final class SimpleLookPainter {
    private static final BasicStroke OUTLINE = new BasicStroke(1f);
    /** The least distance between the vertices kept of a simple zone's outline, in pixels. */
    private static final double VERTEX_STEP_PIXELS = 1;

    private final Graphics2D g;
    private final ScreenFrame frame;

    SimpleLookPainter(Graphics2D g, ScreenFrame frame) {
        this.g = g;
        this.frame = frame;
    }

    /**
     * Draws the unselected symbols of {@code index} at the positions in {@code shown}: of the symbols whose
     * centres fall in one grid cell, the first in label order, which is the one drawn on top in full.
     */
    void paintSymbols(MarkIndex index, BitSet shown) {
        int side = Symbology.SIMPLE_MARK_PIXELS;
        long firstColumn = (long) Math.floor(frame.originX() / side);
        long firstRow = (long) Math.floor(frame.originY() / side);
        int columns = (int) Math.ceil(frame.widthPixels() / side) + 1;
        int rows = (int) Math.ceil(frame.heightPixels() / side) + 1;
        BitSet taken = new BitSet(columns * rows);
        int[] kept = new int[Math.min(shown.cardinality(), columns * rows)];
        int count = 0;
        int left = columns;
        int right = -1;
        int top = rows;
        int bottom = -1;
        for (int i = shown.nextSetBit(0); i >= 0; i = shown.nextSetBit(i + 1)) {
            long colours = index.symbolColours(i);
            if (colours == 0 || index.selected(i)) {
                continue;
            }
            long column = column(index, i, firstColumn);
            long row = row(index, i, firstRow);
            int cell = (int) (row * columns + column);
            if (column < 0 || row < 0 || column >= columns || row >= rows || taken.get(cell)) {
                continue;
            }
            taken.set(cell);
            kept[count++] = i;
            left = Math.min(left, (int) column);
            right = Math.max(right, (int) column);
            top = Math.min(top, (int) row);
            bottom = Math.max(bottom, (int) row);
        }
        if (count == 0) {
            return;
        }
        int width = (right - left + 1) * side;
        int height = (bottom - top + 1) * side;
        // The squares never overlap, so writing them straight into one image loses nothing by not blending them.
        BufferedImage squares = ScratchImage.ofThisThread().cleared(width, height);
        int stride = squares.getWidth();
        int[] pixels = ((DataBufferInt) squares.getRaster().getDataBuffer()).getData();
        for (int k = 0; k < count; k++) {
            long colours = index.symbolColours(kept[k]);
            int frameColour = ZoneMosaic.premultiplied(new Color((int) (colours >>> 32), true));
            int fillColour = ZoneMosaic.premultiplied(new Color((int) colours, true));
            int x0 = (int) (column(index, kept[k], firstColumn) - left) * side;
            int y0 = (int) (row(index, kept[k], firstRow) - top) * side;
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    boolean edge = x == 0 || y == 0 || x == side - 1 || y == side - 1;
                    pixels[(y0 + y) * stride + x0 + x] = edge ? frameColour : fillColour;
                }
            }
        }
        // Whole pixels: every square is shifted alike, so the grid keeps its spacing as the map pans.
        int x = (int) Math.round((firstColumn + left) * side - frame.originX());
        int y = (int) Math.round((firstRow + top) * side - frame.originY());
        g.drawImage(squares, x, y, x + width, y + height, 0, 0, width, height, null);
    }

    /** The grid column of the mark at {@code position}, counted from {@code firstColumn}. */
    private long column(MarkIndex index, int position, long firstColumn) {
        return (long) Math.floor(index.anchorX(position) * frame.scale() / Symbology.SIMPLE_MARK_PIXELS)
                - firstColumn;
    }

    /** The grid row of the mark at {@code position}, counted from {@code firstRow}. */
    private long row(MarkIndex index, int position, long firstRow) {
        return (long) Math.floor(index.anchorY(position) * frame.scale() / Symbology.SIMPLE_MARK_PIXELS)
                - firstRow;
    }

    /**
     * Draws the unselected zones and every protection ring among the marks of {@code index} at the positions in
     * {@code shown}: areas as the {@link ZoneMosaic} cut into {@code tiles}, lines as one-pixel lines in their
     * boundary's colour. When {@code ontoClear}, nothing has been drawn in the frame yet.
     */
    void paintZones(MarkIndex index, BitSet shown, ZoneMosaicTiles tiles, boolean ontoClear) {
        tiles.paint(g, frame, index, shown, ontoClear);
        Map<Color, List<FeatureMark.AreaShape>> lines = new LinkedHashMap<>();
        for (int i = shown.nextSetBit(0); i >= 0; i = shown.nextSetBit(i + 1)) {
            FeatureMark.AreaShape shape = index.simpleShape(i);
            if (shape != null && index.simpleTint(i) == 0) {
                lines.computeIfAbsent(shape.style().boundary().color(), c -> new ArrayList<>()).add(shape);
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        Object antialiasing = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setStroke(OUTLINE);
        for (Map.Entry<Color, List<FeatureMark.AreaShape>> colour : lines.entrySet()) {
            g.setColor(colour.getKey());
            g.draw(outline(colour.getValue()));
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
    }

    /**
     * The outlines of {@code areas} in screen pixels as one path, each vertex less than
     * {@value #VERTEX_STEP_PIXELS} pixels from the last one kept left out. Sized in advance: a path grown a segment
     * at a time is copied over and over once it is large.
     */
    private Path2D outline(List<FeatureMark.AreaShape> areas) {
        int points = 0;
        for (FeatureMark.AreaShape area : areas) {
            points += area.world().getNumPoints();
        }
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, points);
        for (FeatureMark.AreaShape area : areas) {
            GeometryPaths.appendThinned(path, area.world(), frame.scale(), -frame.originX(), -frame.originY(),
                    VERTEX_STEP_PIXELS);
        }
        return path;
    }
}
