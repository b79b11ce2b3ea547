package org.hubmap.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.hubmap.geo.PositionFormat;

/**
 * The strip under the map: the position under the pointer in the format the user picks, and in MGRS, what the
 * window last had to say (a layout read again, an edit refused), progress of file work, the zoom and a scale bar.
 */
final class StatusBar extends HBox {
    final Label position = new Label();
    final Label mgrs = new Label();
    final Label zoom = new Label();
    final Label message = new Label();
    /** The selected shared layer's server: connected, or unreachable with the edits waiting for it. */
    final Label connection = new Label();
    /** What the status bar says while the map draws layouts already read. */
    static final String DRAWING = "Drawing the map";
    private static final javafx.css.PseudoClass UNREACHABLE = javafx.css.PseudoClass.getPseudoClass("unreachable");

    StatusBar(MainViewModel model) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);

        position.getStyleClass().addAll("status-value", "coordinates");
        position.setId("status-position");
        position.textProperty().bind(model.positionTextProperty());
        position.setTooltip(new Tooltip("Position under the pointer (WGS84), in the format chosen beside it"));
        ChoiceBox<PositionFormat> format = new ChoiceBox<>();
        format.setId("status-position-format");
        format.getItems().setAll(PositionFormat.values());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(PositionFormat value) {
                return value == null ? "" : value.label();
            }

            @Override
            public PositionFormat fromString(String text) {
                return null;
            }
        });
        format.valueProperty().bindBidirectional(model.positionFormatProperty());
        format.setFocusTraversable(false);
        format.setTooltip(new Tooltip("How positions are written: degrees, degrees-minutes-seconds, MGRS or UTM"));

        mgrs.getStyleClass().addAll("status-value", "coordinates");
        mgrs.setId("status-mgrs");
        mgrs.textProperty().bind(model.mgrsTextProperty());
        mgrs.setTooltip(new Tooltip("Position under the pointer as an MGRS grid reference to 1 m"));

        // What the window last said, such as a layout read again; it takes the room left, shortened to fit.
        message.setId("status-message");
        message.getStyleClass().add("status-message");
        message.textProperty().bind(model.statusMessageProperty());
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(model.statusMessageProperty());
        message.tooltipProperty().bind(Bindings.when(model.statusMessageProperty().isEmpty())
                .then((Tooltip) null).otherwise(whole));
        HBox.setHgrow(message, Priority.ALWAYS);

        // Once the files are read the map may still be drawing them: the work shown lasts until it has.
        BooleanBinding onlyDrawing = model.mapDrawingProperty().and(model.busyProperty().not());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(Bindings.when(onlyDrawing).then(ProgressBar.INDETERMINATE_PROGRESS)
                .otherwise(model.progressProperty()));
        Label progressMessage = new Label();
        progressMessage.setId("status-progress-message");
        progressMessage.textProperty().bind(Bindings.when(onlyDrawing).then(DRAWING)
                .otherwise(model.progressMessageProperty()));
        Button cancel = new Button("Cancel");
        cancel.setId("status-cancel");
        cancel.setOnAction(event -> model.cancelWork());
        cancel.setTooltip(new Tooltip("Stop reading; layouts already read stay open"));
        HBox work = new HBox(6, progressMessage, progress, cancel);
        work.setAlignment(Pos.CENTER_LEFT);
        work.setId("status-work");
        work.visibleProperty().bind(model.busyProperty().or(model.mapDrawingProperty()));
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        work.managedProperty().bind(work.visibleProperty());

        connection.setId("status-connection");
        connection.getStyleClass().add("status-connection");
        // Said in few words, so that the message beside it keeps its room: connected, the server and user alone;
        // lost, briefly but in red. The tooltip says it in full.
        connection.textProperty().bind(Bindings.createStringBinding(() -> shortened(
                model.connectionTextProperty().get()), model.connectionTextProperty()));
        Tooltip connectionInFull = new Tooltip();
        connectionInFull.textProperty().bind(model.connectionTextProperty());
        connection.setTooltip(connectionInFull);
        connection.visibleProperty().bind(model.connectionTextProperty().isEmpty().not());
        connection.managedProperty().bind(connection.visibleProperty());
        javafx.scene.Node drum = SharedMark.drum();
        connection.graphicProperty().bind(Bindings.createObjectBinding(() -> model.connectionTextProperty().get()
                .startsWith(StoreConnection.CONNECTED_TO) ? drum : null, model.connectionTextProperty()));
        // Kept whole, being short; the message beside it gives way.
        connection.setMinWidth(Region.USE_PREF_SIZE);
        model.connectionTextProperty().addListener((o, before, now) -> connection.pseudoClassStateChanged(UNREACHABLE,
                now.startsWith(StoreConnection.UNREACHABLE)));

        zoom.getStyleClass().add("status-value");
        zoom.setId("status-zoom");
        zoom.textProperty().bind(model.zoomTextProperty());

        HBox positionBox = new HBox(6, format, position);
        positionBox.setAlignment(Pos.CENTER_LEFT);
        positionBox.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(positionBox, separator(), labelled("MGRS", mgrs), connection, message, work,
                separator(), zoom, separator(),
                new ScaleBar(model.scaleBarProperty(), MainViewModel.SCALE_BAR_MAX_PIXELS));
    }

    /** What the status bar shows of {@code connectionText}: the server and user alone while connected. */
    static String shortened(String connectionText) {
        if (connectionText.startsWith(StoreConnection.CONNECTED_TO)) {
            return connectionText.substring(StoreConnection.CONNECTED_TO.length());
        }
        if (connectionText.startsWith(StoreConnection.UNREACHABLE)) {
            return "Server unreachable — edits kept, sent when it is back"
                    + connectionText.substring(StoreConnection.UNREACHABLE.length());
        }
        return connectionText;
    }

    private static HBox labelled(String caption, Label value) {
        Label name = new Label(caption);
        name.getStyleClass().add("status-caption");
        HBox box = new HBox(6, name, value);
        box.setAlignment(Pos.BASELINE_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
