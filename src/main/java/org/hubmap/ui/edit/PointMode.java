package org.hubmap.ui.edit;

import java.util.Set;
import javafx.scene.input.MouseEvent;
import org.hubmap.geo.GeoPosition;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.LayoutFeature;

/** Add hub, Add depot: a click places a new hub or depot there (on a corner or point nearby, with snapping). */
final class PointMode implements MapMode {
    private final ToolContext tools;
    private final FeatureKind kind;
    private final MapTool tool;

    PointMode(ToolContext tools, FeatureKind kind, MapTool tool) {
        this.tools = tools;
        this.kind = kind;
        this.tool = tool;
    }

    @Override
    public String hint() {
        return tool.hint();
    }

    @Override
    public void clicked(MouseEvent event) {
        event.consume();
        OpenedLayout target = tools.layoutToEdit();
        GeoPosition at = tools.snapped(event.getX(), event.getY(), Set.of());
        LayoutFeature placed = FeatureEdits.addPoint(target, kind, at);
        tools.say(FeatureEdits.samePositionWarning(target, placed, at).orElse(hint()));
    }

    @Override
    public void moved(MouseEvent event) {
        tools.snapped(event.getX(), event.getY(), Set.of());
        tools.sketch().redraw();
    }

    @Override
    public void paint(SketchLayer sketch) {
        if (tools.snapTarget() != null) {
            sketch.snapTarget(tools.snapTarget());
        }
    }
}
