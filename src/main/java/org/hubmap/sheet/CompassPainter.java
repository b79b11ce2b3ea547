package org.hubmap.sheet;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.hubmap.geo.ScaleBarSpec;
import org.hubmap.render.MapFonts;
import org.hubmap.render.MapViewport;

/**
 * The north arrow and the scale bar of a sheet, side by side. On a Web Mercator map north is straight up
 * everywhere, so the arrow points up; the scale bar is true on the WGS84 ellipsoid along the parallel through the
 * map's centre, and says so.
 */
final class CompassPainter {
    private static final double ARROW_WIDTH = 36;
    private static final double GAP = 14;
    private static final double BAR_HEIGHT = 6;
    private static final Font LETTER_FONT = MapFonts.of(Font.BOLD, 14f);
    private static final Font TICK_FONT = MapFonts.of(Font.PLAIN, 10f);
    private static final Font NOTE_FONT = MapFonts.of(Font.PLAIN, 9.5f);
    private static final BasicStroke OUTLINE = new BasicStroke(1f);

    private CompassPainter() {
    }

    static void paint(Graphics2D g, MapViewport view, Rectangle2D room) {
        paintArrow(g, room.getMinX() + ARROW_WIDTH / 2, room.getMinY(), room.getHeight());
        double left = room.getMinX() + ARROW_WIDTH + GAP;
        // Room for half of the last number past the bar's end.
        double barRoom = room.getMaxX() - left - 24;
        ScaleBarSpec bar = scaleBar(view, barRoom);
        paintBar(g, bar, left, room.getMinY() + 26);
        g.setColor(SheetPainter.QUIET_INK);
        SheetText.draw(g, String.format(Locale.ROOT, "True to scale at %.1f\u00b0%s", Math.abs(view.centerLat()),
                view.centerLat() >= 0 ? "N" : "S"), NOTE_FONT, 7f, left, room.getMinY() + 52,
                room.getMaxX() - left, TextLine.Align.LEFT);
    }

    /** The longest round ground length whose bar fits in {@code roomPixels} at the map's centre. */
    static ScaleBarSpec scaleBar(MapViewport view, double roomPixels) {
        return ScaleBarSpec.fit(view.centerLat(), view.zoom(), roomPixels);
    }

    private static void paintArrow(Graphics2D g, double centreX, double top, double height) {
        g.setColor(SheetPainter.INK);
        SheetText.draw(g, "N", LETTER_FONT, 10f, centreX, top + 15, ARROW_WIDTH, TextLine.Align.CENTRE);
        double tip = top + 20;
        double base = top + Math.min(height, 70) - 4;
        double half = 10;
        Path2D left = new Path2D.Double();
        left.moveTo(centreX, tip);
        left.lineTo(centreX - half, base);
        left.lineTo(centreX, base - 10);
        left.closePath();
        Path2D right = new Path2D.Double();
        right.moveTo(centreX, tip);
        right.lineTo(centreX + half, base);
        right.lineTo(centreX, base - 10);
        right.closePath();
        g.fill(left);
        g.setColor(SheetPainter.PAPER);
        g.fill(right);
        g.setColor(SheetPainter.INK);
        g.setStroke(OUTLINE);
        g.draw(left);
        g.draw(right);
    }

    /** Alternate dark and light segments, with the ground lengths above their ends. */
    private static void paintBar(Graphics2D g, ScaleBarSpec bar, double left, double top) {
        int segments = segments(bar.lengthMetres());
        double step = bar.lengthPixels() / segments;
        boolean km = bar.lengthMetres() >= 1000;
        for (int i = 0; i < segments; i++) {
            Rectangle2D segment = new Rectangle2D.Double(left + i * step, top, step, BAR_HEIGHT);
            g.setColor(i % 2 == 0 ? SheetPainter.INK : SheetPainter.PAPER);
            g.fill(segment);
            g.setColor(SheetPainter.INK);
            g.setStroke(OUTLINE);
            g.draw(segment);
        }
        g.setColor(SheetPainter.INK);
        for (int i = 0; i <= segments; i += segments == 4 ? 2 : segments == 5 ? 5 : 1) {
            double metres = bar.lengthMetres() * i / segments;
            String text = number(km ? metres / 1000 : metres) + (i == segments ? (km ? " km" : " m") : "");
            double x = left + i * step;
            if (i == segments) {
                SheetText.draw(g, text, TICK_FONT, 7f, x - 6, top - 4, 60, TextLine.Align.LEFT);
            } else {
                SheetText.draw(g, text, TICK_FONT, 7f, x, top - 4, 60, TextLine.Align.CENTRE);
            }
        }
    }

    /** Segments of a round length: 1 and 5 split into five, 2 into four. */
    static int segments(double lengthMetres) {
        double leading = lengthMetres / Math.pow(10, Math.floor(Math.log10(lengthMetres) + 1e-9));
        return Math.abs(leading - 2) < 1e-6 ? 4 : 5;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString(Math.round(value))
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
