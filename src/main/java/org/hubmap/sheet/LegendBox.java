package org.hubmap.sheet;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import org.hubmap.render.Legend;
import org.hubmap.render.LegendPainter;
import org.hubmap.render.MapFonts;
import org.hubmap.render.MapOutput;

/**
 * The legend in its room on a sheet: in as many columns (up to four) as let it be drawn largest, and smaller than
 * on screen only when it cannot fit otherwise, so that it is never cut off.
 */
final class LegendBox {
    private static final int MOST_COLUMNS = 4;
    private static final Font NOTE_FONT = MapFonts.of(Font.ITALIC, 11f);

    private LegendBox() {
    }

    /** How the legend fits {@code room}: its columns and the scale it is drawn at, at most 1. */
    record Fit(int columns, double scale, Dimension2D size) {
    }

    static Fit fit(Legend legend, Rectangle2D room) {
        Fit best = null;
        for (int columns = 1; columns <= MOST_COLUMNS; columns++) {
            Dimension2D size = LegendPainter.size(legend, columns);
            double scale = Math.min(1, Math.min(room.getWidth() / size.getWidth(),
                    room.getHeight() / size.getHeight()));
            if (best == null || scale > best.scale() + 1e-9) {
                best = new Fit(columns, scale, size);
            }
        }
        return best;
    }

    static void paint(Graphics2D g, Legend legend, Rectangle2D room, MapOutput output) {
        if (legend.isEmpty()) {
            g.setColor(SheetPainter.QUIET_INK);
            SheetText.draw(g, "No hubs, depots or zones on this map", NOTE_FONT, 7f, room.getMinX(),
                    room.getMinY() + 14, room.getWidth(), TextLine.Align.LEFT);
            return;
        }
        Fit fit = fit(legend, room);
        AffineTransform saved = g.getTransform();
        g.translate(room.getMinX(), room.getMinY());
        g.scale(fit.scale(), fit.scale());
        LegendPainter.paint(g, legend, 0, 0, fit.columns(), output);
        g.setTransform(saved);
    }
}
