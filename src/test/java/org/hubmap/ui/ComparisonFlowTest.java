package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.hubmap.document.Selection;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.ReplaceFeatures;
import org.hubmap.render.Symbology;
import org.hubmap.ui.compare.ComparisonFiles;
import org.hubmap.ui.edit.OpenedLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Compare With and Merge From as a user does them: the sample layout open, a colleague's edited copy of it on
 * disk, the menus, the Differences tab, the merge dialog and Undo.
 */
@ExtendWith(ApplicationExtension.class)
class ComparisonFlowTest {
    private static final Path SAMPLE = Path.of("maps/sample-layout.geojson");

    @TempDir
    Path folder;
    private Stage stage;
    private MainWindow window;
    private Layout loaded;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void openSample() throws Exception {
        Path file = Files.copy(SAMPLE, folder.resolve("sample.geojson"));
        window = WaitForAsyncUtils.asyncFx(() -> MainWindow.show(stage, List.of())).get();
        WaitForAsyncUtils.asyncFx(() -> window.model().open(List.of(file))).get().get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model().selectedLayoutProperty().get() != null);
        loaded = layout().layout();
    }

    @Stop
    void stop() {
        window.dispose();
    }

    @Test
    void theDifferencesTabListsWhatTheOtherFileAddsRemovesAndChanges(FxRobot robot) throws Exception {
        Path edited = colleague("edited.geojson", lines -> {
            edit(lines, "hub-kyiv", "\"status\": \"active\"", "\"status\": \"planned\"");
            edit(lines, "hub-kyiv", "[30.45, 50.52]", "[30.45, 50.535]");
            edit(lines, "depot-uman", "\"capacity\"", "\"notes\": \"Handed over\", \"capacity\"");
            remove(lines, "hub-lviv");
            add(lines, "depot-lutsk", "Depot Lutsk", "[25.33, 50.75]");
            return lines;
        });
        compareWith(robot, edited);

        assertEquals(List.of(
                "ADDED | depot-lutsk | Depot Lutsk | depot | only in edited.geojson",
                "REMOVED | hub-lviv | Hub Lviv | hub | only in sample.geojson",
                "CHANGED | hub-kyiv | Hub Kyiv North | hub | moved 1.7 km; status: active -> planned",
                "CHANGED | depot-uman | Depot Uman | depot | notes: (none) -> Handed over"), rows(robot));
        assertEquals("Differences (4)", tab(robot).getText());
        assertTrue(colourCount(robot, Symbology.COMPARE_ADDED) > 0, "the added depot is drawn in green");

        robot.interact(() -> robot.lookup("#differences-filter").queryAs(ChoiceBox.class).setValue("Changed"));
        assertEquals(2, rows(robot).size());
        assertTrue(rows(robot).stream().allMatch(row -> row.startsWith("CHANGED")));

        robot.clickOn("#differences-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), rows(robot));
        assertEquals("Differences", tab(robot).getText());
        assertEquals(0, colourCount(robot, Symbology.COMPARE_ADDED), "nothing is drawn once cleared");
    }

    @Test
    void aMergeWithoutConflictsAddsTheNewFeaturesAsOneUndoStep(FxRobot robot) throws Exception {
        Path theirs = colleague("depots.geojson", lines -> {
            add(lines, "depot-lutsk", "Depot Lutsk", "[25.33, 50.75]");
            edit(lines, "hub-kyiv", "Coalition coordination centre", "Moved to the north gate");
            return lines;
        });
        mergeFrom(robot, theirs);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> layout().layout().features().size() == 29);

        assertEquals(Optional.of("Merge depots.geojson"), layout().undoDescription());
        assertEquals("Depot Lutsk", feature("depot-lutsk").name());
        assertEquals("Moved to the north gate", feature("hub-kyiv").properties().get(FeatureSchema.NOTES));
        Node summary = robot.lookup("#merge-summary").query();
        assertTrue(text(summary).contains("Added: 1"), text(summary));
        assertTrue(text(summary).contains("Taken from theirs: 1"), text(summary));
        robot.interact(() -> summary.getScene().getWindow().hide());

        robot.interact(() -> layout().undo());
        assertEquals(loaded.features(), layout().layout().features(), "undo gives back the very features");
        assertFalse(layout().isModified());
    }

    @Test
    void conflictsAreSettledOneByOneAndApplied(FxRobot robot) throws Exception {
        editMine("hub-kyiv", FeatureSchema.STATUS, "closed");
        editMine("depot-uman", FeatureSchema.STATUS, "degraded");
        Layout mine = layout().layout();
        mergeFrom(robot, conflicting());
        waitForDialog();

        assertTrue(robot.lookup("#merge-apply").query().isDisabled(), "Apply waits for every choice");
        robot.clickOn("#merge-keep-mine");
        assertTrue(robot.lookup("#merge-apply").query().isDisabled(), "one conflict is still open");
        robot.clickOn("#merge-take-theirs");
        robot.clickOn("#merge-apply");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> layout().layout() != mine);

        assertEquals("closed", feature("hub-kyiv").status());
        assertEquals("closed", feature("depot-uman").status());
        assertEquals(2, ((Number) feature("depot-uman").properties().get(FeatureSchema.CAPACITY)).intValue());
        assertEquals(Optional.of("Merge conflicting.geojson"), layout().undoDescription());
        robot.interact(() -> layout().undo());
        assertEquals(mine.features(), layout().layout().features(), "undo gives back the very features");
    }

    @Test
    void allTheirsTakesTheColleaguesVersionOfEveryConflict(FxRobot robot) throws Exception {
        editMine("hub-kyiv", FeatureSchema.STATUS, "closed");
        editMine("depot-uman", FeatureSchema.STATUS, "degraded");
        Layout mine = layout().layout();
        mergeFrom(robot, conflicting());
        waitForDialog();

        robot.clickOn("#merge-all-theirs");
        robot.clickOn("#merge-apply");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> layout().layout() != mine);

        assertEquals("degraded", feature("hub-kyiv").status());
        assertEquals("closed", feature("depot-uman").status());
    }

    @Test
    void cancelChangesNothing(FxRobot robot) throws Exception {
        editMine("hub-kyiv", FeatureSchema.STATUS, "closed");
        Layout mine = layout().layout();
        Optional<String> lastEdit = layout().undoDescription();
        mergeFrom(robot, conflicting());
        waitForDialog();

        robot.clickOn("#merge-all-theirs");
        robot.clickOn("#merge-cancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.comparisons().mergeDialog().isEmpty());

        assertSame(mine, layout().layout());
        assertEquals(lastEdit, layout().undoDescription());
    }

    @Test
    void threeWayKeepsMyEditAndTheColleaguesEditOfAnotherProperty(FxRobot robot) throws Exception {
        editMine("hub-kyiv", FeatureSchema.STATUS, "closed");
        Path theirs = colleague("capacity.geojson", lines -> {
            edit(lines, "hub-kyiv", "\"capacity\": 1200", "\"capacity\": 1500");
            return lines;
        });
        mergeFrom(robot, theirs);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> layout().undoDescription().equals(Optional.of("Merge capacity.geojson")));

        assertTrue(window.comparisons().mergeDialog().isEmpty(), "nothing conflicts");
        assertEquals("closed", feature("hub-kyiv").status());
        assertEquals(1500, ((Number) feature("hub-kyiv").properties().get(FeatureSchema.CAPACITY)).intValue());
    }

    /**
     * A colleague's copy in which hub-kyiv's status and depot-uman's status and capacity changed; with my edits of
     * both statuses, the statuses conflict and the capacity merges by itself.
     */
    private Path conflicting() throws IOException {
        return colleague("conflicting.geojson", lines -> {
            edit(lines, "hub-kyiv", "\"status\": \"active\"", "\"status\": \"degraded\"");
            edit(lines, "depot-uman", "\"status\": \"active\"", "\"status\": \"closed\"");
            edit(lines, "depot-uman", "\"capacity\": 150", "\"capacity\": 2");
            return lines;
        });
    }

    private OpenedLayout layout() {
        return window.model().selectedLayoutProperty().get();
    }

    private LayoutFeature feature(String id) {
        return layout().layout().features().stream().filter(f -> id.equals(f.id())).findFirst().orElseThrow();
    }

    /** Changes one property of a feature of the open layout, as the properties panel does. */
    private void editMine(String id, String key, String value) {
        WaitForAsyncUtils.asyncFx(() -> {
            Layout now = layout().layout();
            int index = now.features().indexOf(feature(id));
            layout().execute(ReplaceFeatures.of("Set " + key, now,
                    Map.of(index, now.features().get(index).withProperty(key, value))), Selection.none());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void compareWith(FxRobot robot, Path file) throws Exception {
        window.comparisons().setFiles(files(file));
        WindowTesting.clickMenuItem(robot, "File", "Compare With…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tab(robot).getText().startsWith("Differences ("));
    }

    private void mergeFrom(FxRobot robot, Path file) {
        window.comparisons().setFiles(files(file));
        WindowTesting.clickMenuItem(robot, "File", "Merge From…");
    }

    private void waitForDialog() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.comparisons().mergeDialog().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ComparisonFiles files(Path file) {
        return new ComparisonFiles() {
            @Override
            public Optional<Path> toCompare() {
                return Optional.of(file);
            }

            @Override
            public Optional<Path> toMerge() {
                return Optional.of(file);
            }
        };
    }

    private static Tab tab(FxRobot robot) {
        TabPane tabs = robot.lookup(".tab-pane").match((Node node) -> node instanceof TabPane pane
                && pane.getTabs().stream().anyMatch(t -> "tab-differences".equals(t.getId()))).queryAs(TabPane.class);
        return tabs.getTabs().stream().filter(t -> "tab-differences".equals(t.getId())).findFirst().orElseThrow();
    }

    /** The rows of the Differences tab, each as its cells joined by {@code " | "}. */
    private static List<String> rows(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#differences-table").queryAs(TableView.class);
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < table.getItems().size(); i++) {
                List<String> cells = new ArrayList<>();
                for (TableColumn<?, ?> column : table.getColumns()) {
                    cells.add(String.valueOf(column.getCellData(i)));
                }
                rows.add(String.join(" | ", cells));
            }
            return rows;
        }).get();
    }

    /** How many pixels of the comparison layer are of {@code colour}. */
    private static int colourCount(FxRobot robot, java.awt.Color colour) throws Exception {
        BufferedImage image = WindowTesting.snapshot(robot.lookup("#comparison-layer").query());
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == (colour.getRGB() & 0xffffff)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static String text(Node summary) {
        DialogPane pane = (DialogPane) summary;
        return pane.getHeaderText() + "\n" + ((TextArea) pane.getContent()).getText();
    }

    /** Writes the sample layout, one feature a line, as {@code edits} leave its lines. */
    private Path colleague(String name, UnaryOperator<List<String>> edits) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLE, StandardCharsets.UTF_8));
        return Files.write(folder.resolve(name), edits.apply(lines), StandardCharsets.UTF_8);
    }

    private static void edit(List<String> lines, String id, String from, String to) {
        int at = lineOf(lines, id);
        assertTrue(lines.get(at).contains(from), from + " in " + lines.get(at));
        lines.set(at, lines.get(at).replace(from, to));
    }

    private static void remove(List<String> lines, String id) {
        lines.remove(lineOf(lines, id));
    }

    private static void add(List<String> lines, String id, String name, String coordinates) {
        lines.add(lineOf(lines, "hub-kyiv") + 1, "  {\"type\": \"Feature\", \"id\": \"" + id + "\", \"properties\":"
                + " {\"kind\": \"depot\", \"name\": \"" + name + "\", \"status\": \"planned\"}, \"geometry\":"
                + " {\"type\": \"Point\", \"coordinates\": " + coordinates + "}},");
    }

    private static int lineOf(List<String> lines, String id) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"id\": \"" + id + "\"")) {
                return i;
            }
        }
        throw new AssertionError("no feature " + id);
    }
}
