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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.hubmap.document.LayoutDocument;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.PositionFormat;
import org.hubmap.geo.ScaleBarSpec;
import org.hubmap.io.FileStorage;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutReadResult;
import org.hubmap.io.ReadProgress;
import org.hubmap.model.Layout;
import org.hubmap.render.BasemapOptions;
import org.hubmap.render.MapViewport;
import org.hubmap.ui.edit.OpenedLayout;
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
    /** Changes of a layout's state, file or saved state count as changes of the list, so views follow edits. */
    private final ObservableList<OpenedLayout> layouts = FXCollections.observableArrayList(
            opened -> new Observable[] {opened.changeProperty()});
    private final ObservableList<OpenedLayout> readOnlyLayouts = FXCollections.unmodifiableObservableList(layouts);
    private final ObjectProperty<OpenedLayout> selectedLayout = new SimpleObjectProperty<>(this, "selectedLayout");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle");

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
     * file; the last one read becomes the selected layout. Files that cannot be read are reported together.
     */
    public Task<List<OpenedLayout>> open(List<Path> files) {
        List<Path> toRead = List.copyOf(files);
        Task<List<OpenedLayout>> task = new Task<>() {
            private final List<String> failures = new ArrayList<>();

            @Override
            protected List<OpenedLayout> call() {
                List<OpenedLayout> opened = new ArrayList<>();
                for (int i = 0; i < toRead.size() && !isCancelled(); i++) {
                    Path file = toRead.get(i);
                    updateMessage("Opening " + file.getFileName());
                    try {
                        LayoutReadResult result = layoutSource.read(file, progressOf(i, toRead.size()));
                        List<String> warnings = new ArrayList<>();
                        result.warnings().forEach(warning -> warnings.add(warning.toString()));
                        if (result.warningsNotListed() > 0) {
                            warnings.add(file + ": " + result.warningsNotListed() + " more warnings not listed");
                        }
                        opened.add(new OpenedLayout(LayoutDocument.read(new FileStorage(file), result.layout()),
                                warnings));
                    } catch (LayoutFormatException e) {
                        failures.add(e.getMessage());
                    } catch (CancellationException e) {
                        break;
                    } catch (UncheckedIOException e) {
                        failures.add(describe(file, e.getCause()));
                    } catch (RuntimeException e) {
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
                // Warnings wait in each layout's list of problems; only what could not be opened interrupts.
                if (!failures.isEmpty()) {
                    problems.report(failures.size() == 1 ? "This layout could not be opened."
                            : failures.size() + " layouts could not be opened.", failures);
                }
            }
        };
        currentTask = task;
        run(task, opens);
        return task;
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
     * refers to that file and counts as saved, unless it was edited meanwhile.
     */
    public Task<Path> save(OpenedLayout layout, Path target) {
        Layout content = layout.layout();
        FileStorage storage = new FileStorage(target);
        Layout base = layout.document().storage().filter(storage::equals).map(s -> layout.document().base())
                .orElse(null);
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws IOException {
                updateMessage("Saving " + target.getFileName());
                storage.save(content, base);
                updateProgress(1, 1);
                return target;
            }

            @Override
            protected void succeeded() {
                if (!layouts.contains(layout)) {
                    return;
                }
                layouts.removeIf(other -> other != layout && other.file() != null
                        && storage.equals(new FileStorage(other.file())));
                layout.markSaved(storage, content);
            }

            @Override
            protected void failed() {
                problems.report("The layout could not be saved.", List.of(describe(target, getException())));
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
        layouts.add(created);
        selectedLayout.set(created);
        return created;
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
        layouts.remove(layout);
        selectedLayout.set(layouts.isEmpty() ? null : layouts.get(Math.min(index, layouts.size() - 1)));
    }

    private void addOrReplace(OpenedLayout opened) {
        int existing = -1;
        for (int i = 0; i < layouts.size(); i++) {
            if (opened.file() != null && opened.file().equals(layouts.get(i).file())) {
                existing = i;
            }
        }
        if (existing >= 0) {
            layouts.set(existing, opened);
        } else {
            layouts.add(opened);
        }
        selectedLayout.set(opened);
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
        return APP_NAME + " — " + shown.fileName() + (shown.isModified() ? " " + UNSAVED_MARK : "");
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
        if (problem instanceof FileSystemException fileProblem) {
            String about = fileProblem.getFile() == null ? file.toString() : fileProblem.getFile();
            return about + ": " + (fileProblem.getReason() != null ? fileProblem.getReason() : reasonFor(fileProblem));
        }
        String message = problem.getMessage();
        return file + ": " + (message == null || message.isBlank() ? problem.getClass().getSimpleName() : message);
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
