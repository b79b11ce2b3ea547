package org.hubmap.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * Every way to drive the main window from the keyboard and mouse, for the Help dialog. Menu shortcuts are read
 * from the menus themselves, so the list cannot drift from what the keys do.
 */
final class KeyboardShortcuts {
    /** Keys and mouse actions the map understands besides the menu accelerators. */
    private static final List<Shortcut> ON_THE_MAP = List.of(
            new Shortcut("=  or  Numpad +", "Zoom In"),
            new Shortcut("Numpad −", "Zoom Out"),
            new Shortcut("Drag", "Move the map (also from a feature not selected)"),
            new Shortcut("Mouse wheel", "Zoom in or out at the pointer"),
            new Shortcut("Double-click", "Zoom in at the pointer (Select tool)"),
            new Shortcut("S  H  D  P  C  M", "Tools: Select, Add hub, Add depot, Draw zone, Draw circle, Measure"),
            new Shortcut("Click / Shift+click", "Select a feature / add it to or remove it from the selection"),
            new Shortcut("Shift+drag", "Select the features inside a box"),
            new Shortcut("Drag a selected feature", "Move the selection along the ground"),
            new Shortcut("Arrow keys (Shift: ×10)", "Nudge the selection by one pixel's worth of ground"),
            new Shortcut("Drag a corner / an edge's middle", "Move a zone's corner / add a corner there"),
            new Shortcut("Click a corner, Delete", "Remove that corner"),
            new Shortcut("Drag a circle's edge handle", "Change the circle's radius"),
            new Shortcut("Enter / double-click", "Finish a zone or a measurement"),
            new Shortcut("Backspace", "Remove the last point drawn"),
            new Shortcut("Esc", "Cancel the drawing, then back to Select, then clear the selection, then the"
                    + " Go to marker"),
            new Shortcut("Pointer over a feature", "Its name, kind, nation and status"),
            new Shortcut("Ctrl+Y", "Redo"));

    /** One line of the list: the keys or mouse action and what it does, or a heading when keys is empty. */
    record Shortcut(String keys, String action) {
        static Shortcut heading(String text) {
            return new Shortcut("", text);
        }

        boolean isHeading() {
            return keys.isEmpty();
        }
    }

    /** Long descriptions wrap at this width, so two columns fit a 1280-pixel screen. */
    private static final double ACTION_WIDTH = 300;

    private KeyboardShortcuts() {
    }

    static List<Shortcut> of(MenuBar menuBar) {
        List<Shortcut> shortcuts = new ArrayList<>();
        shortcuts.add(Shortcut.heading("Menu commands"));
        for (Menu menu : menuBar.getMenus()) {
            collect(menu, shortcuts);
        }
        shortcuts.add(Shortcut.heading("On the map"));
        shortcuts.addAll(ON_THE_MAP);
        return shortcuts;
    }

    private static void collect(Menu menu, List<Shortcut> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu) {
                collect(submenu, into);
            } else if (item.getAccelerator() != null) {
                into.add(new Shortcut(item.getAccelerator().getDisplayText(), item.getText()));
            }
        }
    }

    /** The shortcuts in columns side by side, a new column at each heading after the first. */
    static HBox table(List<Shortcut> shortcuts) {
        HBox columns = new HBox();
        columns.getStyleClass().add("shortcut-columns");
        GridPane table = null;
        int row = 0;
        for (Shortcut shortcut : shortcuts) {
            if (shortcut.isHeading() || table == null) {
                table = new GridPane();
                table.getStyleClass().add("shortcut-table");
                columns.getChildren().add(table);
                row = 0;
            }
            if (shortcut.isHeading()) {
                Label heading = new Label(shortcut.action());
                heading.getStyleClass().add("shortcut-heading");
                table.add(heading, 0, row++, 2, 1);
                continue;
            }
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add("shortcut-keys");
            Label action = new Label(shortcut.action());
            action.setWrapText(true);
            action.setMaxWidth(ACTION_WIDTH);
            table.addRow(row++, keys, action);
        }
        return columns;
    }
}
