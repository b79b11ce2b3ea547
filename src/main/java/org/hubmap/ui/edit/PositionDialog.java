package org.hubmap.ui.edit;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.PositionFormat;
import org.hubmap.geo.PositionParseException;
import org.hubmap.geo.PositionParser;
import org.hubmap.model.FeatureKind;
import org.hubmap.ui.map.MapPane;

/**
 * "Go to position": the user types a position in any form HubMap reads (decimal degrees, DMS, MGRS, UTM), sees at
 * once where it is in every format or what is wrong with the text, and then centres the map there or places a new
 * hub or depot exactly there.
 */
public final class PositionDialog {
    private static final ButtonType GO = new ButtonType("Go There", ButtonBar.ButtonData.OK_DONE);
    private static final ButtonType HUB = new ButtonType("Place Hub", ButtonBar.ButtonData.OTHER);
    private static final ButtonType DEPOT = new ButtonType("Place Depot", ButtonBar.ButtonData.OTHER);

    private final MapPane map;
    private final ObjectProperty<OpenedLayout> active;
    private final Supplier<OpenedLayout> newLayout;

    public PositionDialog(MapPane map, ObjectProperty<OpenedLayout> active, Supplier<OpenedLayout> newLayout) {
        this.map = map;
        this.active = active;
        this.newLayout = newLayout;
    }

    /** Shows the dialog over {@code owner} and does what the user chooses. */
    public void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Go to Position");
        dialog.setHeaderText("Type a position: degrees, DMS, MGRS or UTM");
        TextField text = new TextField();
        text.setId("position-text");
        text.setPromptText("50.4501 30.5234   ·   50°27'0.4\"N 30°31'24.2\"E   ·   36U UU 12345 67890");
        text.setPrefColumnCount(36);
        Label reading = new Label(" ");
        reading.setId("position-reading");
        reading.setWrapText(true);
        reading.setMinHeight(80);
        dialog.getDialogPane().setContent(new VBox(8, text, reading));
        dialog.getDialogPane().getButtonTypes().addAll(GO, HUB, DEPOT, ButtonType.CANCEL);
        for (ButtonType type : new ButtonType[] {GO, HUB, DEPOT}) {
            Button button = (Button) dialog.getDialogPane().lookupButton(type);
            button.setDisable(true);
            text.textProperty().addListener((o, before, now) -> button.setDisable(parse(now).isEmpty()));
        }
        text.textProperty().addListener((o, before, now) -> reading.setText(describe(now)));
        dialog.setOnShown(e -> text.requestFocus());
        Optional<ButtonType> choice = dialog.showAndWait();
        Optional<GeoPosition> position = parse(text.getText());
        if (choice.isEmpty() || position.isEmpty()) {
            return;
        }
        GeoPosition at = position.get();
        if (choice.get() == HUB || choice.get() == DEPOT) {
            OpenedLayout target = active.get() != null ? active.get() : newLayout.get();
            FeatureEdits.addPoint(target, choice.get() == HUB ? FeatureKind.HUB : FeatureKind.DEPOT, at);
        }
        if (choice.get() != ButtonType.CANCEL) {
            map.centerOn(at.lonDegrees(), at.latDegrees());
        }
    }

    private static Optional<GeoPosition> parse(String text) {
        try {
            return Optional.of(PositionParser.parse(text));
        } catch (PositionParseException e) {
            return Optional.empty();
        }
    }

    /** The position in every format, or what is wrong with the text. */
    static String describe(String text) {
        if (text.isBlank()) {
            return " ";
        }
        try {
            GeoPosition at = PositionParser.parse(text);
            StringBuilder all = new StringBuilder();
            for (PositionFormat format : PositionFormat.values()) {
                all.append(format.label()).append(": ").append(format.format(at)).append('\n');
            }
            return all.toString().strip();
        } catch (PositionParseException e) {
            return e.getMessage();
        }
    }
}
