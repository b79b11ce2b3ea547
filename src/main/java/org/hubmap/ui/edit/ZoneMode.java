package org.hubmap.ui.edit;

import java.util.List;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.hubmap.geo.GeoPosition;

/**
 * Draw zone: clicks place the corners of a polygon zone; a double-click on the last one or Enter finishes it,
 * Backspace takes the last corner back, Esc drops the zone.
 */
final class ZoneMode implements MapMode {
    private final ToolContext tools;
    private final PathSketch path;

    ZoneMode(ToolContext tools) {
        this.tools = tools;
        this.path = new PathSketch(tools);
    }

    @Override
    public String hint() {
        return MapTool.DRAW_POLYGON.hint();
    }

    @Override
    public boolean busy() {
        return !path.isEmpty();
    }

    @Override
    public void cancel() {
        path.clear();
    }

    @Override
    public void clicked(MouseEvent event) {
        event.consume();
        if (!path.click(event)) {
            finish();
        }
        tools.sketch().redraw();
    }

    @Override
    public void moved(MouseEvent event) {
        path.moved(event);
        tools.sketch().redraw();
    }

    @Override
    public void keyPressed(KeyEvent event) {
        path.keyPressed(event, this::finish);
        tools.sketch().redraw();
    }

    private void finish() {
        List<GeoPosition> corners = path.points();
        if (corners.size() >= PolygonVertices.MIN_CORNERS) {
            FeatureEdits.addPolygonZone(tools.layoutToEdit(), List.copyOf(corners));
            path.clear();
            tools.backToSelect();
        } else {
            tools.say("A zone needs at least three corners; click " + (3 - corners.size()) + " more, or Esc");
        }
    }

    @Override
    public void paint(SketchLayer sketch) {
        if (!path.isEmpty()) {
            List<GeoPosition> outline = path.withPointer(false);
            sketch.path(outline, outline.size() >= 3, true);
            path.points().forEach(p -> sketch.handle(p, false));
        }
        if (tools.snapTarget() != null) {
            sketch.snapTarget(tools.snapTarget());
        }
    }
}
