package org.hubmap.sheet;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;

/**
 * Text on a sheet that must keep within its room: set smaller down to a least size when it is too long, then cut
 * short with an ellipsis. Always drawn as text, so that vector documents keep it selectable.
 */
final class SheetText {
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private static final String ELLIPSIS = "\u2026";

    private SheetText() {
    }

    /** Draws {@code line} in its colour, keeping it within its room. */
    static double draw(Graphics2D g, TextLine line, float leastSize) {
        g.setColor(line.colour());
        return draw(g, line.text(), line.font(), leastSize, line.anchorX(), line.baseline(), line.width(),
                line.align());
    }

    /** The width of {@code text} in {@code font}, in map pixels. */
    static double width(String text, Font font) {
        return font.getStringBounds(text, MEASURE).getWidth();
    }

    /**
     * Draws {@code text} on {@code baseline}, aligned to {@code x} (its left end, centre or right end), no wider
     * than {@code room}: in {@code font}, or smaller down to {@code leastSize} pixels, or cut short.
     *
     * @return the width drawn
     */
    static double draw(Graphics2D g, String text, Font font, float leastSize, double x, double baseline,
            double room, TextLine.Align align) {
        Font used = font;
        while (width(text, used) > room && used.getSize2D() > leastSize) {
            used = used.deriveFont(Math.max(leastSize, used.getSize2D() - 0.5f));
        }
        String shown = text;
        while (width(shown, used) > room && shown.length() > 1) {
            shown = shown.substring(0, shown.length() - (shown.endsWith(ELLIPSIS) ? 2 : 1)).stripTrailing()
                    + ELLIPSIS;
        }
        double width = width(shown, used);
        if (width > room) {
            return 0;
        }
        double left = switch (align) {
            case LEFT -> x;
            case CENTRE -> x - width / 2;
            case RIGHT -> x - width;
        };
        g.setFont(used);
        g.drawString(shown, (float) left, (float) baseline);
        return width;
    }
}
