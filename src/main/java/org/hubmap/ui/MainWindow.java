package org.hubmap.ui;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.hubmap.geo.GeoBounds;
import org.hubmap.geo.GeometryFraming;
import org.hubmap.model.LayoutFeature;
import org.hubmap.render.MapLabeller;
import org.hubmap.render.TileCache;
import org.hubmap.ui.map.BasemapTileSource;
import org.hubmap.ui.map.DaemonThreadFactory;
import org.hubmap.ui.map.MapPane;
import org.hubmap.ui.map.MapPosition;
import org.hubmap.ui.map.OfflineTileRetriever;

/**
 * HubMap's main window: menus on top, the layers panel on the left, the map in the middle with the feature table
 * under it, the properties panel on the right and the status bar below. It wires the views to one
 * {@link MainViewModel} and opens centred on Ukraine.
 */
final class MainWindow implements WindowActions {
    static final double DEFAULT_WIDTH = 1400;
    static final double DEFAULT_HEIGHT = 900;
    /** Below this the status bar and layers panel would have to crop their text. */
    private static final double MIN_WIDTH = 900;
    private static final double MIN_HEIGHT = 560;
    private static final String STYLESHEET = "/org/hubmap/ui/hubmap.css";
    /** The least a zoom to a feature shows around it, so that a hub or depot is seen with its surroundings. */
    private static final double FEATURE_FRAME_METRES = 5_000;

    private final Stage stage;
    private final ExecutorService fileWork = Executors.newSingleThreadExecutor(new DaemonThreadFactory("layout-files"));
    private final Dialogs dialogs;
    private final MainViewModel model;
    private final BasemapTileSource tiles;
    private final MapPane map = new MapPane();
    private final LayersPanel layersPanel;
    private final StatusBar statusBar;
    private final MenuBar menuBar;

    MainWindow(Stage stage, LayoutSource layoutSource, CompletableFuture<TileCache> basemapTiles,
            CompletableFuture<MapLabeller> labeller) {
        this.stage = stage;
        dialogs = new Dialogs(stage);
        model = new MainViewModel(layoutSource, fileWork, dialogs);

        tiles = new BasemapTileSource(basemapTiles, model.basemap().optionsProperty().get());
        OfflineTileRetriever.use(tiles);
        map.setBasemapOptions(model.basemap().optionsProperty().get());
        model.basemap().optionsProperty().addListener((o, before, now) -> {
            tiles.setOptions(now, map.getViewport());
            map.setBasemapOptions(now);
        });
        labeller.thenAccept(ready -> Platform.runLater(() -> map.setLabeller(ready)));
        tiles.pendingTilesProperty().addListener((o, before, now) -> {
            if (now.intValue() == 0) {
                Platform.runLater(map::tidyTiles);
            }
        });
        basemapTiles.whenComplete((ready, problem) -> {
            if (problem != null) {
                Platform.runLater(() -> dialogs.report("The basemap could not be loaded; the map stays empty.",
                        List.of(messageOf(problem))));
            }
        });

        map.zoomTo(GeoBounds.UKRAINE);
        model.viewportProperty().bind(map.viewportProperty());
        model.pointerPositionProperty().bind(map.pointerPositionProperty());
        model.layouts().addListener((ListChangeListener<OpenedLayout>) change -> showLayouts());

        layersPanel = new LayersPanel(model);
        statusBar = new StatusBar(model);
        menuBar = MainMenuBar.create(model, map, this);

        PropertiesPanel properties = new PropertiesPanel(model.selectedLayoutProperty());
        FeatureTable features = new FeatureTable(model.selectedLayoutProperty(), this::centreOn, this::zoomTo);
        BorderPane root = new BorderPane(new MapAndFeatures(map, features), menuBar, properties, statusBar,
                layersPanel);
        root.getStyleClass().add("main-window");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(DEFAULT_WIDTH, screen.getWidth()),
                Math.min(DEFAULT_HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::zoomWithKeys);
        stage.setScene(scene);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.titleProperty().bind(model.windowTitleProperty());
    }

    /**
     * Shows a new main window in {@code stage}, centred on Ukraine, and starts reading {@code layoutFiles} in the
     * background.
     */
    static MainWindow show(Stage stage, List<Path> layoutFiles) {
        return show(stage, LayoutSource.files(), layoutFiles);
    }

    static MainWindow show(Stage stage, LayoutSource layoutSource, List<Path> layoutFiles) {
        MainWindow window = new MainWindow(stage, layoutSource, BundledBasemap.tiles(),
                BundledBasemap.labeller());
        window.stage.show();
        window.map.requestFocus();
        if (!layoutFiles.isEmpty()) {
            window.model.open(layoutFiles);
        }
        return window;
    }

    /** Draws the open layouts with the selection of the selected one. */
    private void showLayouts() {
        OpenedLayout active = model.selectedLayoutProperty().get();
        map.showLayouts(model.layouts().stream().map(OpenedLayout::layout).toList(),
                active == null ? Set.of() : active.selectedFeatureSet());
    }

    private void centreOn(LayoutFeature feature) {
        feature.geometry().flatMap(GeometryFraming::centre)
                .ifPresent(centre -> map.centerOn(centre.lonDegrees(), centre.latDegrees()));
    }

    private void zoomTo(LayoutFeature feature) {
        feature.geometry().flatMap(geometry -> GeometryFraming.bounds(geometry, FEATURE_FRAME_METRES))
                .ifPresent(map::zoomTo);
    }

    MainViewModel model() {
        return model;
    }

    MapPane map() {
        return map;
    }

    BasemapTileSource tiles() {
        return tiles;
    }

    LayersPanel layersPanel() {
        return layersPanel;
    }

    StatusBar statusBar() {
        return statusBar;
    }

    MenuBar menuBar() {
        return menuBar;
    }

    @Override
    public void openLayouts() {
        List<Path> files = dialogs.chooseLayoutsToOpen();
        if (!files.isEmpty()) {
            model.open(files);
        }
    }

    @Override
    public void saveLayoutAs() {
        OpenedLayout layout = model.selectedLayoutProperty().get();
        if (layout != null) {
            dialogs.chooseSaveTarget(layout).ifPresent(model::saveSelectedAs);
        }
    }

    @Override
    public void exit() {
        stage.close();
    }

    @Override
    public void copyPosition() {
        copy(model.shownPositionProperty().get(), MapPosition::degreesText);
    }

    @Override
    public void copyPositionAsMgrs() {
        copy(model.shownPositionProperty().get(), MapPosition::mgrsText);
    }

    @Override
    public void showShortcuts() {
        dialogs.showShortcuts(KeyboardShortcuts.of(menuBar));
    }

    @Override
    public void showAbout() {
        dialogs.showAbout();
    }

    /** Stops the window's background threads; call once it is closed. */
    public void dispose() {
        tiles.close();
        map.close();
        fileWork.shutdownNow();
    }

    /** The zoom keys that menu accelerators cannot also take: {@code =} and the numeric keypad's + and −. */
    private void zoomWithKeys(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        switch (event.getCode()) {
            case EQUALS, ADD -> map.zoomIn();
            case SUBTRACT -> map.zoomOut();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private static void copy(MapPosition position, Function<MapPosition, String> format) {
        if (position == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(format.apply(position));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static String messageOf(Throwable problem) {
        Throwable cause = problem instanceof CompletionException && problem.getCause() != null
                ? problem.getCause() : problem;
        if (cause instanceof UncheckedIOException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return MainViewModel.describe(Path.of("basemap"), cause);
    }
}
