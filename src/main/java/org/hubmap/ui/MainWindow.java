package org.hubmap.ui;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.hubmap.document.DocumentChange;
import org.hubmap.document.LayoutDifferences;
import org.hubmap.document.Selection;
import org.hubmap.export.MapImage;
import org.hubmap.geo.GeoBounds;
import org.hubmap.geo.GeometryFraming;
import org.hubmap.io.LayoutStorage;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.ZoneValidity;
import org.hubmap.recovery.RecoveryArea;
import org.hubmap.render.BasemapOptions;
import org.hubmap.render.FeatureMarks;
import org.hubmap.render.LayerAccents;
import org.hubmap.render.LayoutEdit;
import org.hubmap.render.MapPainter;
import org.hubmap.render.MapViewport;
import org.hubmap.render.TileCache;
import org.hubmap.store.DatabaseStorage;
import org.hubmap.ui.live.ChangeMarks;
import org.hubmap.ui.live.SharedLayerUpdates;
import org.hubmap.store.FeatureConflictException;
import org.hubmap.ui.compare.LayoutComparisons;
import org.hubmap.ui.edit.ChecksPanel;
import org.hubmap.ui.edit.EditActions;
import org.hubmap.ui.edit.EditToolBar;
import org.hubmap.ui.edit.MapEditor;
import org.hubmap.ui.edit.OpenedLayout;
import org.hubmap.ui.edit.PositionDialog;
import org.hubmap.ui.export.ExportContext;
import org.hubmap.ui.export.ExportDialog;
import org.hubmap.ui.export.ExportTargets;
import org.hubmap.ui.map.BasemapTileSource;
import org.hubmap.ui.map.DaemonThreadFactory;
import org.hubmap.ui.map.MapPane;
import org.hubmap.ui.map.MapPosition;
import org.hubmap.ui.map.OfflineTileRetriever;
import org.hubmap.ui.window.WindowMemory;

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
    /** Device pixels per map pixel of a copied map image: sharp on a slide at twice the screen's size. */
    private static final double COPIED_IMAGE_SCALE = 2;
    /** The least a zoom to a feature shows around it, so that a hub or depot is seen with its surroundings. */
    private static final double FEATURE_FRAME_METRES = 5_000;

    private final Stage stage;
    private final ExecutorService openWork = Executors.newSingleThreadExecutor(new DaemonThreadFactory("layout-open"));
    private final ExecutorService saveWork = Executors.newSingleThreadExecutor(new DaemonThreadFactory("layout-save"));
    private final Dialogs dialogs;
    private final MainViewModel model;
    private final BasemapTileSource tiles;
    private final MapPane map = new MapPane();
    private final LayersPanel layersPanel;
    private final StatusBar statusBar;
    private final MenuBar menuBar;
    private final MapEditor editor;
    private final ChecksPanel checksPanel;
    private final TabPane bottomTabs = new TabPane();
    private final ProblemsPanel problemsPanel;
    private final ExecutorService checkWork = Executors.newSingleThreadExecutor(new DaemonThreadFactory("checks"));
    private final EditActions edits;
    private final ExecutorService imageWork = Executors.newSingleThreadExecutor(new DaemonThreadFactory("map-image"));
    private final LayoutComparisons comparisons;
    private ExportTargets exportTargets = ExportTargets.choosers();
    /** Where Save As puts a layout: asked of the user. */
    private Function<OpenedLayout, Optional<Path>> saveTargets;
    private Preferences exportSettings = Preferences.userNodeForPackage(ExportDialog.class);
    /** Where the last shared store connected to is kept. */
    private Preferences databaseSettings = Preferences.userNodeForPackage(DatabaseOpenDialog.class).node("database");
    private DatabaseOpenDialog databaseDialog;
    private final LayoutWatches watches;
    private final SharedLayerUpdates sharedUpdates;
    private final ChangeMarks changeMarks;
    private final LayoutAutosaves autosaves;
    /** The layouts whose outside change the user is being asked about, so that a second event asks nothing. */
    private final Set<OpenedLayout> asking = new HashSet<>();
    /** The layouts, accents and selection the map was last given, to draw again only when they change. */
    private List<Layout> shownLayouts;
    private LayerAccents shownAccents;
    private Selection shownSelection;

    MainWindow(Stage stage, LayoutSource layoutSource, CompletableFuture<TileCache> basemapTiles,
            CompletableFuture<MapPainter> painter, RecentFiles recent, LayoutAutosaves autosaves) {
        this.stage = stage;
        this.autosaves = autosaves;
        dialogs = new Dialogs(stage);
        saveTargets = dialogs::chooseSaveTarget;
        model = new MainViewModel(layoutSource, openWork, saveWork, dialogs);
        model.offerSaveElsewhere(layout -> saveTargets.apply(layout).ifPresent(target -> model.save(layout, target)));
        model.useRecentFiles(recent);

        tiles = new BasemapTileSource(basemapTiles, model.basemap().optionsProperty().get());
        OfflineTileRetriever.use(tiles);
        map.setBasemapOptions(model.basemap().optionsProperty().get());
        model.basemap().optionsProperty().addListener((o, before, now) -> {
            tiles.setOptions(now, map.getViewport());
            map.setBasemapOptions(now);
        });
        painter.thenAccept(ready -> Platform.runLater(() -> map.setPainter(ready)));
        // Indexed in the background now, so that the first Go to Position finds places at once.
        BundledBasemap.places();
        map.setMgrsGrid(model.basemap().mgrsGridProperty().get());
        model.basemap().mgrsGridProperty().addListener((o, before, now) -> map.setMgrsGrid(now));
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
        model.mapDrawingProperty().bind(map.drawingLayoutsProperty());
        changeMarks = new ChangeMarks();
        map.addEditLayer(changeMarks);
        changeMarks.setView(map.getViewport());
        map.viewportProperty().addListener((o, before, now) -> changeMarks.setView(now));
        sharedUpdates = new SharedLayerUpdates(changeMarks, model::showStatus, model.layouts()::contains);
        watches = new LayoutWatches(this::changedOnDisk, this::changedInStore, model::storeReachable,
                model::showStatus);
        model.onSaveConflict(this::saveConflicted);
        model.layouts().addListener((ListChangeListener<OpenedLayout>) change -> {
            showLayouts();
            watches.follow(model.layouts());
            autosaves.follow(model.layouts());
        });

        model.selectedLayoutProperty().addListener((o, before, now) -> showLayouts());
        // Tools pick among the layouts the map draws, by the same positions.
        editor = new MapEditor(map, model.visibleLayouts(), model.selectedLayoutProperty(), model::newLayout);
        edits = new EditActions(model.selectedLayoutProperty());

        layersPanel = new LayersPanel(model);
        statusBar = new StatusBar(model);
        menuBar = MainMenuBar.create(model, map, this, edits, editor);
        comparisons = new LayoutComparisons(stage, map, model.layouts(), model.selectedLayoutProperty(),
                dialogs::report);
        menuBar.getMenus().stream().filter(menu -> "menu-file".equals(menu.getId())).findFirst()
                .ifPresent(file -> comparisons.addMenuItems(file, "file-export-map"));
        EditToolBar toolBar = new EditToolBar(editor);

        checksPanel = new ChecksPanel(model.selectedLayoutProperty(), model.layouts(), map.drawingLayoutsProperty(),
                checkWork, map::centerOn);
        FeatureTable features = new FeatureTable(model.selectedLayoutProperty(), this::centreOn, this::zoomTo);
        problemsPanel = new ProblemsPanel(model.layouts(), model.exportNotes(), model.saveNotes());
        bottomTabs.getTabs().addAll(tab("Features", "tab-features", features), tab("Checks", "tab-checks",
                checksPanel), problemsPanel.tab(), comparisons.tab());
        PropertiesPanel properties = new PropertiesPanel(model.selectedLayoutProperty());

        BorderPane root = new BorderPane(new MapAndFeatures(map, bottomTabs), new VBox(menuBar, toolBar),
                properties, statusBar, layersPanel);
        root.getStyleClass().add("main-window");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::zoomWithKeys);
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            boolean files = event.getDragboard().hasFiles();
            if (files) {
                openDropped(event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(files);
            event.consume();
        });
        // The second redo key many programs use; a menu item takes only one.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), edits::redo);
        stage.setOnCloseRequest(event -> {
            // The window closes itself once every unsaved layout is settled, saves included.
            event.consume();
            settleUnsavedChanges(model.unsavedLayouts(), stage::close);
        });
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
        return show(stage, LayoutSource.files(), layoutFiles, WindowMemory.none());
    }

    /** As {@link #show(Stage, List)}, at the place and size {@code memory} kept, which it keeps again on closing. */
    static MainWindow show(Stage stage, List<Path> layoutFiles, WindowMemory memory) {
        return show(stage, LayoutSource.files(), layoutFiles, memory);
    }

    static MainWindow show(Stage stage, LayoutSource layoutSource, List<Path> layoutFiles) {
        return show(stage, layoutSource, layoutFiles, WindowMemory.none());
    }

    /** As {@link #show(Stage, List, WindowMemory)}, keeping the files opened and saved in {@code recent}. */
    static MainWindow show(Stage stage, List<Path> layoutFiles, WindowMemory memory, RecentFiles recent) {
        return show(stage, LayoutSource.files(), layoutFiles, memory, recent);
    }

    /** As {@link #show(Stage, List, WindowMemory, RecentFiles)}, reading the layouts from {@code layoutSource}. */
    static MainWindow show(Stage stage, LayoutSource layoutSource, List<Path> layoutFiles, WindowMemory memory,
            RecentFiles recent) {
        return show(stage, layoutSource, layoutFiles, memory, recent, LayoutAutosaves.none());
    }

    private static MainWindow show(Stage stage, LayoutSource layoutSource, List<Path> layoutFiles,
            WindowMemory memory) {
        return show(stage, layoutSource, layoutFiles, memory, RecentFiles.none());
    }

    /**
     * As {@link #show(Stage, List, WindowMemory, RecentFiles)}, keeping the unsaved changes of open layouts in
     * {@code recovery}; what an earlier run left there is offered first, and {@code layoutFiles} are read once
     * the user has chosen, but for those restored.
     */
    static MainWindow show(Stage stage, List<Path> layoutFiles, WindowMemory memory, RecentFiles recent,
            RecoveryArea recovery) {
        return show(stage, LayoutSource.files(), layoutFiles, memory, recent, LayoutAutosaves.in(recovery));
    }

    /** As {@link #show(Stage, List, WindowMemory, RecentFiles, RecoveryArea)}, reading from {@code layoutSource}. */
    static MainWindow show(Stage stage, LayoutSource layoutSource, List<Path> layoutFiles, WindowMemory memory,
            RecentFiles recent, RecoveryArea recovery) {
        return show(stage, layoutSource, layoutFiles, memory, recent, LayoutAutosaves.in(recovery));
    }

    private static MainWindow show(Stage stage, LayoutSource layoutSource, List<Path> layoutFiles,
            WindowMemory memory, RecentFiles recent, LayoutAutosaves autosaves) {
        MainWindow window = new MainWindow(stage, layoutSource, BundledBasemap.tiles(),
                BundledBasemap.painter(), recent, autosaves);
        memory.restore(stage, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        window.stage.show();
        window.map.requestFocus();
        Optional<RecoveryArea> recovery = autosaves.area();
        recovery.ifPresent(area -> area.onProblem(problem -> Platform.runLater(() -> window.model.showStatus(
                "Autosave: " + problem))));
        if (recovery.isPresent()) {
            new LayoutRecovery(stage, recovery.get(), window.model, autosaves, window.openWork, window.dialogs)
                    .offer(restored -> window.openOnStart(layoutFiles.stream()
                            .filter(file -> !restored.contains(file.toAbsolutePath().normalize())).toList()));
        } else {
            window.openOnStart(layoutFiles);
        }
        return window;
    }

    private void openOnStart(List<Path> layoutFiles) {
        if (!layoutFiles.isEmpty()) {
            model.open(layoutFiles);
        }
    }

    /**
     * Draws the layouts not hidden, each marked with its accent when several are open to tell apart, with the
     * selection of the selected one, when any of them differs from what the map shows: a save, which changes
     * none, draws nothing again. Showing or hiding a layout changes the positions of those after it, so the map
     * then makes every mark anew.
     */
    private void showLayouts() {
        OpenedLayout active = model.selectedLayoutProperty().get();
        // Filtered here, not read from the view-model's filtered list, which may not have seen this change yet.
        List<OpenedLayout> visible = model.layouts().stream().filter(layout -> layout.visibleProperty().get())
                .toList();
        List<Layout> layouts = visible.stream().map(OpenedLayout::layout).toList();
        // Marked while several layers are open, shown or not, so that a layer keeps its look as others come and go.
        LayerAccents accents = model.layouts().size() < 2 ? LayerAccents.NONE
                : LayerAccents.of(visible.stream().map(layout -> layout.accentProperty().get()).toList());
        Selection selection = active == null || !visible.contains(active) ? Selection.none() : active.selection();
        if (sameLayouts(layouts, shownLayouts) && accents.equals(shownAccents) && selection.equals(shownSelection)) {
            return;
        }
        LayoutEdit edit = editBetween(shownLayouts, layouts, visible);
        shownLayouts = layouts;
        shownAccents = accents;
        shownSelection = selection;
        map.showLayouts(layouts, accents, selection.asSet(), edit);
    }

    /** The accents of the layouts the map shows, as exports draw them too. */
    private LayerAccents shownAccents() {
        return shownAccents == null ? LayerAccents.NONE : shownAccents;
    }

    /**
     * What changed the layouts shown into {@code now}, the layouts of {@code visible}, when one layout changed by
     * the last change it announced; else {@link LayoutEdit#NONE}, and the map draws every feature anew.
     */
    private LayoutEdit editBetween(List<Layout> shown, List<Layout> now, List<OpenedLayout> visible) {
        if (shown == null || shown.size() != now.size()) {
            return LayoutEdit.NONE;
        }
        int changed = -1;
        for (int i = 0; i < now.size(); i++) {
            if (shown.get(i) != now.get(i)) {
                if (changed >= 0) {
                    return LayoutEdit.NONE;
                }
                changed = i;
            }
        }
        if (changed < 0) {
            return LayoutEdit.NONE;
        }
        DocumentChange last = visible.get(changed).changeProperty().get();
        return last != null && last.before().layout() == shown.get(changed) && last.after().layout() == now.get(changed)
                ? new LayoutEdit(changed, last.changes()) : LayoutEdit.NONE;
    }

    private static boolean sameLayouts(List<Layout> a, List<Layout> b) {
        if (b == null || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
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

    MapEditor editor() {
        return editor;
    }

    Dialogs dialogs() {
        return dialogs;
    }

    LayoutWatches watches() {
        return watches;
    }

    BasemapTileSource tiles() {
        return tiles;
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    LayoutComparisons comparisons() {
        return comparisons;
    }

    ChecksPanel checksPanel() {
        return checksPanel;
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
        open(dialogs.chooseLayoutsToOpen());
    }

    @Override
    public void openFromDatabase() {
        databaseDialog = new DatabaseOpenDialog(stage, databaseSettings, model::openShared);
        databaseDialog.show();
    }

    /** The marks of features others just changed, for tests. */
    ChangeMarks changeMarks() {
        return changeMarks;
    }

    /** The Open from Database dialog last shown, for tests; null before. */
    DatabaseOpenDialog databaseDialog() {
        return databaseDialog;
    }

    /** Where the last shared store connected to is kept; tests keep theirs apart. */
    void setDatabaseSettings(Preferences settings) {
        databaseSettings = settings;
    }

    /**
     * Opens files dropped on the window, as File ▸ Open does: each readable one as a layer; one that cannot be read
     * is listed with where and why, and the others still open.
     */
    void openDropped(List<Path> files) {
        open(files);
    }

    @Override
    public void openRecent(Path file) {
        if (!Files.isRegularFile(file)) {
            model.recentFiles().remove(file);
            model.showStatus(file.getFileName() + " is no longer at " + file.getParent()
                    + "; it was taken off the recent files.");
            return;
        }
        open(List.of(file));
    }

    @Override
    public void importLayers() {
        List<Path> files = dialogs.chooseLayersToImport();
        if (!files.isEmpty()) {
            showProblemsOnceRead(model.importLayers(files));
        }
    }

    @Override
    public void exportLayer() {
        OpenedLayout layout = model.selectedLayoutProperty().get();
        if (layout != null) {
            dialogs.chooseExportTarget(layout).ifPresent(target -> model.exportLayer(layout, target)
                    .addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, done -> {
                        if (!model.exportNotes().isEmpty()) {
                            bottomTabs.getSelectionModel().select(problemsPanel.tab());
                        }
                    }));
        }
    }

    private void open(List<Path> files) {
        // Opening a file that is open already reads it again in place of the open one; ask before edits go.
        List<OpenedLayout> replaced = model.unsavedLayouts().stream()
                .filter(open -> open.file() != null && files.contains(open.file())).toList();
        if (!files.isEmpty()) {
            settleUnsavedChanges(replaced, () -> showProblemsOnceRead(model.open(files)));
        }
    }

    /** Brings the Problems tab forward when a layer read has warnings: what its format could not give. */
    private void showProblemsOnceRead(Task<List<OpenedLayout>> reading) {
        reading.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, done -> {
            if (reading.getValue().stream().anyMatch(layout -> !layout.readWarnings().isEmpty())) {
                bottomTabs.getSelectionModel().select(problemsPanel.tab());
            }
        });
    }

    @Override
    public void saveLayout() {
        OpenedLayout layout = model.selectedLayoutProperty().get();
        if (layout != null) {
            save(layout, saving -> { }, () -> { });
        }
    }

    @Override
    public void saveAllLayouts() {
        saveEach(new ArrayDeque<>(model.unsavedLayouts()));
    }

    /** Saves each layout in turn, the next once the one before is saved: their questions never overlap. */
    private void saveEach(Deque<OpenedLayout> left) {
        OpenedLayout layout = left.poll();
        if (layout != null) {
            save(layout, saving -> saving.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED,
                    done -> Platform.runLater(() -> saveEach(left))), () -> saveEach(left));
        }
    }

    @Override
    public void saveLayoutAs() {
        OpenedLayout layout = model.selectedLayoutProperty().get();
        if (layout != null) {
            whenMayBeSaved(layout, () -> saveTargets.apply(layout).ifPresent(target -> model.save(layout, target)),
                    () -> { });
        }
    }

    @Override
    public void closeLayout() {
        OpenedLayout layout = model.selectedLayoutProperty().get();
        if (layout != null) {
            settleUnsavedChanges(layout.isModified() ? List.of(layout) : List.of(), () -> {
                model.selectedLayoutProperty().set(layout);
                model.closeSelected();
            });
        }
    }

    @Override
    public void paste() {
        edits.paste().ifPresent(problem -> dialogs.warn("Nothing to paste.", List.of(problem)));
    }

    @Override
    public void exit() {
        settleUnsavedChanges(model.unsavedLayouts(), stage::close);
    }

    /**
     * Saves {@code layout} to its file, or asks where for a new one, in the background, once its zones are known
     * to be valid or the user chose to save invalid ones: hands the save under way to {@code started}, or runs
     * {@code notSaved} when the user chose not to save after all.
     */
    private void save(OpenedLayout layout, Consumer<Task<?>> started, Runnable notSaved) {
        whenMayBeSaved(layout, () -> startSave(layout).ifPresentOrElse(started, notSaved), notSaved);
    }

    private Optional<Task<?>> startSave(OpenedLayout layout) {
        Optional<LayoutStorage> kept = layout.document().storage();
        if (kept.isPresent() && kept.get() instanceof DatabaseStorage shared) {
            return Optional.of(model.saveShared(layout, shared));
        }
        if (layout.file() == null) {
            return saveTargets.apply(layout).map(path -> model.save(layout, path));
        }
        LayoutStorage storage = kept.orElseThrow();
        if (!storage.changedElsewhere()) {
            return Optional.of(model.save(layout, layout.file()));
        }
        boolean removed = storage.removedElsewhere();
        if (removed && !Files.isDirectory(layout.file().toAbsolutePath().getParent())) {
            // Its folder went too: nothing to put back there. The save says so and offers Save As.
            return Optional.of(model.save(layout, layout.file(), true));
        }
        return switch (dialogs.askToOverwrite(layout.fileName(), removed)) {
            case OVERWRITE -> Optional.of(model.save(layout, layout.file(), true));
            case SAVE_AS -> saveTargets.apply(layout).map(path -> model.save(layout, path));
            case CANCEL -> Optional.empty();
        };
    }

    /**
     * Someone else changed where {@code storage} keeps a layout: one without edits here is read again; for one
     * with edits, the user chooses between their version and these edits, after comparing both if they like.
     */
    private void changedOnDisk(LayoutStorage storage) {
        OpenedLayout layout = model.layouts().stream()
                .filter(open -> open.document().storage().filter(storage::equals).isPresent()).findFirst()
                .orElse(null);
        // The layout's own storage decides: the event may be about a version already read again, or saved here.
        if (layout == null || asking.contains(layout) || !layout.document().storage().get().changedElsewhere()) {
            return;
        }
        if (!layout.isModified()) {
            model.reload(layout, "changed on disk", false);
            return;
        }
        asking.add(layout);
        askAboutOutsideChange(layout, Optional.empty());
    }

    /**
     * Someone else changed the shared layout {@code layout} on the server (or the server is back, and they may
     * have): their changes are fetched and taken in, except over the user's own edits.
     */
    void changedInStore(OpenedLayout layout, DatabaseStorage storage) {
        sharedUpdates.changed(layout, storage);
    }

    /**
     * A save of a shared layout was refused because others changed the same features meanwhile: says which, and
     * offers to merge the stored version in; once merged, the storage takes the stored versions, so that saving
     * again goes through.
     */
    private void saveConflicted(OpenedLayout layout, FeatureConflictException conflict) {
        dialogs.offerMergeOfStored(layout.fileName(), conflict.conflicts(), () -> {
            Task<Layout> theirs = model.readStored(layout);
            theirs.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, done -> comparisons.mergeVersion(layout,
                    theirs.getValue(), layout.fileName() + " on the server",
                    () -> layout.document().storage().ifPresent(LayoutStorage::noteVersionRead)));
        });
    }

    private void askAboutOutsideChange(OpenedLayout layout, Optional<LayoutDifferences> differences) {
        switch (dialogs.askAboutOutsideChange(layout.fileName(), differences)) {
            case RELOAD -> {
                asking.remove(layout);
                model.reload(layout, "changed on disk; your edits were dropped", true);
            }
            case KEEP_MINE -> {
                asking.remove(layout);
                model.showStatus("Kept your edits to " + layout.fileName() + "; saving asks before it overwrites"
                        + " the changes on disk.");
            }
            case MERGE -> {
                Task<Layout> theirs = model.readStored(layout);
                // Once merged, the version on disk is taken in: saving then writes over it without asking.
                theirs.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, done -> {
                    asking.remove(layout);
                    comparisons.mergeVersion(layout, theirs.getValue(), layout.fileName() + " on disk",
                            () -> layout.document().storage().ifPresent(LayoutStorage::noteVersionRead));
                });
                theirs.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, done -> asking.remove(layout));
            }
            case COMPARE -> {
                Task<Layout> theirs = model.readStored(layout);
                theirs.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, done -> askAboutOutsideChange(
                        layout, Optional.of(LayoutDifferences.between(layout.document().base(), layout.layout(),
                                theirs.getValue()))));
                theirs.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, done -> asking.remove(layout));
            }
        }
    }

    /**
     * Runs {@code then} on the FX thread once the layout is known to have no invalid zone, or the user, asked,
     * chose to save those it has; runs {@code otherwise} if not. Every zone's geometry is checked on the save
     * thread, ahead of the save: in a large layout that takes seconds. A layout edited while it was checked is
     * checked again.
     */
    private void whenMayBeSaved(OpenedLayout layout, Runnable then, Runnable otherwise) {
        Layout content = layout.layout();
        CompletableFuture.supplyAsync(() -> invalidZones(content), saveWork).whenComplete((problems, failure) ->
                Platform.runLater(() -> {
                    if (layout.layout() != content) {
                        whenMayBeSaved(layout, then, otherwise);
                    } else if (failure != null) {
                        dialogs.report("The layout's zones could not be checked; it was not saved.",
                                List.of(messageOf(failure)));
                        otherwise.run();
                    } else if (problems.isEmpty() || dialogs.confirmSaveWithInvalidZones(layout.fileName(), problems)) {
                        then.run();
                    } else {
                        otherwise.run();
                    }
                }));
    }

    /** What is wrong with each invalid zone of {@code layout}, named. */
    private static List<String> invalidZones(Layout layout) {
        List<String> problems = new ArrayList<>();
        for (LayoutFeature feature : layout.features()) {
            ZoneValidity.problemOf(feature).ifPresent(p -> problems.add(
                    (feature.name().isBlank() ? "zone " + feature.id() : feature.name()) + ": " + p.describe()));
        }
        return problems;
    }

    /**
     * Asks, for each layout with unsaved changes, whether to save it, saves those the user wants saved, and then
     * runs {@code then}: unless the user cancels or a save fails. Saves run in the background; the FX thread never
     * waits for them.
     */
    private void settleUnsavedChanges(List<OpenedLayout> unsaved, Runnable then) {
        settleEach(new ArrayDeque<>(unsaved), then);
    }

    private void settleEach(Deque<OpenedLayout> left, Runnable then) {
        OpenedLayout layout = left.poll();
        if (layout == null) {
            then.run();
            return;
        }
        model.selectedLayoutProperty().set(layout);
        switch (dialogs.askToSave(layout.fileName())) {
            case SAVE -> save(layout, saving -> saving.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED,
                    // After the save's own handling, which marks the layout saved.
                    done -> Platform.runLater(() -> settleEach(left, then))), () -> { });
            case DISCARD -> settleEach(left, then);
            case CANCEL -> {
            }
        }
    }

    @Override
    public void copyPosition() {
        // As the status bar writes it, in the format the user chose there.
        copy(model.shownPositionProperty().get(), position -> model.positionTextProperty().get());
    }

    @Override
    public void copyPositionAsMgrs() {
        copy(model.shownPositionProperty().get(), MapPosition::mgrsText);
    }

    @Override
    public void goToPosition() {
        new PositionDialog(map, editor, model.layouts(), model.selectedLayoutProperty(), model::newLayout,
                () -> BundledBasemap.places().getNow(null)).show(stage);
    }

    @Override
    public void exportMap() {
        Optional<MapPainter> painter = map.painter();
        if (painter.isEmpty()) {
            dialogs.warn("The map is still loading.", List.of("Export the map once it is drawn."));
            return;
        }
        OpenedLayout active = model.selectedLayoutProperty().get();
        ExportContext context = new ExportContext(painter.get(),
                shownLayouts == null ? List.of() : shownLayouts, shownAccents(),
                active == null ? List.of() : active.selectedFeatures(), map.getViewport(),
                model.basemap().optionsProperty().get(), defaultSheetTitle(active));
        new ExportDialog(context, exportSettings, exportTargets, Clock.systemUTC()).show(stage);
    }

    /** The layout's name as its collection gives it, else its file's name; "HubMap" with no layout open. */
    private static String defaultSheetTitle(OpenedLayout active) {
        if (active == null) {
            return "HubMap";
        }
        Object name = active.layout().collectionMembers().get("name");
        return name instanceof String text && !text.isBlank() ? text : active.fileName();
    }

    @Override
    public void copyMapImage() {
        Optional<MapPainter> painter = map.painter();
        if (painter.isEmpty()) {
            dialogs.warn("The map is still loading.", List.of("Copy the map image once it is drawn."));
            return;
        }
        MapViewport view = map.getViewport();
        MapViewport doubled = view.withSize(view.widthPixels(), view.heightPixels(),
                COPIED_IMAGE_SCALE * MapViewport.PIXELS_PER_INCH);
        List<Layout> layouts = shownLayouts == null ? List.of() : shownLayouts;
        LayerAccents accents = shownAccents();
        BasemapOptions options = model.basemap().optionsProperty().get();
        boolean grid = model.basemap().mgrsGridProperty().get();
        CompletableFuture.supplyAsync(() -> MapImage.render(painter.get(), doubled,
                FeatureMarks.of(layouts, Set.of()).withAccents(accents), options, grid), imageWork)
                .whenComplete((image, problem) -> Platform.runLater(() -> {
                    if (problem != null) {
                        dialogs.report("The map image could not be made.", List.of(messageOf(problem)));
                        return;
                    }
                    ClipboardContent content = new ClipboardContent();
                    content.putImage(SwingFXUtils.toFXImage(image, null));
                    Clipboard.getSystemClipboard().setContent(content);
                }));
    }

    /** Where exports go, asked of the user; tests answer instead. */
    void setExportTargets(ExportTargets targets) {
        exportTargets = targets;
    }

    /** Where Save As puts a layout, asked of the user; tests answer instead. */
    void setSaveTargets(Function<OpenedLayout, Optional<Path>> targets) {
        saveTargets = targets;
    }

    /** Where the export dialog keeps its choices; tests keep theirs apart. */
    void setExportSettings(Preferences settings) {
        exportSettings = settings;
    }

    @Override
    public void showShortcuts() {
        dialogs.showShortcuts(KeyboardShortcuts.of(menuBar));
    }

    @Override
    public void showAbout() {
        dialogs.showAbout();
    }

    /** Stops the window's background threads and its watches on files; call once it is closed. */
    public void dispose() {
        watches.close();
        sharedUpdates.close();
        autosaves.close();
        tiles.close();
        map.close();
        openWork.shutdownNow();
        saveWork.shutdown();
        checkWork.shutdownNow();
        imageWork.shutdownNow();
        comparisons.dispose();
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
