package org.hubmap.ui.edit;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.PositionFormat;
import org.hubmap.geo.PositionParseException;
import org.hubmap.geo.PositionParser;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.LayoutFeature;
import org.hubmap.render.PlaceSearch;
import org.hubmap.ui.map.MapPane;
import org.hubmap.ui.window.ScreenFit;

/**
 * "Go to Position": the user types a position in any form HubMap reads (decimal degrees, DMS, MGRS, UTM) or a name,
 * in English or Ukrainian, of a place on the map or of a feature of an open layout, and chooses from the list what
 * matches. The reading shows the chosen destination in every format, or what is wrong with a mistyped position.
 * Then the map centres there, with a marker until Escape or the next Go to, or a new hub or depot is placed exactly
 * there.
 */
public final class PositionDialog {
    private static final ButtonType GO = new ButtonType("Go There", ButtonBar.ButtonData.OK_DONE);
    private static final ButtonType HUB = new ButtonType("Place Hub", ButtonBar.ButtonData.OTHER);
    private static final ButtonType DEPOT = new ButtonType("Place Depot", ButtonBar.ButtonData.OTHER);

    private final MapPane map;
    private final MapEditor editor;
    private final List<OpenedLayout> layouts;
    private final ObjectProperty<OpenedLayout> active;
    private final Supplier<OpenedLayout> newLayout;
    private final Supplier<PlaceSearch> places;

    /**
     * @param layouts the open layouts, whose features are found by name
     * @param places the basemap's places, or null while the basemap is read
     */
    public PositionDialog(MapPane map, MapEditor editor, List<OpenedLayout> layouts,
            ObjectProperty<OpenedLayout> active, Supplier<OpenedLayout> newLayout, Supplier<PlaceSearch> places) {
        this.map = map;
        this.editor = editor;
        this.layouts = layouts;
        this.active = active;
        this.newLayout = newLayout;
        this.places = places;
    }

    /** Shows the dialog over {@code owner} and does what the user chooses. */
    public void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Go to Position");
        dialog.setHeaderText("Type a position (degrees, DMS, MGRS or UTM) or the name of a place or feature");
        TextField text = new TextField();
        text.setId("position-text");
        text.setPromptText("Kharkiv  ·  Харків  ·  50.4501 30.5234  ·  36U UU 12345 67890");
        text.setPrefColumnCount(36);
        ListView<Destination> choices = new ListView<>();
        choices.setId("destinations");
        choices.setPrefHeight(200);
        choices.setPlaceholder(new Label("Nothing found yet"));
        Label reading = new Label(" ");
        reading.setId("position-reading");
        reading.setWrapText(true);
        reading.setMinHeight(80);
        reading.setMaxWidth(Double.MAX_VALUE);
        dialog.getDialogPane().setContent(new VBox(8, text, choices, reading));
        dialog.getDialogPane().getButtonTypes().addAll(GO, HUB, DEPOT, ButtonType.CANCEL);
        dialog.setResizable(true);
        ScreenFit.keepOnScreen(dialog);

        PlaceSearch search = places.get();
        text.textProperty().addListener((o, before, now) -> {
            choices.setItems(FXCollections.observableList(Destinations.of(now, search, layouts)));
            if (!choices.getItems().isEmpty()) {
                choices.getSelectionModel().select(0);
            }
            reading.setText(describe(now, choices.getSelectionModel().getSelectedItem(), search == null));
        });
        choices.getSelectionModel().selectedItemProperty().addListener((o, before, now) ->
                reading.setText(describe(text.getText(), now, search == null)));
        for (ButtonType type : new ButtonType[] {GO, HUB, DEPOT}) {
            Button button = (Button) dialog.getDialogPane().lookupButton(type);
            button.disableProperty().bind(choices.getSelectionModel().selectedItemProperty().isNull());
        }
        // The list follows the arrow keys while the typing goes on in the field.
        text.setOnKeyPressed(e -> {
            int at = choices.getSelectionModel().getSelectedIndex();
            if (e.getCode() == KeyCode.DOWN && at + 1 < choices.getItems().size()) {
                choices.getSelectionModel().select(at + 1);
                choices.scrollTo(at + 1);
                e.consume();
            } else if (e.getCode() == KeyCode.UP && at > 0) {
                choices.getSelectionModel().select(at - 1);
                choices.scrollTo(at - 1);
                e.consume();
            }
        });
        choices.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && choices.getSelectionModel().getSelectedItem() != null) {
                ((Button) dialog.getDialogPane().lookupButton(GO)).fire();
            }
        });
        dialog.setOnShown(e -> text.requestFocus());
        Optional<ButtonType> choice = dialog.showAndWait();
        Destination chosen = choices.getSelectionModel().getSelectedItem();
        if (choice.isEmpty() || choice.get() == ButtonType.CANCEL || chosen == null) {
            return;
        }
        GeoPosition at = chosen.at();
        if (choice.get() == HUB || choice.get() == DEPOT) {
            OpenedLayout target = active.get() != null ? active.get() : newLayout.get();
            LayoutFeature placed = FeatureEdits.addPoint(target,
                    choice.get() == HUB ? FeatureKind.HUB : FeatureKind.DEPOT, at);
            map.centerOn(at.lonDegrees(), at.latDegrees());
            FeatureEdits.samePositionWarning(target, placed, at).ifPresent(editor::say);
        } else {
            map.showAround(at.lonDegrees(), at.latDegrees(), chosen.zoom());
            editor.markerProperty().set(chosen);
        }
    }

    /** The chosen destination in every format; else what is wrong with the text, or that nothing matched. */
    static String describe(String text, Destination chosen, boolean placesLoading) {
        if (text.isBlank()) {
            return " ";
        }
        if (chosen != null) {
            StringBuilder all = new StringBuilder();
            for (PositionFormat format : PositionFormat.values()) {
                all.append(format.label()).append(": ").append(format.format(chosen.at())).append('\n');
            }
            return all.toString().strip();
        }
        try {
            PositionParser.parse(text);
            return " ";
        } catch (PositionParseException e) {
            boolean looksLikePosition = text.chars().anyMatch(Character::isDigit);
            if (looksLikePosition) {
                return e.getMessage();
            }
            return "No place or feature is named \"" + text.strip() + "\""
                    + (placesLoading ? " (the map's place names are still being read)" : "");
        }
    }
}
