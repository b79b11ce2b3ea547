package org.hubmap.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
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
import org.hubmap.ui.edit.OpenedLayout;

/**
 * The panel left of the map: a check box per basemap layer, the label language, the opened layouts with what each
 * holds, and the legend of what they show. Selecting a layout makes it the one Save As and Close act on.
 */
final class LayersPanel extends VBox {
    /** The list's height for each layout, whose name, counts and unsaved mark take up to three lines. */
    private static final double LAYOUT_ROW_HEIGHT = 62;
    /** Up to four layouts are listed before the list scrolls; the legend takes the rest. */
    private static final int LAYOUTS_LISTED = 4;

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
        layoutList.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> 4 + LAYOUT_ROW_HEIGHT
                * Math.max(1, Math.min(LAYOUTS_LISTED, model.layouts().size())), model.layouts()));
        layoutList.minHeightProperty().bind(layoutList.prefHeightProperty());
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

    /** A layout's file name over its feature counts and, when it has them, a mark of unsaved changes. */
    private static final class LayoutCell extends ListCell<OpenedLayout> {
        private final Label name = new Label();
        private final Label summary = new Label();
        private final Label unsaved = new Label(MainViewModel.UNSAVED_MARK);
        private final VBox lines = new VBox(name, summary, unsaved);

        LayoutCell() {
            name.getStyleClass().add("layout-name");
            summary.getStyleClass().add("layout-summary");
            unsaved.getStyleClass().add("layout-unsaved");
            unsaved.managedProperty().bind(unsaved.visibleProperty());
            for (Label line : List.of(name, summary, unsaved)) {
                line.setWrapText(true);
            }
            // Wrapped within the list's width rather than cut short at it.
            lines.setMinWidth(0);
            listViewProperty().addListener((o, before, now) -> {
                if (now != null) {
                    lines.maxWidthProperty().bind(now.widthProperty().subtract(28));
                    lines.prefWidthProperty().bind(lines.maxWidthProperty());
                }
            });
        }

        @Override
        protected void updateItem(OpenedLayout layout, boolean empty) {
            super.updateItem(layout, empty);
            if (empty || layout == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            name.setText(layout.fileName());
            unsaved.setVisible(layout.isModified());
            summary.setText(layout.summary());
            setGraphic(lines);
            String where = layout.file() == null ? "Not saved yet" : layout.file().toAbsolutePath().toString();
            setTooltip(new Tooltip(where + "\n" + layout.summary()));
        }
    }
}
