package org.hubmap.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.hubmap.document.LayoutDocument;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.PositionFormat;
import org.hubmap.geo.ScaleBarSpec;
import org.hubmap.io.ChangedElsewhereException;
import org.hubmap.io.FileStorage;
import org.hubmap.io.LayoutFormat;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutFormats;
import org.hubmap.io.LayoutReadResult;
import org.hubmap.io.LayoutStorage;
import org.hubmap.io.LayoutWriteReport;
import org.hubmap.io.ReadProgress;
import org.hubmap.io.WriteOptions;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.Layout;
import org.hubmap.render.BasemapOptions;
import org.hubmap.render.LayerAccent;
import org.hubmap.render.MapViewport;
import org.hubmap.render.SymbologyColours;
import org.hubmap.store.DatabaseStorage;
import org.hubmap.store.FeatureConflictException;
import org.hubmap.store.NotPermittedException;
import org.hubmap.store.StoreException;
import org.hubmap.ui.edit.OpenedLayout;
import org.hubmap.ui.window.ReadingTask;
import org.hubmap.ui.map.MapPosition;

/**
 * What the main window shows, as JavaFX properties the views bind to: the basemap choices, the opened layouts and
 * which one is selected, where the map is and the position under the pointer, and whether files are being read.
 *
 * <p>Files are read by tasks on one background executor and saved by tasks on another, so that a save never
 * waits behind a long read; their results are applied on the FX thread and their problems go to the
 * {@link ProblemReporter} as readable messages. Use from the FX thread only.
 */
final class MainViewModel {
    /** Widest scale bar, in pixels. */
    static final double SCALE_BAR_MAX_PIXELS = 120;
    private static final String APP_NAME = "HubMap";

    private final LayoutSource layoutSource;
    private volatile Task<?> currentTask;
    private final Executor opens;
    private final Executor saves;
    private final ProblemReporter problems;

    private final BasemapChoices basemap = new BasemapChoices(BasemapOptions.defaults());
    /**
     * Changes of a layout's state, file, saved state, visibility, lock and accent count as changes of the list, so
     * views follow edits and layer switches.
     */
    private final ObservableList<OpenedLayout> layouts = FXCollections.observableArrayList(
            opened -> new Observable[] {opened.changeProperty(), opened.visibleProperty(), opened.lockedProperty(),
                opened.accentProperty()});
    private final ObservableList<OpenedLayout> readOnlyLayouts = FXCollections.unmodifiableObservableList(layouts);
    private final ObservableList<OpenedLayout> visibleLayouts = FXCollections.unmodifiableObservableList(
            new FilteredList<>(layouts, opened -> opened.visibleProperty().get()));
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper(this, "statusMessage", "");
    private final ObservableList<String> exportNotes = FXCollections.observableArrayList();
    private final ObservableList<String> saveNotes = FXCollections.observableArrayList();
    /** Where a layout goes that could not be saved where it was: the window asks where, as Save As does. */
    private Consumer<OpenedLayout> saveElsewhere = layout -> { };
    private RecentFiles recentFiles = RecentFiles.none();
    private final ObjectProperty<OpenedLayout> selectedLayout = new SimpleObjectProperty<>(this, "selectedLayout");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle");
    /** What the window knows of the server of each shared layer open, by its storage. */
    private final Map<DatabaseStorage, StoreConnection> connections = new IdentityHashMap<>();
    /** Bumped when a server comes or goes, so that what the status bar says of it follows. */
    private final javafx.beans.property.IntegerProperty connectionChanges =
            new javafx.beans.property.SimpleIntegerProperty(this, "connectionChanges");
    private final ReadOnlyStringWrapper connectionText = new ReadOnlyStringWrapper(this, "connectionText", "");
    /** Told of a save refused because others changed the same features meanwhile: the window offers to merge. */
    private BiConsumer<OpenedLayout, FeatureConflictException> saveConflicted = (layout, conflict) -> { };

    private final ObjectProperty<MapViewport> viewport = new SimpleObjectProperty<>(this, "viewport");
    private final ObjectProperty<MapPosition> pointerPosition = new SimpleObjectProperty<>(this, "pointerPosition");
    private final ReadOnlyObjectWrapper<MapPosition> shownPosition = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyStringWrapper positionText = new ReadOnlyStringWrapper(this, "positionText", "");
    private final ObjectProperty<PositionFormat> positionFormat =
            new SimpleObjectProperty<>(this, "positionFormat", PositionFormat.DECIMAL_DEGREES);
    private final ReadOnlyStringWrapper mgrsText = new ReadOnlyStringWrapper(this, "mgrsText", "");
    private final ReadOnlyStringWrapper zoomText = new ReadOnlyStringWrapper(this, "zoomText", "");
    private final ReadOnlyObjectWrapper<ScaleBarSpec> scaleBar = new ReadOnlyObjectWrapper<>(this, "scaleBar");

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper(this, "progressMessage", "");
    private int runningTasks;
    /** Whether the map is still drawing layouts it was given anew; the window binds it to its map. */
    private final BooleanProperty mapDrawing = new SimpleBooleanProperty(this, "mapDrawing");

    /** Shown in the window title after the name of a layout with unsaved changes. */
    static final String UNSAVED_MARK = "(unsaved changes)";

    /** A view-model reading and saving layouts on {@code background}. */
    MainViewModel(LayoutSource layoutSource, Executor background, ProblemReporter problems) {
        this(layoutSource, background, background, problems);
    }

    /** A view-model reading layouts on {@code opens} and saving them on {@code saves}. */
    MainViewModel(LayoutSource layoutSource, Executor opens, Executor saves, ProblemReporter problems) {
        this.layoutSource = layoutSource;
        this.opens = opens;
        this.saves = saves;
        this.problems = problems;
        windowTitle.bind(Bindings.createStringBinding(this::titleText, selectedLayout, layouts));
        connectionText.bind(Bindings.createStringBinding(this::connectionOfSelected, selectedLayout, layouts,
                connectionChanges));
        shownPosition.bind(Bindings.createObjectBinding(this::positionToShow, pointerPosition, viewport));
        positionText.bind(Bindings.createStringBinding(this::formattedPosition, shownPosition, positionFormat));
        mgrsText.bind(Bindings.createStringBinding(
                () -> shownPosition.get() == null ? "" : shownPosition.get().mgrsText(), shownPosition));
        zoomText.bind(Bindings.createStringBinding(() -> viewport.get() == null ? ""
                : String.format(Locale.ROOT, "Zoom %.1f", viewport.get().zoom()), viewport));
        scaleBar.bind(Bindings.createObjectBinding(() -> viewport.get() == null ? null
                : ScaleBarSpec.fit(viewport.get().centerLat(), viewport.get().zoom(), SCALE_BAR_MAX_PIXELS), viewport));
    }

    public BasemapChoices basemap() {
        return basemap;
    }

    /** The opened layouts, in the order they were opened. */
    public ObservableList<OpenedLayout> layouts() {
        return readOnlyLayouts;
    }

    /** The layouts shown on the map, in the order they are drawn: the open ones not hidden. */
    public ObservableList<OpenedLayout> visibleLayouts() {
        return visibleLayouts;
    }

    /** What the window last had to tell that needs no answer, such as a layout read again; empty for nothing. */
    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    /** Puts {@code message} in the status bar until the next one. */
    public void showStatus(String message) {
        statusMessage.set(message);
    }

    /** What the formats of the layers last exported could not keep, as {@code FILE: not kept: ...}. */
    public ObservableList<String> exportNotes() {
        return exportNotes;
    }

    /**
     * What the last save could not keep of the file it replaced, such as its owner, as {@code FILE: not kept: ...};
     * empty when it kept all.
     */
    public ObservableList<String> saveNotes() {
        return saveNotes;
    }

    /**
     * What the status bar says of the selected layer's server: "Connected to HOST/DB as USER", or that it is
     * unreachable with how many edits wait for it; empty for a layer kept in a file.
     */
    public ReadOnlyStringProperty connectionTextProperty() {
        return connectionText.getReadOnlyProperty();
    }

    /** Tells {@code handler} of a shared layer's save refused over others' changes to the same features. */
    public void onSaveConflict(BiConsumer<OpenedLayout, FeatureConflictException> handler) {
        saveConflicted = handler;
    }

    /** Offers {@code saveAs} to the user when a save fails, to keep the layout somewhere else. */
    public void offerSaveElsewhere(Consumer<OpenedLayout> saveAs) {
        saveElsewhere = saveAs;
    }

    /** The files opened or saved last, newest first. */
    public RecentFiles recentFiles() {
        return recentFiles;
    }

    /** Keeps the files opened and saved in {@code recent} from now on. */
    public void useRecentFiles(RecentFiles recent) {
        recentFiles = recent;
    }

    /** The layout that Save As and Close act on and that the window title names; null when none is open. */
    public ObjectProperty<OpenedLayout> selectedLayoutProperty() {
        return selectedLayout;
    }

    /** "HubMap — FILE" for the selected layout's file, or "HubMap". */
    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    /** Where the map is; the map view keeps it current. */
    public ObjectProperty<MapViewport> viewportProperty() {
        return viewport;
    }

    /** The position under the mouse pointer, or where it last left the map; the map view keeps it current. */
    public ObjectProperty<MapPosition> pointerPositionProperty() {
        return pointerPosition;
    }

    /** The position the status bar shows and Copy copies: the pointer's, or the map centre before it moved. */
    public ReadOnlyObjectProperty<MapPosition> shownPositionProperty() {
        return shownPosition.getReadOnlyProperty();
    }

    /** The shown position in decimal degrees, such as {@code 50.45012° N  30.52340° E}. */
    /** How the status bar writes positions: decimal degrees, DMS, MGRS or UTM. */
    public ObjectProperty<PositionFormat> positionFormatProperty() {
        return positionFormat;
    }

    /** The shown position in the chosen format. */
    public ReadOnlyStringProperty positionTextProperty() {
        return positionText.getReadOnlyProperty();
    }

    /** The shown position as an MGRS reference, such as {@code 36U UU 12345 67890}. */
    public ReadOnlyStringProperty mgrsTextProperty() {
        return mgrsText.getReadOnlyProperty();
    }

    /** The map's zoom with one decimal, such as {@code Zoom 6.0}. */
    public ReadOnlyStringProperty zoomTextProperty() {
        return zoomText.getReadOnlyProperty();
    }

    /** A scale bar true along the parallel through the map centre; null before the map has a size. */
    public ReadOnlyObjectProperty<ScaleBarSpec> scaleBarProperty() {
        return scaleBar.getReadOnlyProperty();
    }

    /** Whether files are being read or written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * Whether the map is still drawing layouts just opened, closed, shown or hidden: the file is read, but the map
     * does not show it yet, so the window still shows that it is at work.
     */
    public BooleanProperty mapDrawingProperty() {
        return mapDrawing;
    }

    /** How far the latest file task is, from 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the latest file task is doing, such as "Opening depots.geojson". */
    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage.getReadOnlyProperty();
    }

    /**
     * Reads layout files in the background and adds them to the window, replacing any already open from the same
     * file; the last one read becomes the selected layout. Files that cannot be read are reported together, each
     * as {@code FILE:LINE:COL: what is wrong}; the others still open. A GeoJSON file is kept in its file, saved and
     * watched there; a file in another format is imported (see {@link #importLayers}).
     */
    public Task<List<OpenedLayout>> open(List<Path> files) {
        return read(files, false);
    }

    /**
     * Reads layout files of any format HubMap reads as new layers not yet saved: saving one asks for a GeoJSON
     * file, HubMap's own format, and never writes over the file read. What a format could not give (styles,
     * folders, rejected rows) waits in the Problems tab.
     */
    public Task<List<OpenedLayout>> importLayers(List<Path> files) {
        return read(files, true);
    }

    /** Whether a file opened is kept where it was read: HubMap saves layouts as GeoJSON only. */
    static boolean keptInItsFile(Path file) {
        return LayoutFormat.ofExtension(file).filter(format -> format == LayoutFormat.GEOJSON).isPresent();
    }

    private Task<List<OpenedLayout>> read(List<Path> files, boolean importAll) {
        List<Path> toRead = List.copyOf(files);
        Task<List<OpenedLayout>> task = new Task<>() {
            private final List<String> failures = new ArrayList<>();
            private int filesFailed;

            @Override
            protected List<OpenedLayout> call() {
                List<OpenedLayout> opened = new ArrayList<>();
                for (int i = 0; i < toRead.size() && !isCancelled(); i++) {
                    Path file = toRead.get(i);
                    updateMessage("Opening " + file.getFileName());
                    try {
                        boolean kept = !importAll && keptInItsFile(file);
                        FileStorage storage = new FileStorage(file);
                        if (kept) {
                            storage.noteVersionRead();
                        }
                        LayoutReadResult result = layoutSource.read(file, progressOf(i, toRead.size()));
                        // Counted and measured here, once, so that the window's panels and exports never read
                        // every feature of a large layout on the FX thread.
                        result.layout().count(FeatureKind.HUB);
                        result.layout().extent();
                        result.layout().nations();
                        List<String> warnings = new ArrayList<>();
                        result.warnings().forEach(warning -> warnings.add(warning.toString()));
                        if (result.warningsNotListed() > 0) {
                            warnings.add(file + ": " + result.warningsNotListed() + " more warnings not listed");
                        }
                        LayoutDocument document = kept ? LayoutDocument.read(storage, result.layout())
                                : new LayoutDocument(null, result.layout(), file.getFileName().toString());
                        opened.add(new OpenedLayout(document, warnings, kept ? null : file));
                    } catch (LayoutFormatException e) {
                        filesFailed++;
                        // Every fault the reader found, so that the file can be mended in one round.
                        e.errors().forEach(error -> failures.add(error.getMessage()));
                        if (e.errorsNotListed() > 0) {
                            failures.add(file + ": " + e.errorsNotListed() + " more errors not listed");
                        }
                    } catch (CancellationException e) {
                        break;
                    } catch (UncheckedIOException e) {
                        filesFailed++;
                        failures.add(describe(file, e.getCause()));
                    } catch (RuntimeException e) {
                        filesFailed++;
                        failures.add(describe(file, e));
                    }
                    updateProgress(i + 1, toRead.size());
                }
                return opened;
            }

            /** Progress within file {@code index} of {@code count}, and the user's cancel, for the reader. */
            private ReadProgress progressOf(int index, int count) {
                return new ReadProgress() {
                    @Override
                    public void bytesRead(long done, long total) {
                        updateProgress(index + (total > 0 ? (double) done / total : 0), count);
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                };
            }

            @Override
            protected void succeeded() {
                getValue().forEach(MainViewModel.this::addOrReplace);
                getValue().forEach(layout -> recentFiles.add(layout.file() != null ? layout.file()
                        : layout.importedFrom()));
                // Warnings wait in each layout's list of problems; only what could not be opened interrupts.
                if (!failures.isEmpty()) {
                    problems.report(filesFailed == 1 ? "This layout could not be opened."
                            : filesFailed + " layouts could not be opened.", failures);
                }
            }
        };
        currentTask = task;
        run(task, opens);
        return task;
    }

    /**
     * Reads the shared layout {@code storage} keeps in the background, with progress and Cancel as for a file, and
     * adds it as a layer (in place of the same layout already open); the features the user may not change there
     * are locked. A layout that cannot be read is reported as a file is, naming the server and why.
     */
    public Task<OpenedLayout> openShared(DatabaseStorage storage) {
        Task<OpenedLayout> task = new ReadingTask<>() {
            @Override
            protected OpenedLayout call() throws LayoutFormatException {
                updateMessage("Opening " + storage.name() + " from " + storage.address().host());
                LayoutReadResult result = storage.read(readProgress());
                // As for a file: counted here, once, never on the FX thread.
                result.layout().count(FeatureKind.HUB);
                result.layout().extent();
                result.layout().nations();
                List<String> warnings = result.warnings().stream().map(Object::toString).toList();
                OpenedLayout opened = new OpenedLayout(LayoutDocument.read(storage, result.layout()), warnings);
                DatabaseStorage.Permissions permissions = storage.permissions();
                opened.setFeatureLock(feature -> permissions.mayChange(feature) ? Optional.empty()
                        : Optional.of(permissions.whyNot(feature)));
                updateProgress(1, 1);
                return opened;
            }

            @Override
            protected void succeeded() {
                OpenedLayout opened = getValue();
                StoreConnection connection = new StoreConnection(storage);
                connection.reachable(true);
                connections.put(storage, connection);
                opened.document().addListener(connection::documentChanged);
                addOrReplace(opened);
                connectionChanges.set(connectionChanges.get() + 1);
                statusMessage.set("Opened layout " + storage.name() + " from " + storage.address().host() + " as "
                        + storage.permissions().user());
            }

            @Override
            protected void failed() {
                List<String> failures = new ArrayList<>();
                if (getException() instanceof LayoutFormatException e) {
                    e.errors().forEach(error -> failures.add(error.getMessage()));
                } else {
                    failures.add(describe(storage.location(), getException()));
                }
                problems.report("This layout could not be opened.", failures);
            }
        };
        currentTask = task;
        run(task, opens);
        return task;
    }

    /**
     * Sends the features of the shared layer {@code layout} changed since it was read or last saved, in the
     * background; once stored it counts as saved, and the status bar says how many changes went where. When the
     * server cannot be reached the edits stay, unsaved, and are sent once it is back; a save refused over others'
     * changes goes to the window to offer a merge; one refused for features another nation's says which.
     */
    public Task<Integer> saveShared(OpenedLayout layout, DatabaseStorage storage) {
        Layout content = layout.layout();
        Layout base = layout.document().base();
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() throws IOException {
                updateMessage("Saving " + storage.name() + " to " + storage.address().host());
                int changes = DatabaseStorage.changesBetween(base, content);
                storage.save(content, base);
                updateProgress(1, 1);
                return changes;
            }

            @Override
            protected void succeeded() {
                StoreConnection connection = connections.get(storage);
                if (connection != null) {
                    connection.reachable(true);
                    connectionChanges.set(connectionChanges.get() + 1);
                }
                if (!layouts.contains(layout)) {
                    return;
                }
                layout.markSaved(storage, content);
                int changes = getValue();
                statusMessage.set(changes == 0 ? "Layout " + storage.name() + " on " + storage.address().host()
                        + " has no changes to send" : "Saved " + (changes == 1 ? "1 change" : changes + " changes")
                        + " to layout " + storage.name() + " on " + storage.address().host());
            }

            @Override
            protected void failed() {
                Throwable problem = getException();
                if (problem instanceof FeatureConflictException conflict) {
                    saveConflicted.accept(layout, conflict);
                } else if (problem instanceof NotPermittedException refused) {
                    problems.report("The layout was not saved: some of its features are not yours to change.",
                            refused.refused());
                } else if (problem instanceof StoreException store
                        && store.reason() == StoreException.Reason.UNREACHABLE) {
                    StoreConnection connection = connections.get(storage);
                    if (connection != null) {
                        connection.saveWaits();
                        connectionChanges.set(connectionChanges.get() + 1);
                    }
                    // Short: the server's state beside it says why, and what happens next.
                    statusMessage.set(storage.name() + " was not saved yet");
                } else {
                    problems.offerSaveAs(layout.fileName() + " could not be saved.",
                            List.of(describe(storage.location(), problem)), () -> saveElsewhere.accept(layout));
                }
            }
        };
        run(task, saves);
        return task;
    }

    /**
     * Takes note that the server of {@code storage} was lost ({@code reachable} false) or is back; once back, a
     * save that waited for it is sent, through the same check against others' changes.
     */
    public void storeReachable(DatabaseStorage storage, boolean reachable) {
        StoreConnection connection = connections.get(storage);
        if (connection == null) {
            return;
        }
        connection.reachable(reachable);
        connectionChanges.set(connectionChanges.get() + 1);
        if (reachable && connection.takePendingSave()) {
            layouts.stream().filter(layout -> layout.document().storage().orElse(null) == storage).findFirst()
                    .filter(OpenedLayout::isModified).ifPresent(layout -> saveShared(layout, storage));
        }
    }

    /** What the status bar says of the selected layer's server; empty for a layer not shared. */
    private String connectionOfSelected() {
        OpenedLayout shown = selectedLayout.get();
        StoreConnection connection = shown == null ? null : shown.document().storage()
                .map(connections::get).orElse(null);
        return connection == null ? "" : connection.describe();
    }

    /** Stops the opening of files under way; layouts already read stay open, the rest are not opened. */
    public void cancelWork() {
        Task<?> task = currentTask;
        if (task != null) {
            task.cancel(false);
        }
    }

    /**
     * Saves the selected layout to {@code target} in the background, safely and losslessly (an unedited layout is
     * written byte for byte as it was read); once it is there the window refers to the new file.
     */
    public Task<Path> saveSelectedAs(Path target) {
        OpenedLayout layout = selectedLayout.get();
        if (layout == null) {
            throw new IllegalStateException("no layout selected");
        }
        return save(layout, target);
    }

    /**
     * Saves {@code layout} to {@code target} in the background, safely and losslessly; once it is there the layout
     * refers to that file and counts as saved, unless it was edited meanwhile, and what the save could not keep of
     * the file (its owner, say) is in the status bar and {@link #saveNotes()}. A save to the file it was read from
     * is refused when someone else changed that file since (see {@link #save(OpenedLayout, Path, boolean)}). A save
     * that fails leaves the layout as it was, modified, and the user is told why and offered to save elsewhere.
     */
    public Task<Path> save(OpenedLayout layout, Path target) {
        return save(layout, target, false);
    }

    /**
     * As {@link #save(OpenedLayout, Path)}; with {@code overwrite}, even over changes someone else made to the file
     * since it was read, which the user was asked about.
     */
    public Task<Path> save(OpenedLayout layout, Path target, boolean overwrite) {
        Layout content = layout.layout();
        FileStorage named = new FileStorage(target);
        // The layout's own storage when the file is the same: it knows the version read, and its own saves.
        LayoutStorage storage = layout.document().storage().filter(named::equals).orElse(named);
        Layout base = overwrite || storage == named ? null : layout.document().base();
        // A shared layer stays shared: Save As writes a copy of it and leaves it kept on its server.
        Optional<DatabaseStorage> shared = layout.document().storage().filter(DatabaseStorage.class::isInstance)
                .map(DatabaseStorage.class::cast);
        Task<Path> task = new Task<>() {
            private volatile List<String> notKept = List.of();

            @Override
            protected Path call() throws IOException {
                updateMessage("Saving " + target.getFileName());
                notKept = storage.save(content, base);
                updateProgress(1, 1);
                return target;
            }

            @Override
            protected void succeeded() {
                if (!layouts.contains(layout)) {
                    return;
                }
                if (shared.isPresent()) {
                    recentFiles.add(target);
                    statusMessage.set("Saved a copy of layout " + shared.get().name() + " to " + target.getFileName()
                            + "; the layer stays on " + shared.get().address().host());
                    return;
                }
                layouts.removeIf(other -> other != layout && other.file() != null
                        && storage.equals(new FileStorage(other.file())));
                layout.markSaved(storage, content);
                recentFiles.add(target);
                saveNotes.setAll(notKept.stream().map(note -> target + ": not kept: " + note).toList());
                statusMessage.set("Saved " + target.getFileName()
                        + (notKept.isEmpty() ? "" : ", but could not keep " + String.join("; ", notKept)));
            }

            @Override
            protected void failed() {
                List<String> message = List.of(describe(target, getException()));
                if (getException() instanceof ChangedElsewhereException changed) {
                    problems.report(changed.removed() ? "The layout was not saved: its file was deleted on disk."
                            : "The layout was not saved: its file changed on disk.", message);
                } else {
                    problems.offerSaveAs(layout.fileName() + " could not be saved.", message,
                            () -> saveElsewhere.accept(layout));
                }
            }
        };
        run(task, saves);
        return task;
    }

    /**
     * Reads {@code layout} again from where it is kept, in the background, and puts what it reads in its place:
     * same position, visibility, lock and accent, selected if it was; with {@code dropEdits}, its edits and their
     * history go. The status bar says so, {@code why} included. A file that cannot be read now is left as it was
     * open, and the status bar says why; so is a layout edited meanwhile unless its edits were to be dropped.
     */
    public Task<LayoutReadResult> reload(OpenedLayout layout, String why, boolean dropEdits) {
        LayoutStorage storage = layout.document().storage().orElseThrow();
        Task<LayoutReadResult> task = new Task<>() {
            @Override
            protected LayoutReadResult call() throws LayoutFormatException {
                updateMessage("Reading " + storage.name() + " again");
                return storage.read(ReadProgress.NONE);
            }

            @Override
            protected void succeeded() {
                // The layout kept there now: an earlier reload may have put another in its place.
                int at = -1;
                for (int i = 0; i < layouts.size(); i++) {
                    at = layouts.get(i).document().storage().orElse(null) == storage ? i : at;
                }
                if (at < 0) {
                    return;
                }
                OpenedLayout current = layouts.get(at);
                if (current.isModified() && !dropEdits) {
                    statusMessage.set(storage.name() + " changed on disk while you edited it; your edits stay, and"
                            + " saving asks before it overwrites the change.");
                    return;
                }
                List<String> warnings = getValue().warnings().stream().map(Object::toString).toList();
                OpenedLayout fresh = new OpenedLayout(LayoutDocument.read(storage, getValue().layout()), warnings);
                fresh.takeLayerStateOf(current);
                fresh.setOnEditRefused(statusMessage::set);
                boolean selected = selectedLayout.get() == current;
                layouts.set(at, fresh);
                if (selected) {
                    selectedLayout.set(fresh);
                }
                statusMessage.set("Reloaded " + storage.name() + ": " + why);
            }

            @Override
            protected void failed() {
                statusMessage.set(storage.name() + " was not reloaded: " + describe(storage.location(),
                        getException()));
            }
        };
        run(task, opens);
        return task;
    }

    /**
     * Reads the layout as it is kept now, by whoever changed it, without changing what is open. For a shared layout
     * the changes others stored are fetched first, so that once the user merged what is read, {@link
     * LayoutStorage#noteVersionRead} takes them all, and a save then changes those features at their stored
     * versions.
     */
    public Task<Layout> readStored(OpenedLayout layout) {
        LayoutStorage own = layout.document().storage().orElseThrow();
        LayoutStorage stored = own instanceof DatabaseStorage shared
                ? DatabaseStorage.of(shared.address(), shared.layoutName()) : new FileStorage(layout.file());
        Task<Layout> task = new Task<>() {
            @Override
            protected Layout call() throws IOException {
                updateMessage("Reading " + stored.name());
                if (own instanceof DatabaseStorage shared) {
                    shared.fetchChanges();
                }
                try {
                    return stored.read(ReadProgress.NONE).layout();
                } finally {
                    if (stored instanceof DatabaseStorage fresh) {
                        fresh.disconnect();
                    }
                }
            }

            @Override
            protected void failed() {
                problems.report(stored.name() + " could not be read.",
                        List.of(describe(stored.location(), getException())));
            }
        };
        run(task, opens);
        return task;
    }

    /**
     * Writes {@code layout} to {@code target} in the format its extension names, in the background; the layout
     * stays where it is kept. What that format could not keep goes to the Problems tab, and the status bar says
     * how it went.
     */
    public Task<LayoutWriteReport> exportLayer(OpenedLayout layout, Path target) {
        Layout content = layout.layout();
        Task<LayoutWriteReport> task = new Task<>() {
            @Override
            protected LayoutWriteReport call() throws IOException {
                updateMessage("Exporting " + target.getFileName());
                return LayoutFormats.write(content, target, WriteOptions.SHORTEST, new SymbologyColours());
            }

            @Override
            protected void succeeded() {
                LayoutWriteReport report = getValue();
                exportNotes.setAll(report.notKept().stream().map(note -> target + ": not kept: " + note).toList());
                statusMessage.set("Exported " + report.featureCount() + (report.featureCount() == 1 ? " feature"
                        : " features") + " to " + target.getFileName() + (report.notKept().isEmpty() ? ""
                        : "; what the format could not keep is listed under Problems"));
            }

            @Override
            protected void failed() {
                problems.report("The layer could not be exported.", List.of(describe(target, getException())));
            }
        };
        run(task, saves);
        return task;
    }

    /** Adds a new, empty layout, not yet saved to any file, and selects it. */
    public OpenedLayout newLayout() {
        int number = 1;
        for (OpenedLayout opened : layouts) {
            if (opened.file() == null) {
                number++;
            }
        }
        OpenedLayout created = new OpenedLayout(null, new Layout("Untitled", List.of()),
                number == 1 ? "Untitled layout" : "Untitled layout " + number);
        addOrReplace(created);
        return created;
    }

    /**
     * Adds {@code restored}, a layout whose unsaved changes were restored after HubMap stopped without saving, and
     * selects it; it takes the place of a layout open from the same file.
     */
    public void addRestored(OpenedLayout restored) {
        addOrReplace(restored);
    }

    /** The open layouts with changes not yet saved. */
    public List<OpenedLayout> unsavedLayouts() {
        return layouts.stream().filter(OpenedLayout::isModified).toList();
    }

    /** Removes the selected layout from the window; its file is left as it is. */
    public void closeSelected() {
        OpenedLayout layout = selectedLayout.get();
        if (layout == null) {
            return;
        }
        int index = layouts.indexOf(layout);
        layout.document().storage().ifPresent(connections::remove);
        layouts.remove(layout);
        selectedLayout.set(layouts.isEmpty() ? null : layouts.get(Math.min(index, layouts.size() - 1)));
    }

    /**
     * Adds {@code opened}, in place of a layout open from the same file, whose layer state it takes on; a new layer
     * gets the first accent no open layer has.
     */
    private void addOrReplace(OpenedLayout opened) {
        int existing = -1;
        for (int i = 0; i < layouts.size(); i++) {
            if (opened.file() != null && opened.file().equals(layouts.get(i).file())
                    || sharedAlike(opened, layouts.get(i))) {
                existing = i;
            }
        }
        opened.setOnEditRefused(statusMessage::set);
        if (existing >= 0) {
            opened.takeLayerStateOf(layouts.get(existing));
            layouts.set(existing, opened);
        } else {
            opened.accentProperty().set(freeAccent());
            layouts.add(opened);
        }
        selectedLayout.set(opened);
    }

    /** Whether both are the same shared layout, in the same store. */
    private static boolean sharedAlike(OpenedLayout one, OpenedLayout other) {
        Optional<LayoutStorage> stored = one.document().storage().filter(DatabaseStorage.class::isInstance);
        return stored.isPresent() && stored.equals(other.document().storage());
    }

    /** The first accent no open layer has, or one in turn when all are taken. */
    private LayerAccent freeAccent() {
        for (LayerAccent accent : LayerAccent.values()) {
            if (layouts.stream().noneMatch(layout -> layout.accentProperty().get() == accent)) {
                return accent;
            }
        }
        return LayerAccent.values()[layouts.size() % LayerAccent.values().length];
    }

    private void run(Task<?> task, Executor executor) {
        runningTasks++;
        busy.set(true);
        progress.bind(task.progressProperty());
        progressMessage.bind(task.messageProperty());
        task.stateProperty().addListener((o, before, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                runningTasks--;
                busy.set(runningTasks > 0);
            }
        });
        executor.execute(task);
    }

    private String formattedPosition() {
        MapPosition at = shownPosition.get();
        if (at == null) {
            return "";
        }
        if (positionFormat.get() == PositionFormat.DECIMAL_DEGREES) {
            return at.degreesText();
        }
        double lat = Math.max(-90, Math.min(90, at.lat()));
        double lon = Math.max(-180, Math.min(180, at.lon()));
        return positionFormat.get().format(new GeoPosition(lon, lat));
    }

    /** The application's name, the selected layout's and whether it has unsaved changes. */
    private String titleText() {
        OpenedLayout shown = selectedLayout.get();
        if (shown == null) {
            return APP_NAME;
        }
        String where = shown.document().storage().filter(DatabaseStorage.class::isInstance)
                .map(storage -> " on " + ((DatabaseStorage) storage).address().host()).orElse("");
        return APP_NAME + " — " + shown.fileName() + where + (shown.isModified() ? " " + UNSAVED_MARK : "");
    }

    private MapPosition positionToShow() {
        if (pointerPosition.get() != null) {
            return pointerPosition.get();
        }
        MapViewport view = viewport.get();
        return view == null || view.widthPixels() <= 0 ? null : new MapPosition(view.centerLon(), view.centerLat());
    }

    /** A problem as users read it, {@code FILE: what is wrong}, naming the file it concerns where it knows it. */
    static String describe(Path file, Throwable problem) {
        return describe(file.toString(), problem);
    }

    /** As {@link #describe(Path, Throwable)}, for a problem about the layout kept {@code where}. */
    static String describe(String where, Throwable problem) {
        if (problem instanceof FileSystemException fileProblem) {
            String about = fileProblem.getFile() == null ? where : fileProblem.getFile();
            return about + ": " + (fileProblem.getReason() != null ? fileProblem.getReason() : reasonFor(fileProblem));
        }
        String message = problem.getMessage();
        return where + ": " + (message == null || message.isBlank() ? problem.getClass().getSimpleName() : message);
    }

    private static String reasonFor(FileSystemException problem) {
        if (problem instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (problem instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (problem instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (problem instanceof NotDirectoryException) {
            return "not a folder";
        }
        return "cannot be accessed";
    }
}
