package org.hubmap.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.hubmap.render.Legend;
import org.hubmap.render.LegendPainter;
import org.hubmap.ui.edit.OpenedLayout;

/**
 * The legend of the open layouts, drawn by the same {@link LegendPainter} as exports and scrolled when it is taller
 * than the room left of the map. It follows the layouts: open, close and edit change it.
 */
final class LegendPanel extends ScrollPane {
    private final ImageView image = new ImageView();
    private final Label empty = new Label("Open a layout to see its legend.");
    private Legend shown;

    LegendPanel(ObservableList<OpenedLayout> layouts) {
        getStyleClass().add("legend-panel");
        setId("legend");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
        image.setSmooth(true);
        setContent(new StackPane(empty));
        layouts.addListener((ListChangeListener<OpenedLayout>) change -> show(layouts));
        sceneProperty().addListener((o, before, now) -> redraw());
        show(layouts);
    }

    /** The legend shown now. */
    Legend legend() {
        return shown;
    }

    private void show(List<OpenedLayout> layouts) {
        shown = Legend.of(layouts.stream().map(OpenedLayout::layout).toList());
        redraw();
    }

    private void redraw() {
        if (shown == null || shown.isEmpty()) {
            setContent(new StackPane(empty));
            return;
        }
        // Drawn at the screen's pixel density so that symbols and text stay sharp on HiDPI displays.
        double scale = getScene() != null && getScene().getWindow() != null
                ? getScene().getWindow().getOutputScaleX() : 1;
        var picture = LegendPainter.image(shown, scale);
        image.setImage(SwingFXUtils.toFXImage(picture, null));
        image.setFitWidth(picture.getWidth() / scale);
        image.setFitHeight(picture.getHeight() / scale);
        setContent(image);
    }
}
