package org.hubmap.ui.edit;

import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * One tool of the map, with the state of what it is doing: the map hands it the mouse and key events it gets
 * before the map pans or zooms, and it takes (consumes) those it acts on; it draws what it is doing over the map.
 * Adding a tool is adding a class like this and naming it in {@link MapTool}.
 *
 * <p>Events come on the FX thread, where a mode also reads and edits the layouts through its {@link ToolContext}.
 */
interface MapMode {
    /** A primary button pressed on the map. */
    default void pressed(MouseEvent event) {
    }

    default void dragged(MouseEvent event) {
    }

    default void released(MouseEvent event) {
    }

    /** A primary click, still since its press. */
    default void clicked(MouseEvent event) {
    }

    /** The pointer moved over the map with no button down. */
    default void moved(MouseEvent event) {
    }

    /** A key the map did not take as a tool's letter; consume it to act on it. */
    default void keyPressed(KeyEvent event) {
    }

    /** Whether the tool is in the middle of something that {@link #cancel()} would drop. */
    default boolean busy() {
        return false;
    }

    /** Drops what the tool was doing, as Esc and switching tools do. */
    default void cancel() {
    }

    /**
     * Another layout became the one edits go to: forget whatever was chosen in the one before. Every tool hears
     * it, the one in use and the others, since a tool may keep a choice between uses (the Select tool's corner).
     */
    default void activeLayoutChanged() {
    }

    /** Draws what the tool is doing over the map. */
    default void paint(SketchLayer sketch) {
    }

    /** What the status line says while the tool is idle: what to do next, or what it measured. */
    String hint();
}
