package org.hubmap.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.GeodesicArea;
import org.hubmap.geo.GeodesicDistance;
import org.hubmap.geo.Rings;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Measure: clicks place the points of a path; the status line gives its geodesic length, the bearing and length of
 * each leg, and, from three points, the geodesic area they enclose. A double-click on the last point or Enter ends
 * the path; the next click starts another. Backspace takes the last point back, Esc clears.
 */
final class MeasureMode implements MapMode {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final ToolContext tools;
    private final PathSketch path;
    private boolean done;

    MeasureMode(ToolContext tools) {
        this.tools = tools;
        this.path = new PathSketch(tools);
    }

    @Override
    public String hint() {
        return measureText().orElse(MapTool.MEASURE.hint());
    }

    @Override
    public boolean busy() {
        return !path.isEmpty();
    }

    @Override
    public void cancel() {
        path.clear();
        done = false;
    }

    @Override
    public void clicked(MouseEvent event) {
        event.consume();
        if (done) {
            path.clear();
            done = false;
        }
        if (!path.click(event)) {
            done = true;
        }
        tools.say(hint());
        tools.sketch().redraw();
    }

    @Override
    public void moved(MouseEvent event) {
        path.moved(event);
        if (!done) {
            tools.say(hint());
        }
        tools.sketch().redraw();
    }

    @Override
    public void keyPressed(KeyEvent event) {
        if (path.keyPressed(event, () -> done = true)) {
            tools.say(hint());
            tools.sketch().redraw();
        }
    }

    /** The measured path: the points clicked and, while measuring, the pointer after them. */
    private List<GeoPosition> measured() {
        return path.withPointer(done);
    }

    /**
     * The path's geodesic length, each leg's bearing and length, and for three or more points the enclosed geodesic
     * area; empty for fewer than two points.
     */
    Optional<String> measureText() {
        return measureText(measured());
    }

    static Optional<String> measureText(List<GeoPosition> points) {
        if (points.size() < 2) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Distance %.2f km",
                GeodesicDistance.pathMetres(points) / 1000));
        if (points.size() >= 3) {
            Polygon area = GEOMETRY.createPolygon(Rings.closed(points));
            if (area.isValid()) {
                text.append(String.format(Locale.ROOT, " · area %.2f km²", GeodesicArea.squareMetres(area) / 1e6));
            }
        }
        List<String> legs = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            legs.add(legText(points.get(i - 1), points.get(i)));
        }
        text.append(" · ").append(legs.size() == 1 ? "bearing " : "legs ").append(String.join(", ", legs));
        return Optional.of(text.toString());
    }

    /** A leg as "047° 12.30 km": its initial geodesic bearing from true north and its length. */
    static String legText(GeoPosition from, GeoPosition to) {
        return String.format(Locale.ROOT, "%03.0f° %.2f km",
                Math.floor(GeodesicDistance.initialBearingDegrees(from, to) + 0.5) % 360,
                GeodesicDistance.metres(from, to) / 1000);
    }

    @Override
    public void paint(SketchLayer sketch) {
        List<GeoPosition> points = measured();
        if (!points.isEmpty()) {
            sketch.path(points, false, false);
            path.points().forEach(p -> sketch.handle(p, false));
            GeoPosition last = points.get(points.size() - 1);
            if (points.size() >= 2) {
                String distance = String.format(Locale.ROOT, "%.2f km · %s",
                        GeodesicDistance.pathMetres(points) / 1000,
                        legText(points.get(points.size() - 2), last).replaceAll(" [0-9.]+ km$", ""));
                sketch.text(distance, sketch.x(last) + 14, sketch.y(last));
            }
        }
        if (tools.snapTarget() != null) {
            sketch.snapTarget(tools.snapTarget());
        }
    }
}
