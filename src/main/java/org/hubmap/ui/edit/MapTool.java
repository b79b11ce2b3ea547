package org.hubmap.ui.edit;

import java.util.function.BiFunction;
import javafx.scene.input.KeyCode;
import org.hubmap.model.FeatureKind;

/**
 * The tools of the map, each with the key that picks it while the map has the focus, a hint for the user, and the
 * class that does its work ({@link MapMode}). A new tool is a new mode class and a line here.
 */
public enum MapTool {
    SELECT("Select", KeyCode.S,
            "Click selects, Shift+click adds or removes, Shift+drag selects a box; drag the selection to move it, "
                    + "arrow keys nudge it; drag elsewhere pans", (tools, self) -> new SelectMode(tools)),
    ADD_HUB("Add hub", KeyCode.H, "Click the map to place a hub",
            (tools, self) -> new PointMode(tools, FeatureKind.HUB, self)),
    ADD_DEPOT("Add depot", KeyCode.D, "Click the map to place a depot",
            (tools, self) -> new PointMode(tools, FeatureKind.DEPOT, self)),
    DRAW_POLYGON("Draw zone", KeyCode.P,
            "Click the corners; double-click or Enter to finish, Backspace removes the last, Esc cancels",
            (tools, self) -> new ZoneMode(tools)),
    DRAW_CIRCLE("Draw circle", KeyCode.C,
            "Click the centre, then drag, click at the radius, or type the radius in km and press Enter",
            (tools, self) -> new CircleMode(tools)),
    MEASURE("Measure", KeyCode.M,
            "Click points to measure geodesic distance and bearings; three or more also give the area; Esc clears",
            (tools, self) -> new MeasureMode(tools));

    private final String label;
    private final KeyCode key;
    private final String hint;
    private final BiFunction<ToolContext, MapTool, MapMode> mode;

    MapTool(String label, KeyCode key, String hint, BiFunction<ToolContext, MapTool, MapMode> mode) {
        this.label = label;
        this.key = key;
        this.hint = hint;
        this.mode = mode;
    }

    /** A new mode of this tool, working with {@code tools}. */
    MapMode modeFor(ToolContext tools) {
        return mode.apply(tools, this);
    }

    public String label() {
        return label;
    }

    /** The key that picks the tool while the map has the focus. */
    public KeyCode key() {
        return key;
    }

    /** What to do with the tool, for the status line. */
    public String hint() {
        return hint;
    }
}
