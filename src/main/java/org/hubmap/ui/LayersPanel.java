package org.hubmap.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import org.hubmap.render.BasemapLayer;
import org.hubmap.render.LabelLanguage;
import org.hubmap.render.LayerAccent;
import org.hubmap.render.Symbology;
import org.hubmap.store.DatabaseStorage;
import org.hubmap.ui.edit.FxColours;
import org.hubmap.ui.edit.OpenedLayout;

/**
 * The panel left of the map: a check box per basemap layer, the label language, the opened layouts as layers with
 * what each holds, and the legend of what they show. Selecting a layout makes it the one edited, and the one Save
 * and Close act on; each layer can be hidden, locked and given another accent colour.
 */
final class LayersPanel extends VBox {
    /** The list's height for each layout before its row is laid out: a name, counts and state of a line each. */
    private static final double LAYOUT_ROW_HEIGHT = 76;
    private static final PseudoClass EDITING = PseudoClass.getPseudoClass("editing");
    /**
     * The width of the list a layer's text cannot have, in pixels: the list's and the cell's padding, the accent and
     * the gap after it, and a vertical scroll bar.
     */
    private static final double ROW_SIDES = 42;
    /** Up to three layouts are listed before the list scrolls; the legend takes the rest. */
    private static final int LAYOUTS_LISTED = 3;

    final ListView<OpenedLayout> layoutList = new ListView<>();
    final LegendPanel legend;

    LayersPanel(MainViewModel model) {
        getStyleClass().add("layers-panel");

        VBox basemapLayers = new VBox();
        basemapLayers.getStyleClass().add("layer-switches");
        for (BasemapLayer layer : BasemapLayer.values()) {
            CheckBox visible = new CheckBox(layer.displayName());
            visible.setId("layer-" + layer.name());
            visible.selectedProperty().bindBidirectional(model.basemap().layerVisibleProperty(layer));
            basemapLayers.getChildren().add(visible);
        }

        ToggleGroup languages = new ToggleGroup();
        HBox languageChoice = new HBox();
        languageChoice.getStyleClass().add("language-choice");
        for (LabelLanguage language : LabelLanguage.values()) {
            RadioButton choice = new RadioButton(language.displayName());
            choice.setUserData(language);
            choice.setToggleGroup(languages);
            languageChoice.getChildren().add(choice);
        }
        LanguageToggles.bind(languages, model.basemap().languageProperty());

        layoutList.getStyleClass().add("layout-list");
        layoutList.setItems(model.layouts());
        layoutList.setCellFactory(list -> {
            LayoutCell cell = new LayoutCell(model.selectedLayoutProperty());
            cell.heightProperty().addListener((o, before, now) -> fitRows());
            return cell;
        });
        Label empty = new Label("No layout open.\nFile ▸ Open… to add one.");
        empty.getStyleClass().add("placeholder");
        layoutList.setPlaceholder(empty);
        fitRows();
        model.layouts().addListener((ListChangeListener<OpenedLayout>) change -> fitRows());
        layoutList.minHeightProperty().bind(layoutList.prefHeightProperty());
        legend = new LegendPanel(model.layouts());
        VBox.setVgrow(legend, Priority.ALWAYS);
        layoutList.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null) {
                model.selectedLayoutProperty().set(now);
            }
        });
        model.selectedLayoutProperty().addListener((o, before, now) -> {
            layoutList.getSelectionModel().select(now);
            // The mark of the layer being edited moves with it.
            layoutList.refresh();
        });

        getChildren().addAll(heading("Basemap"), basemapLayers, heading("Label language"), languageChoice,
                heading("Layouts"), layoutList, legend);
    }

    /**
     * Makes the list as tall as its first {@value #LAYOUTS_LISTED} rows are, once they are laid out: a row grows when
     * its counts or state wrap (a layout of 40 017 hubs, 39 924 depots and 20 059 zones), and a list of fixed height
     * then scrolls to show a single layout. Before rows are laid out, each counts as {@link #LAYOUT_ROW_HEIGHT}.
     */
    private void fitRows() {
        int rows = Math.max(1, Math.min(LAYOUTS_LISTED, layoutList.getItems().size()));
        double[] heights = new double[rows];
        Arrays.fill(heights, LAYOUT_ROW_HEIGHT);
        for (Node node : layoutList.lookupAll(".list-cell")) {
            if (node instanceof LayoutCell cell && !cell.isEmpty() && cell.getIndex() >= 0 && cell.getIndex() < rows
                    && cell.getHeight() > 0) {
                heights[cell.getIndex()] = cell.getHeight();
            }
        }
        double height = 4;
        for (double each : heights) {
            height += each;
        }
        layoutList.setPrefHeight(height);
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("panel-heading");
        return heading;
    }

    /**
     * A layer: its accent beside its file name, its feature counts, and a check box that shows or hides it and a
     * toggle that locks it before a line of state: the one being edited, locked, hidden, imported, unsaved changes.
     * Its context menu does the same and changes the accent.
     */
    private static final class LayoutCell extends ListCell<OpenedLayout> {
        private final ObjectProperty<OpenedLayout> editing;
        private final Rectangle accent = new Rectangle(5, 10);
        private final CheckBox visible = new CheckBox();
        private final ToggleButton locked = new ToggleButton();
        private final Label name = new Label();
        private final Label summary = new Label();
        private final Label state = new Label();
        private final VBox lines = new VBox(2, name, summary, state);
        private final HBox row;
        private final CheckMenuItem shownItem = new CheckMenuItem("Show on Map");
        private final CheckMenuItem lockedItem = new CheckMenuItem("Lock (No Edits)");
        private final ToggleGroup accents = new ToggleGroup();
        private OpenedLayout bound;

        LayoutCell(ObjectProperty<OpenedLayout> editing) {
            this.editing = editing;
            accent.getStyleClass().add("layer-accent");
            visible.getStyleClass().add("layer-visible");
            visible.setTooltip(new Tooltip("Show this layer on the map"));
            locked.getStyleClass().add("layer-lock");
            locked.setGraphic(padlock());
            locked.setTooltip(new Tooltip("Lock this layer: its features cannot be edited"));
            locked.setFocusTraversable(false);
            name.getStyleClass().add("layout-name");
            summary.getStyleClass().add("layout-summary");
            state.getStyleClass().add("layout-state");
            // The name stays on its line, shortened if it must be (the tooltip has it in full); the rest wraps.
            name.setMinWidth(0);
            name.setMaxWidth(Double.MAX_VALUE);
            summary.setWrapText(true);
            state.setWrapText(true);
            // The name has the first line to itself; the check box and the padlock lead the line of state.
            HBox bottom = new HBox(4, visible, locked, state);
            bottom.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(state, Priority.ALWAYS);
            state.setMaxWidth(Double.MAX_VALUE);
            lines.getChildren().setAll(name, summary, bottom);
            row = new HBox(6, accent, lines);
            accent.heightProperty().bind(lines.heightProperty());
            HBox.setHgrow(lines, Priority.ALWAYS);
            // Wrapped within the list's width, less the cell's padding, the accent and room for a scroll bar, rather
            // than cut short at it.
            lines.setMinWidth(0);
            // As wide as the list shows, never wider: a row wider than the list brought a horizontal scroll bar,
            // which took the height the row needed and brought a vertical one too.
            setPrefWidth(0);
            listViewProperty().addListener((o, before, now) -> {
                if (now != null) {
                    lines.maxWidthProperty().bind(now.widthProperty().subtract(ROW_SIDES));
                    lines.prefWidthProperty().bind(lines.maxWidthProperty());
                }
            });
            Menu colour = new Menu("Colour");
            for (LayerAccent each : LayerAccent.values()) {
                RadioMenuItem choice = new RadioMenuItem(each.displayName(), swatch(each));
                choice.setUserData(each);
                choice.setToggleGroup(accents);
                choice.setOnAction(e -> bound.accentProperty().set(each));
                colour.getItems().add(choice);
            }
            shownItem.setOnAction(e -> bound.visibleProperty().set(shownItem.isSelected()));
            lockedItem.setOnAction(e -> bound.lockedProperty().set(lockedItem.isSelected()));
            setContextMenu(new ContextMenu(shownItem, lockedItem, colour));
        }

        @Override
        protected void updateItem(OpenedLayout layout, boolean empty) {
            super.updateItem(layout, empty);
            if (bound != null) {
                visible.selectedProperty().unbindBidirectional(bound.visibleProperty());
                locked.selectedProperty().unbindBidirectional(bound.lockedProperty());
            }
            bound = empty ? null : layout;
            if (bound == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            visible.selectedProperty().bindBidirectional(layout.visibleProperty());
            locked.selectedProperty().bindBidirectional(layout.lockedProperty());
            shownItem.setSelected(layout.visibleProperty().get());
            lockedItem.setSelected(layout.lockedProperty().get());
            accents.getToggles().forEach(t -> t.setSelected(t.getUserData() == layout.accentProperty().get()));
            accent.setFill(FxColours.of(Symbology.accentColour(layout.accentProperty().get())));
            name.setText(layout.fileName());
            // Shared layers carry a mark of their own, so that one is never taken for a file on this machine.
            name.setGraphic(isShared(layout) ? SharedMark.drum() : null);
            summary.setText(layout.summary());
            String stateText = stateOf(layout);
            state.setText(stateText);
            boolean isEditing = layout == editing.get() && layout.isEditable();
            pseudoClassStateChanged(EDITING, isEditing);
            setGraphic(row);
            String where = layout.file() != null ? layout.file().toAbsolutePath().toString()
                    : isShared(layout) ? "Shared: " + layout.document().storage().get().location()
                    : layout.importedFrom() != null ? "Imported from " + layout.importedFrom().toAbsolutePath()
                    + "; saving asks for a GeoJSON file" : "Not saved yet";
            setTooltip(new Tooltip(where + "\n" + layout.summary()));
        }

        /** Whether it is the layer being edited, locked, hidden, imported or has unsaved changes. */
        private String stateOf(OpenedLayout layout) {
            List<String> parts = new ArrayList<>();
            if (layout == editing.get()) {
                parts.add(layout.lockedProperty().get() ? "Locked" : !layout.visibleProperty().get() ? "Hidden"
                        : "✎ Editing");
            } else if (layout.lockedProperty().get()) {
                parts.add("Locked");
            }
            if (isShared(layout)) {
                parts.add("shared");
            }
            if (layout.importedFrom() != null) {
                parts.add("imported");
            }
            if (layout.isModified()) {
                // Short, so that "✎ Editing · unsaved" keeps to one line in the narrowest panel.
                parts.add("unsaved");
            }
            return String.join(" · ", parts);
        }

        private static boolean isShared(OpenedLayout layout) {
            return layout.document().storage().filter(DatabaseStorage.class::isInstance).isPresent();
        }

        private static Rectangle swatch(LayerAccent accent) {
            Rectangle swatch = new Rectangle(12, 12, FxColours.of(Symbology.accentColour(accent)));
            swatch.setStroke(Color.gray(0.4));
            return swatch;
        }

        /** A padlock drawn as a shape, so that it needs no icon font. */
        private static SVGPath padlock() {
            SVGPath lock = new SVGPath();
            lock.setContent("M3 6 V4 A3 3 0 0 1 9 4 V6 H10 V12 H2 V6 Z M4.5 6 H7.5 V4 A1.5 1.5 0 0 0 4.5 4 Z");
            lock.getStyleClass().add("padlock");
            return lock;
        }
    }
}
