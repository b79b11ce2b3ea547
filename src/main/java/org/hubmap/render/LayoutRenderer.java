package org.hubmap.render;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws a layout's features over the map with Java2D, for screen and export alike: zones first (translucent fill,
 * dashed boundary), then point symbols in a friendly-force frame, then names beside them.
 */
public final class LayoutRenderer {
    /** Draws {@code layout} as seen through {@code viewport}; g's origin is the viewport's top-left corner. */
    public void draw(Graphics2D g, Layout layout, MapViewport viewport) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Rectangle2D view = new Rectangle2D.Double(0, 0, viewport.widthPixels(), viewport.heightPixels());
        for (LayoutFeature feature : layout.features()) {
            feature.geometry().filter(geom -> !(geom instanceof Point))
                    .ifPresent(geom -> drawArea(g, geom, viewport, view));
        }
        for (LayoutFeature feature : layout.features()) {
            feature.geometry().filter(Point.class::isInstance)
                    .ifPresent(geom -> drawPoint(g, feature, ((Point) geom).getCoordinate(), viewport, view));
        }
    }

    private static void drawArea(Graphics2D g, Geometry geometry, MapViewport viewport, Rectangle2D view) {
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            if (part instanceof Polygon polygon) {
                append(path, polygon.getExteriorRing().getCoordinates(), viewport, true);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    append(path, polygon.getInteriorRingN(h).getCoordinates(), viewport, true);
                }
                if (path.intersects(view)) {
                    g.setColor(LayoutStyle.ZONE_FILL);
                    g.fill(path);
                    g.setColor(LayoutStyle.ZONE_STROKE);
                    g.setStroke(LayoutStyle.ZONE_BOUNDARY);
                    g.draw(path);
                }
            } else if (part instanceof LineString line) {
                append(path, line.getCoordinates(), viewport, false);
                g.setColor(LayoutStyle.OTHER_STROKE);
                g.setStroke(LayoutStyle.SYMBOL_FRAME);
                g.draw(path);
            } else if (part instanceof Point point) {
                Coordinate c = point.getCoordinate();
                g.setColor(LayoutStyle.OTHER_STROKE);
                g.fillOval((int) viewport.screenX(c.x) - 3, (int) viewport.screenY(c.y) - 3, 6, 6);
            } else if (part instanceof GeometryCollection) {
                drawArea(g, part, viewport, view);
            }
        }
    }

    private static void append(Path2D path, Coordinate[] ring, MapViewport viewport, boolean close) {
        for (int i = 0; i < ring.length; i++) {
            double x = viewport.screenX(ring[i].x);
            double y = viewport.screenY(ring[i].y);
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        if (close) {
            path.closePath();
        }
    }

    private static void drawPoint(Graphics2D g, LayoutFeature feature, Coordinate c, MapViewport viewport,
            Rectangle2D view) {
        double x = viewport.screenX(c.x);
        double y = viewport.screenY(c.y);
        int half = LayoutStyle.SYMBOL_SIZE / 2;
        if (!view.intersects(x - 200, y - half, 400, 2 * half)) {
            return;
        }
        FeatureKind kind = feature.kind();
        int left = (int) Math.round(x) - half;
        int top = (int) Math.round(y) - half;
        if (kind == FeatureKind.OTHER) {
            g.setColor(LayoutStyle.OTHER_STROKE);
            g.fillOval(left + 4, top + 4, 2 * half - 8, 2 * half - 8);
        } else {
            g.setColor(LayoutStyle.FRIENDLY_FILL);
            g.fillRect(left, top, 2 * half, 2 * half);
            g.setColor(LayoutStyle.FRIENDLY_FRAME);
            g.setStroke(LayoutStyle.SYMBOL_FRAME);
            g.drawRect(left, top, 2 * half, 2 * half);
            drawCentred(g, LayoutStyle.glyph(kind), LayoutStyle.GLYPH_FONT, x, y);
        }
        drawLabel(g, feature.name(), x + half + 4, y);
    }

    private static void drawCentred(Graphics2D g, String text, Font font, double x, double y) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, (float) (x - metrics.stringWidth(text) / 2.0),
                (float) (y + (metrics.getAscent() - metrics.getDescent()) / 2.0));
    }

    private static void drawLabel(Graphics2D g, String text, double x, double y) {
        if (text.isEmpty()) {
            return;
        }
        g.setFont(LayoutStyle.LABEL_FONT);
        FontMetrics metrics = g.getFontMetrics();
        GlyphVector glyphs = LayoutStyle.LABEL_FONT.createGlyphVector(g.getFontRenderContext(), text);
        Shape outline = glyphs.getOutline((float) x,
                (float) (y + (metrics.getAscent() - metrics.getDescent()) / 2.0));
        g.setColor(LayoutStyle.LABEL_HALO);
        g.setStroke(LayoutStyle.LABEL_HALO_STROKE);
        g.draw(outline);
        g.setColor(LayoutStyle.LABEL_TEXT);
        g.fill(outline);
    }
}
