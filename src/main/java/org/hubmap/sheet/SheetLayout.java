package org.hubmap.sheet;

import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each part of a sheet goes, in map pixels from the sheet's top-left corner: the classification banners at
 * top and bottom, the title block (title and subtitle on the left, date-time group and scale on the right), the map
 * frame, and beside the map (landscape) or under it (portrait) a panel with the north arrow and scale bar, the
 * legend and the overview inset; the data attribution runs along the foot. Parts never overlap and all lie on the
 * sheet. Edges are on whole map pixels, so that a sheet drawn at 96 DPI pastes names at whole pixels as the screen
 * does, but for the banners' outer edges, which are the sheet's. Immutable.
 */
public record SheetLayout(Rectangle2D topBanner, Rectangle2D bottomBanner, Rectangle2D titleBlock, Rectangle2D map,
        Rectangle2D compass, Rectangle2D legend, Rectangle2D overview, Rectangle2D footer) {
    static final double BANNER_HEIGHT = 20;
    static final double TITLE_BLOCK_HEIGHT = 50;
    static final double FOOTER_HEIGHT = 14;
    /** The north arrow and scale bar, side by side. */
    static final double COMPASS_HEIGHT = 78;
    static final double COMPASS_WIDTH_PORTRAIT = 230;
    /** Width over height of the overview inset, about that of Ukraine with a margin on a Web Mercator map. */
    static final double OVERVIEW_ASPECT = 1.5;
    private static final double LEAST_MARGIN = 8;
    private static final double MOST_MARGIN = 20;

    /** The layout of a sheet of {@code size}. */
    public static SheetLayout of(SheetSize size) {
        double w = Math.floor(size.widthPixels());
        double h = Math.floor(size.heightPixels());
        double margin = Math.round(clamp(Math.min(w, h) * 0.015, LEAST_MARGIN, MOST_MARGIN));
        // The banners reach the sheet's very edges, which need not be whole map pixels.
        Rectangle2D top = new Rectangle2D.Double(0, 0, size.widthPixels(), BANNER_HEIGHT);
        Rectangle2D bottom = new Rectangle2D.Double(0, size.heightPixels() - BANNER_HEIGHT, size.widthPixels(),
                BANNER_HEIGHT);
        Rectangle2D title = new Rectangle2D.Double(margin, BANNER_HEIGHT + margin / 2, w - 2 * margin,
                TITLE_BLOCK_HEIGHT);
        Rectangle2D footer = new Rectangle2D.Double(margin, h - BANNER_HEIGHT - FOOTER_HEIGHT - margin / 4,
                w - 2 * margin, FOOTER_HEIGHT);
        double bodyTop = title.getMaxY() + margin / 2;
        double bodyBottom = footer.getMinY() - margin / 2;
        double bodyLeft = margin;
        double bodyRight = w - margin;
        if (size.widthPixels() >= size.heightPixels()) {
            double panel = Math.round(clamp(w * 0.24, 200, 320));
            double panelLeft = bodyRight - panel;
            Rectangle2D map = rect(bodyLeft, bodyTop, panelLeft - margin, bodyBottom);
            Rectangle2D compass = rect(panelLeft, bodyTop, bodyRight, bodyTop + COMPASS_HEIGHT);
            double overviewHeight = Math.round(panel / OVERVIEW_ASPECT);
            Rectangle2D overview = rect(panelLeft, bodyBottom - overviewHeight, bodyRight, bodyBottom);
            Rectangle2D legend = rect(panelLeft, compass.getMaxY() + margin / 2, bodyRight,
                    overview.getMinY() - margin / 2);
            return new SheetLayout(top, bottom, title, map, compass, legend, overview, footer);
        }
        double panel = Math.round(clamp(h * 0.24, 190, 320));
        double panelTop = bodyBottom - panel;
        Rectangle2D map = rect(bodyLeft, bodyTop, bodyRight, panelTop - margin / 2);
        double overviewWidth = Math.round(Math.min(panel * OVERVIEW_ASPECT, (w - 2 * margin) * 0.34));
        Rectangle2D overview = rect(bodyRight - overviewWidth, bodyBottom - Math.round(overviewWidth
                / OVERVIEW_ASPECT), bodyRight, bodyBottom);
        double compassRight = overview.getMinX() - margin;
        Rectangle2D compass = rect(compassRight - COMPASS_WIDTH_PORTRAIT, panelTop, compassRight,
                panelTop + COMPASS_HEIGHT);
        Rectangle2D legend = rect(bodyLeft, panelTop, compass.getMinX() - margin, bodyBottom);
        return new SheetLayout(top, bottom, title, map, compass, legend, overview, footer);
    }

    /** The parts by name, top to bottom, for checking that none overlap. */
    public Map<String, Rectangle2D> parts() {
        Map<String, Rectangle2D> parts = new LinkedHashMap<>();
        parts.put("top banner", topBanner);
        parts.put("title block", titleBlock);
        parts.put("map", map);
        parts.put("north arrow and scale bar", compass);
        parts.put("legend", legend);
        parts.put("overview", overview);
        parts.put("footer", footer);
        parts.put("bottom banner", bottomBanner);
        return parts;
    }

    private static Rectangle2D rect(double left, double top, double right, double bottom) {
        return new Rectangle2D.Double(Math.round(left), Math.round(top), Math.max(0, Math.round(right)
                - Math.round(left)), Math.max(0, Math.round(bottom) - Math.round(top)));
    }

    private static double clamp(double value, double least, double most) {
        return Math.max(least, Math.min(most, value));
    }
}
