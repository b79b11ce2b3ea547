package org.hubmap.ui.compare;

import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.hubmap.compare.FeatureDifference;
import org.hubmap.compare.LayoutDiff;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.GeometryFraming;
import org.hubmap.model.LayoutFeature;
import org.hubmap.render.MapViewport;
import org.hubmap.render.Symbology;
import org.hubmap.ui.edit.FxColours;
import org.hubmap.ui.map.ViewCanvas;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The comparison over the map: added features in green, solid; removed ones in red, dashed; changed ones in amber
 * at their new shape, with the old shape ghosted (dark, see-through, dashed) and an arrow from the old position to
 * the new one when they moved. Points get a ring round their symbol and a badge (+, −, Δ), so that each kind can
 * be told without colour; a small key in the top left corner says what each look means.
 *
 * <p>A canvas redrawn for each view, like the tools' sketch: a comparison is a passing look at two versions, not
 * a layout, so it stays out of the layouts' renderer and its label placement, and is gone with Clear Comparison.
 * Only features whose envelope meets the view are drawn, so even a diff of thousands stays quick to pan.
 */
final class ComparisonLayer extends ViewCanvas {
    private static final double RING_RADIUS = 17;
    private static final double BADGE_RADIUS = 7;
    private static final double LINE_WIDTH = 2.5;
    private static final double HALO_WIDTH = 5.5;
    private static final double[] REMOVED_DASHES = {7, 5};
    private static final double[] OLD_DASHES = {4, 4};
    private static final Font BADGE_FONT = Font.font("DejaVu Sans", FontWeight.BOLD, 11);
    private static final Font KEY_FONT = Font.font("DejaVu Sans", 12);

    private LayoutDiff diff;
    private LayoutFeature highlighted;

    ComparisonLayer() {
        getStyleClass().add("comparison-layer");
        setId("comparison-layer");
    }

    /** Shows {@code shown} over the map, or nothing when it is null. */
    void setDiff(LayoutDiff shown) {
        diff = shown;
        highlighted = null;
        redraw();
    }

    /** Draws {@code feature} (a version the comparison holds) stronger than the rest; null for none. */
    void setHighlighted(LayoutFeature feature) {
        highlighted = feature;
        redraw();
    }

    @Override
    protected void paint(GraphicsContext g, MapViewport shown) {
        if (diff == null) {
            return;
        }
        for (FeatureDifference change : diff.changed()) {
            change.before().geometry().filter(this::inView).ifPresent(old -> drawOld(g, old));
        }
        for (LayoutFeature removed : diff.removed()) {
            removed.geometry().filter(this::inView).ifPresent(shape -> draw(g, shape, Look.REMOVED, removed));
        }
        for (FeatureDifference change : diff.changed()) {
            if (change.moved()) {
                moveArrow(g, change);
            }
            change.after().geometry().filter(this::inView)
                    .ifPresent(shape -> draw(g, shape, Look.CHANGED, change.after()));
        }
        for (LayoutFeature added : diff.added()) {
            added.geometry().filter(this::inView).ifPresent(shape -> draw(g, shape, Look.ADDED, added));
        }
        key(g);
    }

    /** How one kind of difference is drawn. */
    private enum Look {
        ADDED(Symbology.COMPARE_ADDED, null, "+"),
        REMOVED(Symbology.COMPARE_REMOVED, REMOVED_DASHES, "−"),
        CHANGED(Symbology.COMPARE_CHANGED, null, "Δ");

        private final Color colour;
        private final double[] dashes;
        private final String badge;

        Look(java.awt.Color colour, double[] dashes, String badge) {
            this.colour = FxColours.of(colour);
            this.dashes = dashes;
            this.badge = badge;
        }
    }

    private void draw(GraphicsContext g, Geometry shape, Look look, LayoutFeature feature) {
        boolean strong = feature == highlighted;
        for (int i = 0; i < shape.getNumGeometries(); i++) {
            Geometry part = shape.getGeometryN(i);
            if (part instanceof Point point) {
                ring(g, x(point.getX()), y(point.getY()), look, strong);
            } else {
                Coordinate[] outline = part instanceof Polygon polygon ? polygon.getExteriorRing().getCoordinates()
                        : part.getCoordinates();
                stroke(g, outline, part instanceof Polygon, look.colour, look.dashes, strong);
            }
        }
        if (!(shape instanceof Point)) {
            GeometryFraming.centre(shape).ifPresent(at -> badge(g, x(at.lonDegrees()), y(at.latDegrees()), look));
        }
    }

    /** The old shape of a changed feature: dark, see-through and dashed, under everything else. */
    private void drawOld(GraphicsContext g, Geometry old) {
        Color ghost = FxColours.of(Symbology.COMPARE_OLD);
        for (int i = 0; i < old.getNumGeometries(); i++) {
            Geometry part = old.getGeometryN(i);
            if (part instanceof Point point) {
                g.setStroke(ghost);
                g.setLineWidth(2);
                g.setLineDashes(OLD_DASHES);
                g.strokeOval(x(point.getX()) - RING_RADIUS, y(point.getY()) - RING_RADIUS, 2 * RING_RADIUS,
                        2 * RING_RADIUS);
                g.setLineDashes();
            } else {
                Coordinate[] outline = part instanceof Polygon polygon ? polygon.getExteriorRing().getCoordinates()
                        : part.getCoordinates();
                polyline(g, outline, part instanceof Polygon, ghost, 2, OLD_DASHES);
            }
        }
    }

    private void ring(GraphicsContext g, double px, double py, Look look, boolean strong) {
        double r = strong ? RING_RADIUS + 4 : RING_RADIUS;
        g.setLineDashes();
        g.setStroke(FxColours.of(Symbology.COMPARE_HALO));
        g.setLineWidth(HALO_WIDTH + (strong ? 2 : 0));
        g.strokeOval(px - r, py - r, 2 * r, 2 * r);
        g.setStroke(look.colour);
        g.setLineWidth(LINE_WIDTH + (strong ? 1.5 : 0));
        if (look.dashes != null) {
            g.setLineDashes(look.dashes);
        }
        g.strokeOval(px - r, py - r, 2 * r, 2 * r);
        g.setLineDashes();
        if (look == Look.ADDED) {
            // The active layout does not hold an added point, so nothing else marks where it stands.
            g.setFill(look.colour);
            g.fillOval(px - 4, py - 4, 8, 8);
        }
        badge(g, px + r * 0.72, py - r * 0.72, look);
    }

    private void badge(GraphicsContext g, double px, double py, Look look) {
        g.setFill(FxColours.of(Symbology.COMPARE_HALO));
        g.fillOval(px - BADGE_RADIUS - 1.5, py - BADGE_RADIUS - 1.5, 2 * BADGE_RADIUS + 3, 2 * BADGE_RADIUS + 3);
        g.setFill(look.colour);
        g.fillOval(px - BADGE_RADIUS, py - BADGE_RADIUS, 2 * BADGE_RADIUS, 2 * BADGE_RADIUS);
        g.setFill(look == Look.CHANGED ? Color.BLACK : Color.WHITE);
        g.setFont(BADGE_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(look.badge, px, py);
    }

    private void stroke(GraphicsContext g, Coordinate[] outline, boolean closed, Color colour, double[] dashes,
            boolean strong) {
        polyline(g, outline, closed, FxColours.of(Symbology.COMPARE_HALO), HALO_WIDTH + (strong ? 2 : 0), null);
        polyline(g, outline, closed, colour, LINE_WIDTH + (strong ? 1.5 : 0), dashes);
    }

    private void polyline(GraphicsContext g, Coordinate[] outline, boolean closed, Color colour, double width,
            double[] dashes) {
        double[] xs = new double[outline.length];
        double[] ys = new double[outline.length];
        for (int i = 0; i < outline.length; i++) {
            xs[i] = x(outline[i].x);
            ys[i] = y(outline[i].y);
        }
        g.setStroke(colour);
        g.setLineWidth(width);
        g.setLineCap(StrokeLineCap.BUTT);
        g.setLineJoin(StrokeLineJoin.ROUND);
        if (dashes != null) {
            g.setLineDashes(dashes);
        }
        if (closed) {
            g.strokePolygon(xs, ys, xs.length);
        } else {
            g.strokePolyline(xs, ys, xs.length);
        }
        g.setLineDashes();
    }

    /** A line with an arrowhead from where a changed feature stood to where it stands now. */
    private void moveArrow(GraphicsContext g, FeatureDifference change) {
        Optional<GeoPosition> from = change.before().geometry().flatMap(GeometryFraming::centre);
        Optional<GeoPosition> to = change.after().geometry().flatMap(GeometryFraming::centre);
        if (from.isEmpty() || to.isEmpty()) {
            return;
        }
        double x0 = x(from.get().lonDegrees());
        double y0 = y(from.get().latDegrees());
        double x1 = x(to.get().lonDegrees());
        double y1 = y(to.get().latDegrees());
        double length = Math.hypot(x1 - x0, y1 - y0);
        boolean point = change.after().geometry().get() instanceof Point;
        double gap = point ? RING_RADIUS + 2 : 0;
        if (length <= 2 * gap + 6) {
            return;
        }
        double ux = (x1 - x0) / length;
        double uy = (y1 - y0) / length;
        double sx = x0 + ux * gap;
        double sy = y0 + uy * gap;
        double ex = x1 - ux * gap;
        double ey = y1 - uy * gap;
        Color colour = FxColours.of(Symbology.COMPARE_OLD);
        g.setLineDashes();
        g.setStroke(FxColours.of(Symbology.COMPARE_HALO));
        g.setLineWidth(4);
        g.strokeLine(sx, sy, ex, ey);
        g.setStroke(colour);
        g.setLineWidth(1.8);
        g.strokeLine(sx, sy, ex, ey);
        double head = 9;
        g.setFill(colour);
        g.fillPolygon(new double[] {ex, ex - ux * head - uy * head / 2, ex - ux * head + uy * head / 2},
                new double[] {ey, ey - uy * head + ux * head / 2, ey - uy * head - ux * head / 2}, 3);
    }

    /** The key: one line per look, in a box in the top left corner. */
    private void key(GraphicsContext g) {
        String[] texts = {"added", "removed", "changed", "old shape / move"};
        double left = 10;
        double top = 10;
        double lineHeight = 18;
        double width = 150;
        double height = texts.length * lineHeight + 10;
        g.setFill(FxColours.of(Symbology.LEGEND_BACKGROUND));
        g.fillRoundRect(left, top, width, height, 6, 6);
        g.setStroke(FxColours.of(Symbology.LEGEND_BORDER));
        g.setLineWidth(1);
        g.strokeRoundRect(left, top, width, height, 6, 6);
        Look[] looks = Look.values();
        for (int i = 0; i < texts.length; i++) {
            double y = top + 5 + lineHeight * i + lineHeight / 2;
            if (i < looks.length) {
                g.setStroke(looks[i].colour);
                g.setLineWidth(3);
                if (looks[i].dashes != null) {
                    g.setLineDashes(looks[i].dashes);
                }
                g.strokeLine(left + 8, y, left + 38, y);
                g.setLineDashes();
            } else {
                g.setStroke(FxColours.of(Symbology.COMPARE_OLD));
                g.setLineWidth(2);
                g.setLineDashes(OLD_DASHES);
                g.strokeLine(left + 8, y, left + 38, y);
                g.setLineDashes();
            }
            g.setFill(FxColours.of(Symbology.LEGEND_TEXT));
            g.setFont(KEY_FONT);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(texts[i], left + 46, y);
        }
    }

    private boolean inView(Geometry shape) {
        Envelope envelope = shape.getEnvelopeInternal();
        double margin = RING_RADIUS + BADGE_RADIUS;
        double left = x(envelope.getMinX()) - margin;
        double right = x(envelope.getMaxX()) + margin;
        double top = y(envelope.getMaxY()) - margin;
        double bottom = y(envelope.getMinY()) + margin;
        return right >= 0 && left <= getWidth() && bottom >= 0 && top <= getHeight();
    }

    private double x(double lon) {
        return view().screenX(lon);
    }

    private double y(double lat) {
        return view().screenY(lat);
    }
}
