package org.hubmap.sheet;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.hubmap.render.MapFonts;
import org.hubmap.render.MapViewport;

/**
 * An atlas's index page: each sheet's ground outlined on the map with its number, and the sheets listed by number
 * and name where other sheets have their legend.
 */
final class IndexPainter {
    private static final Color OUTLINE = new Color(0xc8102e);
    private static final BasicStroke OUTLINE_LINE = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {6f, 3f}, 0f);
    private static final Font NUMBER_FONT = MapFonts.of(Font.BOLD, 12f);
    private static final Font ROW_FONT = MapFonts.of(Font.PLAIN, 11f);
    private static final Font HEADING_FONT = MapFonts.of(Font.BOLD, 13f);
    private static final double ROW_HEIGHT = 17;
    private static final double HEADING_HEIGHT = 24;
    private static final double COLUMN_GAP = 12;
    private static final double LEAST_COLUMN_WIDTH = 150;

    private IndexPainter() {
    }

    /** Outlines every sheet's ground on the map, in the map's pixels. */
    static void paintOutlines(Graphics2D g, MapViewport view, List<Sheet.IndexEntry> entries) {
        g.setStroke(OUTLINE_LINE);
        for (Sheet.IndexEntry entry : entries) {
            Rectangle2D ground = OverviewPainter.extentOn(view, entry.ground());
            g.setColor(OUTLINE);
            g.draw(ground);
            String number = Integer.toString(entry.number());
            double width = SheetText.width(number, NUMBER_FONT);
            Rectangle2D plate = new Rectangle2D.Double(ground.getMinX() + 2, ground.getMinY() + 2, width + 8, 17);
            g.setColor(SheetPainter.PAPER);
            g.fill(plate);
            g.setColor(OUTLINE);
            SheetText.draw(g, number, NUMBER_FONT, 8f, plate.getMinX() + 4, plate.getMaxY() - 4, width + 1,
                    TextLine.Align.LEFT);
        }
    }

    /** Lists the sheets in {@code room}, in as many columns as they need, smaller only when they cannot fit. */
    static void paintList(Graphics2D g, List<Sheet.IndexEntry> entries, Rectangle2D room) {
        g.setColor(SheetPainter.INK);
        SheetText.draw(g, "Sheets", HEADING_FONT, 9f, room.getMinX(), room.getMinY() + 15, room.getWidth(),
                TextLine.Align.LEFT);
        int perColumn = Math.max(1, (int) ((room.getHeight() - HEADING_HEIGHT) / ROW_HEIGHT));
        int columns = (entries.size() + perColumn - 1) / perColumn;
        double columnWidth = columns == 0 ? room.getWidth()
                : Math.max(LEAST_COLUMN_WIDTH, (room.getWidth() - (columns - 1) * COLUMN_GAP) / columns);
        double scale = Math.min(1, room.getWidth() / (columns * columnWidth + (columns - 1) * COLUMN_GAP));
        for (int i = 0; i < entries.size(); i++) {
            int column = i / perColumn;
            double x = room.getMinX() + column * (columnWidth + COLUMN_GAP) * scale;
            double baseline = room.getMinY() + HEADING_HEIGHT + (i % perColumn + 1) * ROW_HEIGHT - 4;
            Sheet.IndexEntry entry = entries.get(i);
            g.setColor(OUTLINE);
            SheetText.draw(g, Integer.toString(entry.number()), NUMBER_FONT.deriveFont(NUMBER_FONT.getSize2D()
                    * (float) scale), 6f, x + 22 * scale, baseline, 22 * scale, TextLine.Align.RIGHT);
            g.setColor(SheetPainter.INK);
            SheetText.draw(g, entry.name(), ROW_FONT.deriveFont(ROW_FONT.getSize2D() * (float) scale), 6f,
                    x + 30 * scale, baseline, (columnWidth - 30) * scale, TextLine.Align.LEFT);
        }
    }
}
