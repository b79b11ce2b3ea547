package org.hubmap.ui.live;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.hubmap.model.LayoutFeature;
import org.hubmap.render.MapViewport;
import org.hubmap.render.Symbology;
import org.hubmap.ui.edit.FxColours;
import org.hubmap.ui.map.ViewCanvas;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Rings over the map round features someone else just changed, fading out over a few seconds: enough to catch the
 * eye where the change is, then gone. Drawn on a canvas of its own, so the layouts' renderer does not redraw.
 */
public final class ChangeMarks extends ViewCanvas {
    /** How long a mark stays, fading. */
    static final long SHOWN_NANOS = 3_000_000_000L;
    private static final double RING_RADIUS = 20;
    private static final double LINE_WIDTH = 3.5;

    private final Map<LayoutFeature, Long> marked = new IdentityHashMap<>();
    private final Color colour = FxColours.of(Symbology.CHANGED_BY_OTHERS);
    private final AnimationTimer fading = new AnimationTimer() {
        @Override
        public void handle(long now) {
            marked.values().removeIf(since -> now - since > SHOWN_NANOS);
            redraw();
            if (marked.isEmpty()) {
                stop();
            }
        }
    };

    public ChangeMarks() {
        setId("change-marks");
        setMouseTransparent(true);
    }

    /** Marks {@code features} from now on, for a few seconds. */
    public void mark(Collection<LayoutFeature> features) {
        if (features.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        features.forEach(feature -> marked.put(feature, now));
        redraw();
        fading.start();
    }

    /** The features marked now. */
    public Set<LayoutFeature> marked() {
        return Set.copyOf(new ArrayList<>(marked.keySet()));
    }

    @Override
    protected void paint(GraphicsContext g, MapViewport shown) {
        long now = System.nanoTime();
        for (Map.Entry<LayoutFeature, Long> mark : marked.entrySet()) {
            double left = Math.max(0, 1 - (now - mark.getValue()) / (double) SHOWN_NANOS);
            Geometry shape = mark.getKey().geometry().orElse(null);
            if (shape == null || left == 0) {
                continue;
            }
            // A white halo under the blue, so that the ring stands apart from the symbols' own blue frames.
            stroke(g, shown, shape, Color.WHITE.deriveColor(0, 1, 1, left), LINE_WIDTH + 3, left);
            stroke(g, shown, shape, colour.deriveColor(0, 1, 1, left), LINE_WIDTH, left);
        }
    }

    private static void stroke(GraphicsContext g, MapViewport shown, Geometry shape, Color ink, double width,
            double left) {
        g.setStroke(ink);
        g.setLineWidth(width);
        for (int i = 0; i < shape.getNumGeometries(); i++) {
            Geometry part = shape.getGeometryN(i);
            if (part instanceof Point point) {
                // Widening as it fades, so it reads as a pulse rather than a second symbol.
                double radius = RING_RADIUS + 10 * (1 - left);
                g.strokeOval(shown.screenX(point.getX()) - radius, shown.screenY(point.getY()) - radius,
                        2 * radius, 2 * radius);
            } else {
                outline(g, shown, part instanceof Polygon polygon ? polygon.getExteriorRing().getCoordinates()
                        : part.getCoordinates());
            }
        }
    }

    private static void outline(GraphicsContext g, MapViewport shown, Coordinate[] coordinates) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (Coordinate c : coordinates) {
            xs.add(shown.screenX(c.x));
            ys.add(shown.screenY(c.y));
        }
        g.beginPath();
        for (int i = 0; i < xs.size(); i++) {
            if (i == 0) {
                g.moveTo(xs.get(i), ys.get(i));
            } else {
                g.lineTo(xs.get(i), ys.get(i));
            }
        }
        g.stroke();
    }
}
