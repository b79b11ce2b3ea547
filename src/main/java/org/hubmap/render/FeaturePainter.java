package org.hubmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Draws the zones, protection rings and symbols of {@link FeatureMarks} in screen pixels, all from the
 * {@link Symbology}. Names are drawn by {@link LayoutRenderer} with the basemap's, from one placement.
 */
final class FeaturePainter {
    /** Distance between hatch lines, in pixels. */
    private static final double HATCH_SPACING_PIXELS = 7;
    private static final BasicStroke HATCH = new BasicStroke(1.25f);
    private static final BasicStroke STRIKE = new BasicStroke(2.25f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke CENTRE_MARK = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    private static final BasicStroke SELECTION = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke INVALID_OUTLINE = new BasicStroke(2.5f);
    /** The radius of the ring round the place where an outline is invalid, in pixels. */
    private static final double INVALID_MARK_PIXELS = 9;
    /** How far the selection highlight stands off a symbol, in pixels. */
    private static final double SELECTION_MARGIN_PIXELS = 3;

    private final Graphics2D g;
    private final ScreenFrame frame;
    private final Rectangle2D view;

    FeaturePainter(Graphics2D g, ScreenFrame frame) {
        this.g = g;
        this.frame = frame;
        this.view = new Rectangle2D.Double(-8, -8, frame.widthPixels() + 16, frame.heightPixels() + 16);
    }

    void paintAreas(FeatureMarks marks, int zoom) {
        for (FeatureMark mark : marks.marks()) {
            if (mark.area().isPresent() && mark.minZoom() <= zoom) {
                paintArea(mark.area().get(), mark.selected());
            }
        }
        for (FeatureMark mark : marks.marks()) {
            if (mark.ring().isPresent() && mark.minZoom() <= zoom) {
                paintOutline(mark.ring().get(), Symbology.protectionRing(), false);
            }
        }
    }

    void paintSymbols(FeatureMarks marks, int zoom) {
        // Last in label order is drawn first, so that the selection and hubs end up on top.
        for (int i = marks.marks().size() - 1; i >= 0; i--) {
            FeatureMark mark = marks.marks().get(i);
            if (mark.point().isPresent() && mark.minZoom() <= zoom) {
                paintSymbol(mark);
            }
        }
    }

    private void paintArea(FeatureMark.AreaShape shape, boolean selected) {
        Shape outline = paintOutline(shape.world(), shape.style(), selected);
        if (outline != null && shape.invalidAt().isPresent()) {
            paintInvalid(outline, shape.invalidAt().get());
        }
        if (outline != null && shape.circle() && shape.style().centreMarkPixels() > 0) {
            Rectangle2D bounds = outline.getBounds2D();
            paintCentreMark(g, bounds.getCenterX(), bounds.getCenterY(), shape.style());
        }
    }

    /** Draws an outline and returns it in screen pixels, or null when it is off screen. */
    private Shape paintOutline(Geometry world, AreaStyle style, boolean selected) {
        Envelope e = world.getEnvelopeInternal();
        Rectangle2D extent = new Rectangle2D.Double(frame.x(e.getMinX()), frame.y(e.getMinY()),
                e.getWidth() * frame.scale(), e.getHeight() * frame.scale());
        if (!extent.intersects(view) && !(extent.getWidth() == 0 && view.contains(extent.getX(), extent.getY()))) {
            return null;
        }
        Path2D path = GeometryPaths.toPath(world);
        Shape screen = frame.toScreen().createTransformedShape(path);
        paintArea(g, screen, world.getDimension() == 2, style, selected, view);
        return screen;
    }

    /**
     * Fills (when {@code closed}), hatches and outlines an area given in screen pixels; hatching is limited to
     * {@code within}.
     */
    static void paintArea(Graphics2D g, Shape screen, boolean closed, AreaStyle style, boolean selected,
            Rectangle2D within) {
        if (closed && style.fill().isPresent()) {
            g.setColor(style.fill().get());
            g.fill(screen);
        }
        if (closed && style.hatch().isPresent()) {
            paintHatch(g, screen, style.hatch().get(), within);
        }
        if (selected) {
            g.setColor(Symbology.SELECTION);
            g.setStroke(new BasicStroke(style.boundary().widthPixels() + 4, BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            g.draw(screen);
        }
        g.setColor(style.boundary().color());
        g.setStroke(style.boundary().stroke(1));
        g.draw(screen);
    }

    private static void paintHatch(Graphics2D g, Shape area, Color colour, Rectangle2D within) {
        Shape oldClip = g.getClip();
        g.clip(area);
        Rectangle2D b = area.getBounds2D().createIntersection(within);
        g.setColor(colour);
        g.setStroke(HATCH);
        // Lines at 45 degrees, anchored to the screen so neighbouring zones' hatches line up.
        double start = Math.floor((b.getMinX() + b.getMinY()) / HATCH_SPACING_PIXELS) * HATCH_SPACING_PIXELS;
        for (double c = start; c <= b.getMaxX() + b.getMaxY(); c += HATCH_SPACING_PIXELS) {
            g.draw(new Line2D.Double(c - b.getMaxY(), b.getMaxY(), c - b.getMinY(), b.getMinY()));
        }
        g.setClip(oldClip);
    }

    /** An invalid outline is drawn over in red, with a ring where it breaks the rules. */
    private void paintInvalid(Shape outline, org.locationtech.jts.geom.Coordinate where) {
        g.setColor(Symbology.INVALID);
        g.setStroke(INVALID_OUTLINE);
        g.draw(outline);
        double x = frame.x(where.x);
        double y = frame.y(where.y);
        g.setStroke(SELECTION);
        g.draw(new java.awt.geom.Ellipse2D.Double(x - INVALID_MARK_PIXELS, y - INVALID_MARK_PIXELS,
                2 * INVALID_MARK_PIXELS, 2 * INVALID_MARK_PIXELS));
    }

    static void paintCentreMark(Graphics2D g, double x, double y, AreaStyle style) {
        double r = style.centreMarkPixels();
        g.setColor(style.boundary().color());
        g.setStroke(CENTRE_MARK);
        g.draw(new Line2D.Double(x - r, y, x + r, y));
        g.draw(new Line2D.Double(x, y - r, x, y + r));
    }

    private void paintSymbol(FeatureMark mark) {
        double x = frame.x(mark.worldX());
        double y = frame.y(mark.worldY());
        PointSymbolStyle style = mark.point().orElseThrow();
        PixelBox box = SymbolGeometry.of(style, mark.feature().nation()).box();
        if (view.intersects(x + box.minX(), y + box.minY(), box.width(), box.height())) {
            paintSymbol(g, x, y, style, mark.feature().nation(), mark.selected());
        }
    }

    /** Draws a symbol centred on ({@code x}, {@code y}) in screen pixels, with its nation code when not blank. */
    static void paintSymbol(Graphics2D g, double x, double y, PointSymbolStyle style, String nation,
            boolean selected) {
        SymbolGeometry geometry = SymbolGeometry.of(style, nation);
        PixelBox box = geometry.box();
        if (selected) {
            PixelBox around = box.grown(SELECTION_MARGIN_PIXELS);
            g.setColor(Symbology.SELECTION);
            g.setStroke(SELECTION);
            g.draw(new RoundRectangle2D.Double(x + around.minX(), y + around.minY(), around.width(),
                    around.height(), 6, 6));
        }
        double w = geometry.halfWidth();
        double h = geometry.halfHeight();
        if (style.framed()) {
            Rectangle2D frameBox = new Rectangle2D.Double(x - w, y - h, 2 * w, 2 * h);
            g.setColor(style.fill());
            g.fill(frameBox);
            double inset = style.frameWidthPixels();
            style.icon().fill(g, x - w + inset, y - h + inset, 2 * (w - inset), 2 * (h - inset), style.glyph());
            g.setColor(style.frame());
            g.setStroke(new LineStyle(style.frame(), style.frameWidthPixels(), style.frameDashPixels()).stroke(1));
            g.draw(frameBox);
            if (style.conditionBar().isPresent()) {
                double top = h + style.frameWidthPixels() / 2 + 1;
                g.setColor(style.conditionBar().get());
                g.fill(new Rectangle2D.Double(x - w, y + top, 2 * w, SymbolGeometry.BAR_HEIGHT_PIXELS));
            }
            if (style.struckThrough()) {
                g.setColor(style.frame());
                g.setStroke(STRIKE);
                g.draw(new Line2D.Double(x - w - 2, y + h + 2, x + w + 2, y - h - 2));
            }
            if (!Double.isNaN(geometry.nationBaseline())) {
                LabelText code = NationCode.text(nation);
                AffineTransform saved = g.getTransform();
                g.translate(x - code.bounds().centerX(), y + geometry.nationBaseline());
                code.paint(g);
                g.setTransform(saved);
            }
        } else {
            style.icon().fill(g, x - w, y - h, 2 * w, 2 * h, style.glyph());
        }
    }
}
