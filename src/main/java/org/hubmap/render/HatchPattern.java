package org.hubmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The diagonal hatching over planned zones: lines at 45 degrees, {@value #SPACING_PIXELS} pixels apart across and
 * down, anchored to the map's world pixels (through a phase the caller gives) so that neighbouring zones' hatches
 * line up and keep to the ground as the map pans. Such lines look the same
 * every {@value #SPACING_PIXELS} pixels, so on screen one period, drawn once per colour, is tiled over a zone
 * (much faster than drawing hundreds of long lines through a clip); scaled or vector output gets the lines.
 */
final class HatchPattern {
    /** Distance between hatch lines along either axis, in pixels; a whole number, the pattern's period. */
    static final int SPACING_PIXELS = 7;
    static final BasicStroke STROKE = new BasicStroke(1.25f);
    /** Periods drawn around the one kept, so that it shows the lines exactly as they cross it. */
    private static final int MARGIN_PERIODS = 2;
    private static final Map<Color, TexturePaint> TILES = new ConcurrentHashMap<>();

    private HatchPattern() {
    }

    /** The lines through {@code bounds} (screen pixels), as one path. */
    static Path2D lines(Rectangle2D bounds) {
        return lines(bounds, 0);
    }

    /**
     * The lines through {@code bounds} (screen pixels) where x + y + {@code phasePixels} is a multiple of the
     * spacing, as one path.
     */
    static Path2D lines(Rectangle2D bounds, int phasePixels) {
        Path2D lines = new Path2D.Double();
        double start = Math.floor((bounds.getMinX() + bounds.getMinY() + phasePixels) / SPACING_PIXELS)
                * SPACING_PIXELS - phasePixels;
        for (double c = start; c <= bounds.getMaxX() + bounds.getMaxY(); c += SPACING_PIXELS) {
            lines.moveTo(c - bounds.getMaxY(), bounds.getMaxY());
            lines.lineTo(c - bounds.getMinY(), bounds.getMinY());
        }
        return lines;
    }

    /** The hatching in {@code colour} as a paint whose tiles start at the origin. */
    static TexturePaint paint(Color colour) {
        return TILES.computeIfAbsent(colour, HatchPattern::tile);
    }

    /** The hatching in {@code colour} as a paint with the lines where {@link #lines(Rectangle2D, int)} has them. */
    static TexturePaint paint(Color colour, int phasePixels) {
        TexturePaint tile = paint(colour);
        if (Math.floorMod(phasePixels, SPACING_PIXELS) == 0) {
            return tile;
        }
        // Moving the tiles left by the phase moves every line x + y = c to x + y = c - phase.
        return new TexturePaint(tile.getImage(), new Rectangle2D.Double(-Math.floorMod(phasePixels, SPACING_PIXELS),
                0, SPACING_PIXELS, SPACING_PIXELS));
    }

    private static TexturePaint tile(Color colour) {
        int side = SPACING_PIXELS * (2 * MARGIN_PERIODS + 1);
        BufferedImage patch = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = patch.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(colour);
            g.setStroke(STROKE);
            g.draw(lines(new Rectangle2D.Double(-SPACING_PIXELS, -SPACING_PIXELS, side + 2 * SPACING_PIXELS,
                    side + 2 * SPACING_PIXELS)));
        } finally {
            g.dispose();
        }
        int first = SPACING_PIXELS * MARGIN_PERIODS;
        BufferedImage period = new BufferedImage(SPACING_PIXELS, SPACING_PIXELS, BufferedImage.TYPE_INT_ARGB_PRE);
        period.getRaster().setRect(-first, -first, patch.getRaster().createChild(first, first, SPACING_PIXELS,
                SPACING_PIXELS, first, first, null));
        return new TexturePaint(period, new Rectangle2D.Double(0, 0, SPACING_PIXELS, SPACING_PIXELS));
    }
}
