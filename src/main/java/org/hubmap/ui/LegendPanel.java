package org.hubmap.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.hubmap.model.Layout;
import org.hubmap.render.Legend;
import org.hubmap.render.LegendPainter;
import org.hubmap.ui.edit.OpenedLayout;
import org.hubmap.ui.map.DaemonThreadFactory;

/**
 * The legend of the open layouts, drawn by the same {@link LegendPainter} as exports and scrolled when it is taller
 * than the room left of the map. It follows the layouts: open, close and edit change it.
 *
 * <p>Working out a legend reads every feature, which takes a noticeable time in a large layout, so it is done on a
 * background thread; the panel shows the legend of the layouts last given once it is ready. A save, which gives
 * the same layouts again, works out nothing.
 */
final class LegendPanel extends ScrollPane {
    private static final Logger LOG = Logger.getLogger(LegendPanel.class.getName());
    /** One thread at most, ended when idle, so that a closed window leaves none behind. */
    private final Executor work = new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            new DaemonThreadFactory("legend"));
    private final ImageView image = new ImageView();
    private final Label empty = new Label("Open a layout to see its legend.");
    private List<Layout> asked = List.of();
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
        List<Layout> wanted = layouts.stream().map(OpenedLayout::layout).toList();
        if (sameLayouts(wanted, asked)) {
            return;
        }
        asked = wanted;
        CompletableFuture.supplyAsync(() -> Legend.of(wanted), work).whenComplete((legend, problem) -> {
            if (problem != null) {
                LOG.log(Level.WARNING, "the legend could not be worked out", problem);
                return;
            }
            Platform.runLater(() -> {
                if (asked == wanted) {
                    shown = legend;
                    redraw();
                }
            });
        });
    }

    private static boolean sameLayouts(List<Layout> one, List<Layout> other) {
        if (one.size() != other.size()) {
            return false;
        }
        for (int i = 0; i < one.size(); i++) {
            if (one.get(i) != other.get(i)) {
                return false;
            }
        }
        return true;
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
