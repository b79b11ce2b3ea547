package org.hubmap.ui.edit;

import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The row of map tools under the menus: one button per tool (its key in the tooltip), the snapping switch, the
 * circle radius field when a circle is being drawn, and what the tool expects next.
 */
public final class EditToolBar extends HBox {
    private final ToggleGroup tools = new ToggleGroup();
    private final ToolBar buttons = new ToolBar();

    public EditToolBar(MapEditor editor) {
        getStyleClass().add("edit-tool-bar");
        for (MapTool tool : MapTool.values()) {
            ToggleButton button = new ToggleButton(tool.label());
            button.setId("tool-" + tool.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            button.setUserData(tool);
            button.setToggleGroup(tools);
            button.setTooltip(new Tooltip(tool.label() + " (" + tool.key().getName() + ")\n" + tool.hint()));
            button.setFocusTraversable(false);
            buttons.getItems().add(button);
        }
        tools.selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null) {
                // A click on the pressed button would leave no tool chosen; keep it pressed instead.
                tools.selectToggle(before);
            } else {
                editor.toolProperty().set((MapTool) now.getUserData());
            }
        });
        editor.toolProperty().addListener((o, before, now) -> select(now));
        select(editor.toolProperty().get());

        ToggleButton snap = new ToggleButton("Snap");
        snap.setId("tool-snap");
        snap.setFocusTraversable(false);
        snap.setTooltip(new Tooltip("Snap drawn and dragged positions to the corners and points of other features"));
        snap.selectedProperty().bindBidirectional(editor.snappingProperty());

        editor.radiusField().managedProperty().bind(editor.radiusField().visibleProperty());
        buttons.getItems().addAll(new Separator(), snap, editor.radiusField());

        // Beside the buttons rather than among them, so that a long hint wraps onto a second line instead of hiding
        // tools; the tooltip has it whole should even two lines not hold it.
        Label hint = new Label();
        hint.setId("tool-hint");
        hint.getStyleClass().add("tool-hint");
        hint.textProperty().bind(editor.statusProperty());
        hint.setWrapText(true);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(editor.statusProperty());
        hint.setTooltip(whole);
        hint.setMinWidth(0);
        hint.setMaxWidth(Double.MAX_VALUE);
        hint.setMaxHeight(Double.MAX_VALUE);
        HBox.setHgrow(hint, Priority.ALWAYS);
        buttons.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(buttons, hint);
    }

    private void select(MapTool tool) {
        tools.getToggles().stream().filter(t -> t.getUserData() == tool).findFirst().ifPresent(tools::selectToggle);
    }
}
