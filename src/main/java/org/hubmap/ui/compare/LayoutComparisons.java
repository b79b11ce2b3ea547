package org.hubmap.ui.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Alert;
import javafx.scene.control.Dialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.hubmap.compare.LayoutDiff;
import org.hubmap.compare.LayoutMerge;
import org.hubmap.compare.MergeDecisions;
import org.hubmap.compare.MergeResult;
import org.hubmap.document.Selection;
import org.hubmap.geo.GeometryFraming;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutFormats;
import org.hubmap.model.Layout;
import org.hubmap.model.edit.EditCommand;
import org.hubmap.ui.edit.OpenedLayout;
import org.hubmap.ui.map.DaemonThreadFactory;
import org.hubmap.ui.map.MapPane;
import org.hubmap.ui.window.ReadingTask;
import org.hubmap.ui.window.ScreenFit;

/**
 * Compare With… and Merge From… for the main window: reads the other file on a background thread (with progress
 * and Cancel in the Differences tab), works out the diff or the merge there too, and on the JavaFX thread shows the
 * comparison in the tab and over the map, or makes the merge one step on the active layout's undo stack, asking
 * first in the {@link MergeDialog} when it has conflicts.
 *
 * <p>A merge is three-way whenever the active layout has a base (the layout as it was loaded or last saved), so
 * that my edit and the colleague's edit of different properties of one feature both survive; a layout never saved
 * merges two-way.
 */
public final class LayoutComparisons {
    /** The least a zoom to a feature shows around it, as the feature table's zoom does. */
    private static final double FEATURE_FRAME_METRES = 5_000;

    private final Window owner;
    private final MapPane map;
    private final ObservableList<OpenedLayout> layouts;
    private final ObjectProperty<OpenedLayout> active;
    private final BiConsumer<String, List<String>> report;
    private final ExecutorService work = Executors.newSingleThreadExecutor(new DaemonThreadFactory("compare"));
    private final ComparisonLayer layer = new ComparisonLayer();
    private final DifferencesPanel panel;
    private ComparisonFiles files;
    private final BooleanProperty comparing = new SimpleBooleanProperty(this, "comparing");
    private MergeDialog openDialog;

    /**
     * Comparisons for the window over {@code owner}, drawn over {@code map}, of the layout {@code active} among
     * {@code layouts}; problems go to {@code report} as a summary and readable messages.
     */
    public LayoutComparisons(Window owner, MapPane map, ObservableList<OpenedLayout> layouts,
            ObjectProperty<OpenedLayout> active, BiConsumer<String, List<String>> report) {
        this.owner = owner;
        this.map = map;
        this.layouts = layouts;
        this.active = active;
        this.report = report;
        this.files = ComparisonFiles.choosers(owner);
        panel = new DifferencesPanel(this::showRow, this::zoomToRow, this::clear);
        map.addEditLayer(layer);
        layer.setView(map.getViewport());
        map.viewportProperty().addListener((o, before, now) -> layer.setView(now));
    }

    /** The Differences tab, for the tabs under the map. */
    public Tab tab() {
        return panel.tab();
    }

    /**
     * Puts Compare With…, Compare With Open Layout, Clear Comparison and Merge From… into {@code fileMenu} as a
     * group of their own after the item {@code afterId}, or at its end when it has no such item.
     */
    public void addMenuItems(Menu fileMenu, String afterId) {
        MenuItem compare = item("Compare With…", "file-compare", this::compareWithFile);
        compare.disableProperty().bind(active.isNull());
        Menu compareOpen = new Menu("Compare With Open Layout");
        compareOpen.setId("file-compare-open");
        layouts.addListener((ListChangeListener<OpenedLayout>) change -> listOtherLayouts(compareOpen));
        active.addListener((o, before, now) -> listOtherLayouts(compareOpen));
        listOtherLayouts(compareOpen);
        MenuItem merge = item("Merge From…", "file-merge", this::mergeFromFile);
        merge.disableProperty().bind(active.isNull());
        MenuItem clear = item("Clear Comparison", "file-clear-comparison", this::clear);
        clear.disableProperty().bind(comparing.not());
        List<MenuItem> items = List.of(new SeparatorMenuItem(), compare, compareOpen, clear, merge);
        int at = fileMenu.getItems().size();
        for (int i = 0; i < fileMenu.getItems().size(); i++) {
            if (afterId.equals(fileMenu.getItems().get(i).getId())) {
                at = i + 1;
            }
        }
        fileMenu.getItems().addAll(at, items);
    }

    /** Where Compare With… and Merge From… get their files; tests give them without a chooser. */
    public void setFiles(ComparisonFiles chosen) {
        files = chosen;
    }

    /** Asks for a file and compares the active layout with it. */
    public void compareWithFile() {
        OpenedLayout mine = active.get();
        if (mine == null) {
            return;
        }
        files.toCompare().ifPresent(file -> {
            Layout before = mine.layout();
            run(new Work<Comparison>() {
                @Override
                protected Comparison call() throws LayoutFormatException {
                    Layout other = read(file);
                    return Comparison.of(LayoutDiff.between(before, other), mine.fileName(),
                            file.getFileName().toString());
                }
            }, "Comparing with " + file.getFileName(), this::show, file);
        });
    }

    /** Compares the active layout with {@code other}, another open layout, as both are now. */
    public void compareWith(OpenedLayout other) {
        OpenedLayout mine = active.get();
        if (mine == null) {
            return;
        }
        Layout before = mine.layout();
        Layout after = other.layout();
        run(new Work<Comparison>() {
            @Override
            protected Comparison call() {
                return Comparison.of(LayoutDiff.between(before, after), mine.fileName(), other.fileName());
            }
        }, "Comparing with " + other.fileName(), this::show, null);
    }

    /** Asks for a colleague's file and merges it into the active layout. */
    public void mergeFromFile() {
        OpenedLayout target = active.get();
        if (target == null) {
            return;
        }
        files.toMerge().ifPresent(file -> {
            Layout mine = target.layout();
            Layout base = target.document().base();
            run(new Work<MergeResult>() {
                @Override
                protected MergeResult call() throws LayoutFormatException {
                    Layout theirs = read(file);
                    return base == null ? LayoutMerge.twoWay(mine, theirs) : LayoutMerge.threeWay(base, mine, theirs);
                }
            }, "Merging " + file.getFileName(), result -> settle(target, result, file.getFileName().toString(),
                    base != null, () -> { }), file);
        });
    }

    /**
     * Merges {@code theirs}, another version of {@code target} named {@code theirsName} (such as its file as
     * changed on disk), into it against the version it was loaded from; {@code merged} runs once the merge is
     * made, and not when the user cancels it.
     */
    public void mergeVersion(OpenedLayout target, Layout theirs, String theirsName, Runnable merged) {
        Layout mine = target.layout();
        Layout base = target.document().base();
        run(new Work<MergeResult>() {
            @Override
            protected MergeResult call() {
                return base == null ? LayoutMerge.twoWay(mine, theirs) : LayoutMerge.threeWay(base, mine, theirs);
            }
        }, "Merging " + theirsName, result -> settle(target, result, theirsName, base != null, merged), null);
    }

    /** Removes the comparison from the map and the Differences tab. */
    public void clear() {
        show(null);
    }

    /** The merge dialog while it is open, for tests; empty otherwise. */
    public Optional<Dialog<?>> mergeDialog() {
        return Optional.ofNullable(openDialog).<Dialog<?>>map(MergeDialog::dialog).filter(Dialog::isShowing);
    }

    /** Stops the background work; call once the window is closed. */
    public void dispose() {
        work.shutdownNow();
    }

    /**
     * Merges at once when nothing conflicts, else once the user has settled the conflicts in the dialog; then runs
     * {@code merged}.
     */
    private void settle(OpenedLayout target, MergeResult result, String theirs, boolean threeWay, Runnable merged) {
        if (result.conflicts().isEmpty()) {
            boolean changed = apply(target, result, MergeDecisions.none(), theirs, merged);
            summary(MergeSummary.heading(changed, target.fileName(), theirs), MergeSummary.lines(result));
            return;
        }
        openDialog = MergeDialog.show(owner, result, target.fileName(), theirs, threeWay,
                decisions -> apply(target, result, decisions, theirs, merged));
    }

    /**
     * Makes the merge one step on {@code target}'s undo stack and shows what it did in the Differences tab.
     *
     * @return whether the merge changed the layout
     */
    private boolean apply(OpenedLayout target, MergeResult result, MergeDecisions decisions, String theirs,
            Runnable merged) {
        if (target.layout() != result.mine()) {
            report.accept("The merge was not made.", List.of(target.fileName() + " changed while " + theirs
                    + " was being merged into it; merge it again."));
            return false;
        }
        Optional<EditCommand> command = result.command(decisions);
        Layout before = target.layout();
        // Nothing selected: the selection's orange round the merged features would read as the amber of a change.
        command.ifPresent(step -> target.takeIn(step, Selection.none()));
        merged.run();
        Layout after = target.layout();
        String mine = target.fileName();
        run(new Work<Comparison>() {
            @Override
            protected Comparison call() {
                return Comparison.ofMerge(LayoutDiff.between(before, after), result.notes(), mine, theirs);
            }
        }, "Listing what the merge did", this::show, null);
        return command.isPresent();
    }

    private void summary(String heading, List<String> lines) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Merge");
        alert.setHeaderText(heading);
        alert.getDialogPane().setId("merge-summary");
        TextArea text = new TextArea(String.join("\n", lines));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(16, lines.size() + 1));
        text.setPrefColumnCount(70);
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        ScreenFit.keepOnScreen(alert);
        alert.show();
    }

    private void show(Comparison comparison) {
        comparing.set(comparison != null);
        layer.setDiff(comparison == null ? null : comparison.diff());
        panel.show(comparison);
    }

    /**
     * Centres the map on the row's feature and draws it stronger. It is not selected: the selection's orange
     * highlight on the old shape would hide the ghost and read as the amber of a change.
     */
    private void showRow(DifferenceRow row) {
        layer.setHighlighted(row.feature());
        row.feature().geometry().flatMap(GeometryFraming::centre)
                .ifPresent(centre -> map.centerOn(centre.lonDegrees(), centre.latDegrees()));
    }

    private void zoomToRow(DifferenceRow row) {
        row.feature().geometry().flatMap(g -> GeometryFraming.bounds(g, FEATURE_FRAME_METRES)).ifPresent(map::zoomTo);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void listOtherLayouts(Menu menu) {
        menu.getItems().clear();
        for (OpenedLayout other : layouts) {
            if (other != active.get()) {
                MenuItem item = new MenuItem(other.fileName());
                item.setOnAction(e -> compareWith(other));
                menu.getItems().add(item);
            }
        }
        menu.setDisable(menu.getItems().isEmpty());
    }

    /**
     * Runs {@code task} on the background thread with its progress in the Differences tab, hands its result to
     * {@code done} on the JavaFX thread, and reports why it failed, naming {@code file} when it read one.
     */
    private <T> void run(Work<T> task, String what, Consumer<T> done, Path file) {
        panel.working(what, task.progressProperty(), () -> task.cancel(false));
        task.setOnSucceeded(e -> {
            panel.idle();
            done.accept(task.getValue());
        });
        task.setOnCancelled(e -> panel.idle());
        task.setOnFailed(e -> {
            panel.idle();
            Throwable problem = task.getException();
            if (!(problem instanceof CancellationException)) {
                report.accept(file == null ? "The comparison could not be made." : file.getFileName()
                        + " could not be read.", List.of(message(file, problem)));
            }
        });
        work.execute(task);
    }

    private static String message(Path file, Throwable problem) {
        if (problem instanceof LayoutFormatException) {
            return problem.getMessage();
        }
        String text = problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
        return file == null ? text : file + ": " + text;
    }

    /** Background work that may read a layout file, with its progress shown and Cancel heard while reading. */
    private abstract static class Work<T> extends ReadingTask<T> {
        /** Reads a layout in any format HubMap reads. */
        Layout read(Path file) throws LayoutFormatException {
            updateMessage("Reading " + file.getFileName() + "…");
            return LayoutFormats.read(file, readProgress()).layout();
        }
    }
}
