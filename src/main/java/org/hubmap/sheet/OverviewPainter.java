package org.hubmap.sheet;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.EnumSet;
import org.hubmap.geo.GeoBounds;
import org.hubmap.render.BasemapLayer;
import org.hubmap.render.BasemapOptions;
import org.hubmap.render.MapFonts;
import org.hubmap.render.MapViewport;

/**
 * The small map of Ukraine and its neighbours in a corner of a sheet, with the ground the sheet's map shows
 * outlined on it (or marked with a cross where that is too small to outline).
 */
final class OverviewPainter {
    /** The ground the overview shows: Ukraine with its neighbours' edges. */
    static final GeoBounds GROUND = new GeoBounds(20.5, 43.5, 41.5, 53.2);
    private static final Color EXTENT = new Color(0xc8102e);
    private static final BasicStroke EXTENT_LINE = new BasicStroke(1.6f);
    private static final BasicStroke FRAME = new BasicStroke(1f);
    /** Outlines narrower than this are shown as a cross instead, in map pixels. */
    private static final double LEAST_OUTLINE = 6;
    private static final Font CAPTION_FONT = MapFonts.of(Font.BOLD, 9.5f);

    private OverviewPainter() {
    }

    static void paint(Graphics2D g, Sheet sheet, Rectangle2D room) {
        GeoBounds ground = groundFor(sheet.view().bounds(), sheet.content().painter().dataBounds());
        MapViewport overview = Sheet.withinData(MapViewport.fitting(ground, room.getWidth(), room.getHeight(),
                sheet.spec().size().dotsPerInch(), 0), ground, sheet.content().painter().dataBounds());
        Graphics2D inset = (Graphics2D) g.create();
        try {
            inset.translate(room.getX(), room.getY());
            inset.clip(new Rectangle2D.Double(0, 0, room.getWidth(), room.getHeight()));
            BasemapOptions layers = new BasemapOptions(EnumSet.of(BasemapLayer.SEA, BasemapLayer.COUNTRIES,
                    BasemapLayer.LAKES, BasemapLayer.BORDERS), sheet.spec().options().language());
            sheet.content().painter().paintBasemap(inset, overview, layers);
            paintExtent(inset, overview, sheet.view().bounds());
        } finally {
            inset.dispose();
        }
        g.setColor(SheetPainter.INK);
        g.setStroke(FRAME);
        g.draw(room);
        g.setColor(SheetPainter.QUIET_INK);
        SheetText.draw(g, "Overview", CAPTION_FONT, 7f, room.getMinX() + 4, room.getMinY() + 12,
                room.getWidth() - 8, TextLine.Align.LEFT);
    }

    /**
     * The ground an overview shows: Ukraine and its neighbours' edges, and all the sheet shows with room around
     * it, as far as the basemap's {@code data} reaches.
     */
    static GeoBounds groundFor(GeoBounds shown, GeoBounds data) {
        if (shown.westLon() >= GROUND.westLon() && shown.eastLon() <= GROUND.eastLon()
                && shown.southLat() >= GROUND.southLat() && shown.northLat() <= GROUND.northLat()) {
            return GROUND;
        }
        double west = Math.min(GROUND.westLon(), shown.westLon());
        double east = Math.max(GROUND.eastLon(), shown.eastLon());
        double south = Math.min(GROUND.southLat(), shown.southLat());
        double north = Math.max(GROUND.northLat(), shown.northLat());
        double roomX = (east - west) * 0.04;
        double roomY = (north - south) * 0.04;
        return new GeoBounds(Math.max(data.westLon(), Math.min(GROUND.westLon(), west - roomX)),
                Math.max(data.southLat(), Math.min(GROUND.southLat(), south - roomY)),
                Math.min(data.eastLon(), Math.max(GROUND.eastLon(), east + roomX)),
                Math.min(data.northLat(), Math.max(GROUND.northLat(), north + roomY)));
    }

    /** Where the sheet's map lies on the overview, in the overview's pixels. */
    static Rectangle2D extentOn(MapViewport overview, GeoBounds shown) {
        double left = overview.screenX(shown.westLon());
        double right = overview.screenX(shown.eastLon());
        double top = overview.screenY(shown.northLat());
        double bottom = overview.screenY(shown.southLat());
        return new Rectangle2D.Double(left, top, right - left, bottom - top);
    }

    private static void paintExtent(Graphics2D g, MapViewport overview, GeoBounds shown) {
        Rectangle2D extent = extentOn(overview, shown);
        g.setColor(EXTENT);
        g.setStroke(EXTENT_LINE);
        if (extent.getWidth() >= LEAST_OUTLINE && extent.getHeight() >= LEAST_OUTLINE) {
            g.draw(extent);
            return;
        }
        double x = extent.getCenterX();
        double y = extent.getCenterY();
        double arm = LEAST_OUTLINE;
        g.draw(new Line2D.Double(x - arm, y, x + arm, y));
        g.draw(new Line2D.Double(x, y - arm, x, y + arm));
    }
}
