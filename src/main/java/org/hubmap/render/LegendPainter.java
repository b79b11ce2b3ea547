package org.hubmap.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Dimension2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Draws a {@link Legend} onto any {@link Graphics2D}: the legend panel on screen and the legend box of every export
 * use this one drawing, with the symbols and zone styles drawn by the same code as the map's.
 */
public final class LegendPainter {
    private static final Font TITLE_FONT = MapFonts.of(Font.BOLD, 13f);
    private static final Font SECTION_FONT = MapFonts.of(Font.BOLD, 11f);
    private static final Font ENTRY_FONT = MapFonts.of(Font.PLAIN, 11f);
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private static final double PADDING = 10;
    private static final double SWATCH_WIDTH = 44;
    private static final double ROW_HEIGHT = 30;
    private static final double NATION_ROW_HEIGHT = 17;
    private static final double SECTION_GAP = 8;
    private static final double TITLE_HEIGHT = 20;
    private static final double SECTION_TITLE_HEIGHT = 17;

    private LegendPainter() {
    }

    /** The legend's width and height in pixels. */
    public static Dimension2D size(Legend legend) {
        double width = TITLE_FONT.getStringBounds("Legend", MEASURE).getWidth();
        double height = PADDING + TITLE_HEIGHT;
        for (Legend.Section section : legend.sections()) {
            width = Math.max(width, SECTION_FONT.getStringBounds(section.title(), MEASURE).getWidth());
            height += SECTION_GAP + SECTION_TITLE_HEIGHT;
            for (Legend.Entry entry : section.entries()) {
                width = Math.max(width, SWATCH_WIDTH + 8 + ENTRY_FONT.getStringBounds(entry.text(), MEASURE)
                        .getWidth());
                height += entry instanceof Legend.NationEntry ? NATION_ROW_HEIGHT : ROW_HEIGHT;
            }
        }
        Dimension2D size = new java.awt.Dimension();
        size.setSize(Math.ceil(width + 2 * PADDING), Math.ceil(height + PADDING));
        return size;
    }

    /** Draws the legend with its top-left corner at ({@code x}, {@code y}), on its own background. */
    public static void paint(Graphics2D g, Legend legend, double x, double y) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Dimension2D size = size(legend);
        Rectangle2D box = new Rectangle2D.Double(x, y, size.getWidth(), size.getHeight());
        g.setColor(Symbology.LEGEND_BACKGROUND);
        g.fill(box);
        g.setColor(Symbology.LEGEND_BORDER);
        g.setStroke(new BasicStroke(1f));
        g.draw(box);
        double left = x + PADDING;
        double top = y + PADDING;
        g.setColor(Symbology.LEGEND_TEXT);
        g.setFont(TITLE_FONT);
        g.drawString("Legend", (float) left, (float) (top + 13));
        top += TITLE_HEIGHT;
        for (Legend.Section section : legend.sections()) {
            top += SECTION_GAP;
            g.setColor(Symbology.LEGEND_TEXT);
            g.setFont(SECTION_FONT);
            g.drawString(section.title(), (float) left, (float) (top + 12));
            top += SECTION_TITLE_HEIGHT;
            for (Legend.Entry entry : section.entries()) {
                double rowHeight = entry instanceof Legend.NationEntry ? NATION_ROW_HEIGHT : ROW_HEIGHT;
                paintSwatch(g, entry, left, top, rowHeight);
                g.setColor(Symbology.LEGEND_TEXT);
                g.setFont(ENTRY_FONT);
                g.drawString(entry.text(), (float) (left + SWATCH_WIDTH + 8), (float) (top + rowHeight / 2 + 4));
                top += rowHeight;
            }
        }
    }

    /** The legend drawn into a new image at {@code scale} device pixels per pixel, for screens and documents. */
    public static BufferedImage image(Legend legend, double scale) {
        Dimension2D size = size(legend);
        BufferedImage image = new BufferedImage((int) Math.ceil(size.getWidth() * scale),
                (int) Math.ceil(size.getHeight() * scale), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            paint(g, legend, 0, 0);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void paintSwatch(Graphics2D g, Legend.Entry entry, double left, double top, double rowHeight) {
        double centreX = left + SWATCH_WIDTH / 2;
        double centreY = top + rowHeight / 2;
        AffineTransform saved = g.getTransform();
        if (entry instanceof Legend.SymbolEntry symbol) {
            FeaturePainter.paintSymbol(g, centreX, centreY, symbol.style(), "", false);
        } else if (entry instanceof Legend.AreaEntry area) {
            Rectangle2D within = new Rectangle2D.Double(left, top + 4, SWATCH_WIDTH, rowHeight - 8);
            if (area.circle()) {
                double r = within.getHeight() / 2;
                FeaturePainter.paintArea(g, new Ellipse2D.Double(centreX - r, centreY - r, 2 * r, 2 * r), true,
                        area.style(), false, within);
                FeaturePainter.paintCentreMark(g, centreX, centreY, area.style());
            } else {
                Rectangle2D swatch = new Rectangle2D.Double(left + 3, top + 5, SWATCH_WIDTH - 6, rowHeight - 10);
                FeaturePainter.paintArea(g, swatch, true, area.style(), false, within);
            }
        } else if (entry instanceof Legend.NationEntry nation) {
            LabelText code = NationCode.text(nation.code());
            g.translate(centreX - code.bounds().centerX(), centreY - code.capMiddleY());
            code.paint(g, true);
        }
        g.setTransform(saved);
    }
}
