package org.hubmap.sheet;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.hubmap.render.Basemap;
import org.hubmap.render.MapFonts;
import org.hubmap.render.MapOutput;

/**
 * Draws a {@link Sheet} onto any {@link Graphics2D} in map pixels (1/96 inch), the sheet's top-left corner at the
 * origin: PNG, PDF, SVG and the slide's picture all come from here, and the map in it from the same painter as the
 * screen's. Each part can be drawn on its own, so that a slide can set the banners and titles as its own text.
 */
public final class SheetPainter {
    static final Color PAPER = Color.WHITE;
    static final Color INK = new Color(0x1a1a1a);
    static final Color QUIET_INK = new Color(0x555555);
    private static final Font BANNER_FONT = MapFonts.of(Font.BOLD, 12f);
    private static final Font TITLE_FONT = MapFonts.of(Font.BOLD, 20f);
    private static final Font SUBTITLE_FONT = MapFonts.of(Font.PLAIN, 13f);
    private static final Font DTG_FONT = MapFonts.of(Font.BOLD, 13f);
    private static final Font SCALE_FONT = MapFonts.of(Font.PLAIN, 11.5f);
    private static final Font FOOTER_FONT = MapFonts.of(Font.PLAIN, 9.5f);
    private static final float LEAST_TEXT = 8f;
    private static final float LEAST_TITLE = 12f;
    /** The room kept between the title and the date-time group, in map pixels. */
    private static final double TITLE_GAP = 24;
    private static final BasicStroke NEAT_LINE = new BasicStroke(1.2f);

    private SheetPainter() {
    }

    /** Draws the whole sheet into {@code output}. */
    public static void paint(Graphics2D g, Sheet sheet, MapOutput output) {
        paintPaper(g, sheet);
        paintBanners(g, sheet);
        paintTitleBlock(g, sheet);
        paintBody(g, sheet, output);
    }

    /** Fills the sheet with white paper. */
    public static void paintPaper(Graphics2D g, Sheet sheet) {
        g.setColor(PAPER);
        g.fill(new Rectangle2D.Double(0, 0, sheet.spec().size().widthPixels(), sheet.spec().size().heightPixels()));
    }

    /** The classification banners at top and bottom. */
    public static void paintBanners(Graphics2D g, Sheet sheet) {
        prepare(g);
        for (Rectangle2D banner : new Rectangle2D[] {sheet.layout().topBanner(), sheet.layout().bottomBanner()}) {
            g.setColor(sheet.spec().classification().banner());
            g.fill(banner);
        }
        for (TextLine line : bannerLines(sheet)) {
            SheetText.draw(g, line, LEAST_TEXT);
        }
    }

    /** The marking in the middle of each banner, top first. */
    public static List<TextLine> bannerLines(Sheet sheet) {
        Classification marking = sheet.spec().classification();
        List<TextLine> lines = new ArrayList<>();
        for (Rectangle2D banner : new Rectangle2D[] {sheet.layout().topBanner(), sheet.layout().bottomBanner()}) {
            lines.add(new TextLine(marking.text(), BANNER_FONT, marking.textColour(), banner.getMinX() + 4,
                    banner.getWidth() - 8, banner.getCenterY() + 4.3, TextLine.Align.CENTRE));
        }
        return lines;
    }

    /** The title and subtitle on the left, the date-time group and scale on the right. */
    public static void paintTitleBlock(Graphics2D g, Sheet sheet) {
        prepare(g);
        List<TextLine> lines = titleBlockLines(sheet);
        for (int i = 0; i < lines.size(); i++) {
            // The title may shrink further than the rest before it is cut short.
            SheetText.draw(g, lines.get(i), i == 0 ? LEAST_TITLE : LEAST_TEXT);
        }
    }

    /** The title block's lines: title, subtitle, date-time group, scale. */
    public static List<TextLine> titleBlockLines(Sheet sheet) {
        Rectangle2D block = sheet.layout().titleBlock();
        String dtg = "DTG " + sheet.spec().dtg().text();
        String scale = "Scale " + sheet.scaleText();
        double right = Math.max(SheetText.width(dtg, DTG_FONT), SheetText.width(scale, SCALE_FONT));
        double titleRoom = Math.max(0, block.getWidth() - right - TITLE_GAP);
        double rightLeft = block.getMaxX() - right;
        return List.of(
                new TextLine(sheet.spec().title(), TITLE_FONT, INK, block.getMinX(), titleRoom, block.getMinY() + 22,
                        TextLine.Align.LEFT),
                new TextLine(sheet.spec().subtitle(), SUBTITLE_FONT, QUIET_INK, block.getMinX(), titleRoom,
                        block.getMinY() + 42, TextLine.Align.LEFT),
                new TextLine(dtg, DTG_FONT, INK, rightLeft, right, block.getMinY() + 20, TextLine.Align.RIGHT),
                new TextLine(scale, SCALE_FONT, QUIET_INK, rightLeft, right, block.getMinY() + 40,
                        TextLine.Align.RIGHT));
    }

    /**
     * Everything between the title block and the bottom banner: the map in its neat line, the north arrow and
     * scale bar, the legend, the overview inset and the attribution.
     */
    public static void paintBody(Graphics2D g, Sheet sheet, MapOutput output) {
        paintMap(g, sheet, output);
        prepare(g);
        CompassPainter.paint(g, sheet.view(), sheet.layout().compass());
        paintLegend(g, sheet, output);
        OverviewPainter.paint(g, sheet, sheet.layout().overview());
        paintFooter(g, sheet);
    }

    /** The attribution the basemap's sources ask for, along the sheet's foot. */
    static void paintFooter(Graphics2D g, Sheet sheet) {
        Rectangle2D footer = sheet.layout().footer();
        g.setColor(QUIET_INK);
        SheetText.draw(g, "Map data " + Basemap.ATTRIBUTION, FOOTER_FONT, 6f, footer.getMinX(),
                footer.getMaxY() - 3, footer.getWidth(), TextLine.Align.LEFT);
    }

    /** The legend, or on an atlas's index page the list of its sheets. */
    static void paintLegend(Graphics2D g, Sheet sheet, MapOutput output) {
        if (sheet.index().isEmpty()) {
            LegendBox.paint(g, sheet.legend(), sheet.layout().legend(), output);
        } else {
            IndexPainter.paintList(g, sheet.index(), sheet.layout().legend());
        }
    }

    /** The map, clipped to its frame, and the frame's neat line. */
    static void paintMap(Graphics2D g, Sheet sheet, MapOutput output) {
        Rectangle2D frame = sheet.layout().map();
        Graphics2D map = (Graphics2D) g.create();
        try {
            map.translate(frame.getX(), frame.getY());
            map.clip(new Rectangle2D.Double(0, 0, frame.getWidth(), frame.getHeight()));
            sheet.content().painter().paint(map, sheet.view(), sheet.content().marks(), sheet.spec().options(),
                    sheet.spec().mgrsGrid(), output);
            IndexPainter.paintOutlines(map, sheet.view(), sheet.index());
        } finally {
            map.dispose();
        }
        g.setColor(INK);
        g.setStroke(NEAT_LINE);
        g.draw(frame);
    }

    static void prepare(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }
}
