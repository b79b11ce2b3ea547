package org.hubmap.ui.edit;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.hubmap.geo.GeoPosition;
import org.hubmap.render.MapViewport;
import org.hubmap.render.Symbology;
import org.hubmap.ui.map.ViewCanvas;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A canvas over the map on which the tools draw what is not made yet: outlines being drawn, features being
 * dragged, the corners of the zone being edited, the selection box, the snap target and measurements. It is
 * redrawn from scratch whenever the sketch or the view changes, which takes well under a millisecond.
 */
final class SketchLayer extends ViewCanvas {
    private static final double HANDLE_RADIUS = 5;
    private static final double MIDPOINT_RADIUS = 3.5;
    private static final Font TEXT = Font.font("DejaVu Sans", FontWeight.BOLD, 12);

    private Consumer<SketchLayer> painter = layer -> { };

    SketchLayer() {
        getStyleClass().add("sketch-layer");
    }

    void setPainter(Consumer<SketchLayer> newPainter) {
        painter = newPainter;
        redraw();
    }

    @Override
    protected void paint(GraphicsContext g, MapViewport shown) {
        painter.accept(this);
    }

    double x(GeoPosition p) {
        return view().screenX(p.lonDegrees());
    }

    double y(GeoPosition p) {
        return view().screenY(p.latDegrees());
    }

    /** A line through positions, closed into a ring when asked, dashed in the sketch colour. */
    void path(List<GeoPosition> positions, boolean closed, boolean filled) {
        GraphicsContext g = graphics();
        double[] xs = new double[positions.size()];
        double[] ys = new double[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            xs[i] = x(positions.get(i));
            ys[i] = y(positions.get(i));
        }
        if (filled && positions.size() >= 3) {
            g.setFill(FxColours.of(Symbology.SKETCH_FILL));
            g.fillPolygon(xs, ys, xs.length);
        }
        g.setStroke(FxColours.of(Symbology.SKETCH));
        g.setLineWidth(2);
        g.setLineDashes(8, 4);
        g.setLineCap(StrokeLineCap.BUTT);
        if (closed) {
            g.strokePolygon(xs, ys, xs.length);
        } else {
            g.strokePolyline(xs, ys, xs.length);
        }
        g.setLineDashes();
    }

    /** An outline in longitude/latitude: polygons as rings, points as a ring round the point. */
    void outline(Geometry geometry) {
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof Point point) {
                GraphicsContext g = graphics();
                g.setStroke(FxColours.of(Symbology.SKETCH));
                g.setLineWidth(2.5);
                double px = view().screenX(point.getX());
                double py = view().screenY(point.getY());
                g.strokeOval(px - 12, py - 12, 24, 24);
            } else if (part instanceof Polygon polygon) {
                path(positions(polygon.getExteriorRing().getCoordinates()), true, true);
            } else {
                path(positions(part.getCoordinates()), false, false);
            }
        }
    }

    /** A corner handle, filled when it is the selected corner. */
    void handle(GeoPosition at, boolean selected) {
        GraphicsContext g = graphics();
        g.setFill(selected ? FxColours.of(Symbology.SKETCH) : Color.WHITE);
        g.setStroke(FxColours.of(Symbology.SKETCH));
        g.setLineWidth(2);
        g.fillRect(x(at) - HANDLE_RADIUS, y(at) - HANDLE_RADIUS, 2 * HANDLE_RADIUS, 2 * HANDLE_RADIUS);
        g.strokeRect(x(at) - HANDLE_RADIUS, y(at) - HANDLE_RADIUS, 2 * HANDLE_RADIUS, 2 * HANDLE_RADIUS);
    }

    /** A handle for inserting a corner halfway along an edge. */
    void midpoint(GeoPosition at) {
        GraphicsContext g = graphics();
        g.setFill(FxColours.of(Symbology.SKETCH_FILL));
        g.setStroke(FxColours.of(Symbology.SKETCH));
        g.setLineWidth(1.5);
        g.fillOval(x(at) - MIDPOINT_RADIUS, y(at) - MIDPOINT_RADIUS, 2 * MIDPOINT_RADIUS, 2 * MIDPOINT_RADIUS);
        g.strokeOval(x(at) - MIDPOINT_RADIUS, y(at) - MIDPOINT_RADIUS, 2 * MIDPOINT_RADIUS, 2 * MIDPOINT_RADIUS);
    }

    /** The mark of the vertex a position snaps to. */
    void snapTarget(GeoPosition at) {
        GraphicsContext g = graphics();
        g.setStroke(FxColours.of(Symbology.SNAP_TARGET));
        g.setLineWidth(2.5);
        g.strokeOval(x(at) - 8, y(at) - 8, 16, 16);
        g.strokeLine(x(at) - 11, y(at), x(at) + 11, y(at));
        g.strokeLine(x(at), y(at) - 11, x(at), y(at) + 11);
    }

    /**
     * The marker of where Go to Position went: a ring and cross with a white halo, so that it shows on any
     * basemap colour, and its name on a plate beside it.
     */
    void marker(GeoPosition at, String name) {
        GraphicsContext g = graphics();
        double px = x(at);
        double py = y(at);
        for (boolean halo : new boolean[] {true, false}) {
            g.setStroke(halo ? Color.WHITE : FxColours.of(Symbology.GO_TO_MARKER));
            g.setLineWidth(halo ? 5 : 2.5);
            g.strokeOval(px - 10, py - 10, 20, 20);
            g.strokeLine(px - 17, py, px - 5, py);
            g.strokeLine(px + 5, py, px + 17, py);
            g.strokeLine(px, py - 17, px, py - 5);
            g.strokeLine(px, py + 5, px, py + 17);
        }
        g.setFill(FxColours.of(Symbology.GO_TO_MARKER));
        g.fillOval(px - 2.5, py - 2.5, 5, 5);
        g.setFont(TEXT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        javafx.scene.text.Text measure = new javafx.scene.text.Text(name);
        measure.setFont(TEXT);
        double width = measure.getLayoutBounds().getWidth() + 12;
        double left = px + 20 + width <= getWidth() ? px + 20 : px - 20 - width;
        g.setFill(Color.rgb(255, 255, 255, 0.9));
        g.fillRoundRect(left, py - 11, width, 22, 6, 6);
        g.setStroke(FxColours.of(Symbology.GO_TO_MARKER));
        g.setLineWidth(1);
        g.strokeRoundRect(left, py - 11, width, 22, 6, 6);
        g.setFill(FxColours.of(Symbology.GO_TO_MARKER));
        g.fillText(name, left + 6, py);
    }

    /** The selection box, corner to corner in screen pixels. */
    void box(double x0, double y0, double x1, double y1) {
        GraphicsContext g = graphics();
        g.setFill(FxColours.of(Symbology.SKETCH_FILL));
        g.setStroke(FxColours.of(Symbology.SKETCH));
        g.setLineWidth(1.5);
        g.setLineDashes(5, 3);
        double left = Math.min(x0, x1);
        double top = Math.min(y0, y1);
        g.fillRect(left, top, Math.abs(x1 - x0), Math.abs(y1 - y0));
        g.strokeRect(left, top, Math.abs(x1 - x0), Math.abs(y1 - y0));
        g.setLineDashes();
    }

    /** A figure such as a distance, on a light plate, with its left end at the screen point. */
    void text(String text, double screenX, double screenY) {
        GraphicsContext g = graphics();
        g.setFont(TEXT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double width = text.length() * 7.5 + 10;
        g.setFill(Color.rgb(255, 255, 255, 0.85));
        g.fillRoundRect(screenX, screenY - 10, width, 20, 6, 6);
        g.setFill(FxColours.of(Symbology.MEASURE));
        g.fillText(text, screenX + 5, screenY);
    }

    private static List<GeoPosition> positions(Coordinate[] coordinates) {
        return java.util.Arrays.stream(coordinates).map(c -> new GeoPosition(c.x, c.y)).toList();
    }
}
