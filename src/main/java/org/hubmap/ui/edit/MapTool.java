package org.hubmap.ui.edit;

import javafx.scene.input.KeyCode;

/** The tools of the map, each with the key that picks it while the map has the focus, and a hint for the user. */
public enum MapTool {
    SELECT("Select", KeyCode.S,
            "Click a feature to select it, Shift+click to add or remove, Shift+drag a box; drag selected features "
                    + "to move them, arrow keys nudge"),
    ADD_HUB("Add hub", KeyCode.H, "Click the map to place a hub"),
    ADD_DEPOT("Add depot", KeyCode.D, "Click the map to place a depot"),
    DRAW_POLYGON("Draw zone", KeyCode.P,
            "Click the corners; double-click or Enter to finish, Backspace removes the last, Esc cancels"),
    DRAW_CIRCLE("Draw circle", KeyCode.C,
            "Click the centre, then drag, click at the radius, or type the radius in km and press Enter"),
    MEASURE("Measure", KeyCode.M,
            "Click points to measure geodesic distance; three or more also give the area; Esc clears");

    private final String label;
    private final KeyCode key;
    private final String hint;

    MapTool(String label, KeyCode key, String hint) {
        this.label = label;
        this.key = key;
        this.hint = hint;
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
