package org.hubmap.ui;

import org.hubmap.ui.edit.OpenedLayout;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hubmap.render.BasemapLayer;
import org.hubmap.render.LabelLanguage;

/**
 * The panel left of the map: a check box per basemap layer, the label language, the opened layouts with what each
 * holds, and the legend of what they show. Selecting a layout makes it the one Save As and Close act on.
 */
final class LayersPanel extends VBox {
    /** Room for two layouts before the list scrolls; the legend takes the rest. */
    private static final double LAYOUT_LIST_HEIGHT = 100;

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
        layoutList.setCellFactory(list -> new LayoutCell());
        Label empty = new Label("No layout open.\nFile ▸ Open… to add one.");
        empty.getStyleClass().add("placeholder");
        layoutList.setPlaceholder(empty);
        layoutList.setPrefHeight(LAYOUT_LIST_HEIGHT);
        layoutList.setMinHeight(LAYOUT_LIST_HEIGHT);
        legend = new LegendPanel(model.layouts());
        VBox.setVgrow(legend, Priority.ALWAYS);
        layoutList.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null) {
                model.selectedLayoutProperty().set(now);
            }
        });
        model.selectedLayoutProperty().addListener((o, before, now) -> layoutList.getSelectionModel().select(now));

        getChildren().addAll(heading("Basemap"), basemapLayers, heading("Label language"), languageChoice,
                heading("Layouts"), layoutList, legend);
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("panel-heading");
        return heading;
    }

    /** A layout's file name over its feature counts. */
    private static final class LayoutCell extends ListCell<OpenedLayout> {
        private final Label name = new Label();
        private final Label summary = new Label();
        private final VBox lines = new VBox(name, summary);

        LayoutCell() {
            name.getStyleClass().add("layout-name");
            summary.getStyleClass().add("layout-summary");
        }

        @Override
        protected void updateItem(OpenedLayout layout, boolean empty) {
            super.updateItem(layout, empty);
            if (empty || layout == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            name.setText(layout.fileName() + (layout.isModified() ? " " + MainViewModel.UNSAVED_MARK : ""));
            summary.setText(layout.summary());
            setGraphic(lines);
            String where = layout.file() == null ? "Not saved yet" : layout.file().toAbsolutePath().toString();
            setTooltip(new Tooltip(where + "\n" + layout.summary()));
        }
    }
}
