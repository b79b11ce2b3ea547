package org.hubmap.ui;

import static org.hubmap.ui.WindowTesting.onFx;
import static org.hubmap.ui.WindowTesting.waitUntil;
import static org.hubmap.ui.WindowTesting.WAIT_SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.hubmap.document.Selection;
import org.hubmap.geo.WebMercator;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.ReplaceFeatures;
import org.hubmap.render.LayerAccent;
import org.hubmap.render.LayerAccents;
import org.hubmap.render.MapViewport;
import org.hubmap.ui.edit.OpenedLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Several files open as layers: opened together or dropped, shown, hidden, locked, saved and watched on disk. */
@ExtendWith(ApplicationExtension.class)
class LayersFlowTest {

    @TempDir
    Path folder;
    private MainWindow window;

    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        window = MainWindow.show(stage, List.of());
    }

    @Stop
    void stop() throws Exception {
        WindowTesting.closeWithWhatItOpened(window, main);
    }

    /**
     * A layout file of hubs, one per name, in a row eastwards along 50° N from 30° E, or from 33.5° E for a file
     * whose name starts with "b".
     */
    private Path layoutFile(String file, String... hubs) throws Exception {
        StringBuilder features = new StringBuilder();
        for (int i = 0; i < hubs.length; i++) {
            features.append(i == 0 ? "" : ",\n").append("{\"type\":\"Feature\",\"id\":\"").append(file).append('-')
                    .append(i).append("\",\"properties\":{\"kind\":\"hub\",\"name\":\"").append(hubs[i])
                    .append("\",\"status\":\"active\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                    .append(30 + i + (file.startsWith("b") ? 3.5 : 0)).append(",50]}}");
        }
        Path path = folder.resolve(file);
        Files.writeString(path, "{\"type\":\"FeatureCollection\",\"features\":[\n" + features + "\n]}\n");
        return path;
    }

    private OpenedLayout layer(int index) throws Exception {
        return onFx(() -> window.model().layouts().get(index));
    }

    private List<String> names(OpenedLayout layout) throws Exception {
        return onFx(() -> layout.layout().features().stream().map(LayoutFeature::name).toList());
    }

    private List<OpenedLayout> openTwo() throws Exception {
        Path french = layoutFile("french.geojson", "Hub Lyon", "Hub Brest");
        Path british = layoutFile("british.geojson", "Hub Leeds");
        WaitForAsyncUtils.asyncFx(() -> window.model().open(List.of(french, british)));
        waitUntil(() -> window.model().layouts().size() == 2 && window.watches().size() == 2);
        return List.of(layer(0), layer(1));
    }

    /** Renames the first feature of {@code layout} here, as an edit the user made. */
    private void renameFirst(OpenedLayout layout, String name) throws Exception {
        onFx(() -> {
            LayoutFeature first = layout.layout().features().get(0);
            layout.execute(ReplaceFeatures.of("Rename", layout.layout(), Map.of(0, first.withProperty("name", name))),
                    Selection.none());
            return null;
        });
    }

    private Path fileOf(OpenedLayout layout) throws Exception {
        return onFx(layout::file);
    }

    /** Writes the file as another program would, renaming its first hub. */
    private static void changeOnDisk(Path file, String from, String to) throws Exception {
        Files.writeString(file, Files.readString(file).replace(from, to));
    }

    private String dialogHeader(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText();
    }

    /** Waits until a dialog whose header holds {@code headerPart} is on screen, ready for clicks. */
    private void waitForDialog(FxRobot robot, String headerPart) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery()
                .filter(pane -> pane.getScene().getWindow().isShowing())
                .map(pane -> ((DialogPane) pane).getHeaderText()).filter(h -> h != null && h.contains(headerPart))
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    /** Clicks the button of the dialog on screen, and waits until the dialog has gone. */
    private void answer(FxRobot robot, String button) throws Exception {
        // The dialog's own button: the status bar has a Cancel too.
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> button.equals(b.getText()))
                .queryAs(Button.class));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery()
                .filter(pane -> pane.getScene().getWindow().isShowing()).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void twoFilesOpenedAtOnceAreTwoLayersEachWithItsOwnAccentOnTheMap() throws Exception {
        List<OpenedLayout> layers = openTwo();

        assertEquals(2, onFx(() -> window.layersPanel().layoutList.getItems().size()));
        assertEquals("french.geojson", layers.get(0).fileName());
        assertNotEquals(layers.get(0).accentProperty().get(), layers.get(1).accentProperty().get());
        waitUntil(() -> window.map().currentMarks().size() == 3);
        assertEquals(LayerAccents.of(List.of(LayerAccent.ORANGE, LayerAccent.BLUISH_GREEN)),
                onFx(() -> window.map().currentMarks().accents()));
        assertEquals("✎ Editing", onFx(() -> window.layersPanel().lookupAll(".layout-state").stream()
                .filter(Node::isVisible).map(node -> ((Label) node).getText())
                .filter(text -> !text.isEmpty()).findFirst().orElse("")), "the layer opened last is edited");
    }

    @Test
    void anEditedLayerSaysSoOnOneLineAndItsRowFitsTheList() throws Exception {
        OpenedLayout british = openTwo().get(1);
        renameFirst(british, "Hub York");
        waitUntil(() -> window.layersPanel().lookupAll(".layout-state").stream()
                .anyMatch(node -> ((Label) node).getText().equals("✎ Editing · unsaved")));
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            ListView<OpenedLayout> list = window.layersPanel().layoutList;
            for (Node cell : list.lookupAll(".list-cell")) {
                if (cell.isVisible() && ((ListCell<?>) cell).getItem() != null) {
                    Label state = (Label) cell.lookup(".layout-state");
                    assertTrue(state.getHeight() < 1.6 * state.getFont().getSize(),
                            () -> "the state \"" + state.getText() + "\" takes more than one line");
                    assertTrue(cell.getBoundsInParent().getHeight() <= list.getHeight() / 2 + 1,
                            "two rows fit the list of two layers");
                }
            }
            return null;
        });
    }

    @Test
    void aLayerWhoseCountsWrapStillFitsTheListWithoutScrolling() throws Exception {
        StringBuilder features = new StringBuilder();
        String[] kinds = {"hub", "depot", "depot", "checkpoint", "checkpoint", "checkpoint", "field-hospital"};
        for (int i = 0; i < kinds.length; i++) {
            features.append(i == 0 ? "" : ",\n").append("{\"type\":\"Feature\",\"properties\":{\"kind\":\"")
                    .append(kinds[i]).append("\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                    .append(30 + i).append(",50]}}");
        }
        Path mixed = folder.resolve("mixed-kinds-of-a-long-name.geojson");
        Files.writeString(mixed, "{\"type\":\"FeatureCollection\",\"features\":[\n" + features + "\n]}\n");
        WaitForAsyncUtils.asyncFx(() -> window.model().open(List.of(mixed)));
        waitUntil(() -> window.model().layouts().size() == 1);
        renameFirst(layer(0), "Hub Kyiv");

        waitUntil(() -> {
            ListView<OpenedLayout> list = window.layersPanel().layoutList;
            return list.lookupAll(".list-cell").stream().map(node -> (ListCell<?>) node)
                    .filter(cell -> cell.getItem() != null)
                    .allMatch(cell -> cell.getBoundsInParent().getMaxY() <= list.getHeight())
                    && list.lookupAll(".scroll-bar").stream().noneMatch(Node::isVisible);
        });
        assertTrue(onFx(() -> window.layersPanel().layoutList.lookupAll(".layout-summary").stream()
                .anyMatch(node -> node.getBoundsInLocal().getHeight() > 1.6 * ((Label) node).getFont().getSize())),
                "the counts wrap to a second line at this width");
    }

    @Test
    void filesDroppedTogetherOpenButABrokenOneIsListedWithWhereItIsBroken(FxRobot robot) throws Exception {
        Path french = layoutFile("french.geojson", "Hub Lyon");
        Path broken = folder.resolve("broken.geojson");
        Files.writeString(broken, "{\"type\":\"FeatureCollection\",\n\"features\":[\n  {\"type\":\"Feature\",,}\n]}\n");
        Path british = layoutFile("british.geojson", "Hub Leeds");

        WaitForAsyncUtils.asyncFx(() -> window.openDropped(List.of(french, broken, british)));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup(".problem-list").tryQuery().isPresent());

        assertEquals(List.of("french.geojson", "british.geojson"),
                onFx(() -> window.model().layouts().stream().map(OpenedLayout::fileName).toList()));
        String listed = robot.lookup(".problem-list").queryAs(TextArea.class).getText();
        assertTrue(listed.matches("(?s)" + Pattern.quote(broken.toString()) + ":3:\\d+: .+"), listed);
        robot.clickOn("OK");
    }

    @Test
    void openRecentListsTheFilesOpenedGreysMissingOnesAndOpensOneAgain(FxRobot robot) throws Exception {
        List<OpenedLayout> layers = openTwo();
        Path french = fileOf(layers.get(0));
        Path british = fileOf(layers.get(1));
        WaitForAsyncUtils.asyncFx(() -> {
            window.model().selectedLayoutProperty().set(layers.get(0));
            window.model().closeSelected();
        });
        waitUntil(() -> window.model().layouts().size() == 1);
        Files.delete(british);

        WindowTesting.clickMenuItem(robot, "File", "Open Recent");
        List<MenuItem> recent = onFx(() -> List.copyOf(((Menu) window.menuBar().getMenus()
                .get(0).getItems().get(3)).getItems()));
        String frenchEntry = "french.geojson  —  " + MainMenuBar.shortened(french.toAbsolutePath().getParent());
        assertEquals(Arrays.asList("british.geojson  —  " + MainMenuBar.shortened(british.toAbsolutePath()
                .getParent()) + "  (not found)", frenchEntry, null, "Clear Recent"),
                recent.stream().map(MenuItem::getText).toList());
        assertTrue(recent.get(0).isDisable(), "a missing file is greyed");
        robot.clickOn(frenchEntry);

        waitUntil(() -> window.model().layouts().size() == 2);
        assertEquals("french.geojson", onFx(() -> window.model().selectedLayoutProperty().get().fileName()));
    }

    @Test
    void aHiddenLayerIsNeitherDrawnNorPicked(FxRobot robot) throws Exception {
        openTwo();
        waitUntil(() -> window.map().currentMarks().size() == 3);
        MapViewport view = onFx(() -> window.map().getViewport());
        double leedsX = WebMercator.worldX(33.5);
        double leedsY = WebMercator.worldY(50);
        assertTrue(onFx(() -> window.map().currentMarks().hitTest(leedsX, leedsY, view.zoom(), 4)).isPresent());

        Node britishVisible = robot.lookup(".layout-list .layer-visible").nth(1).query();
        robot.clickOn(britishVisible);

        waitUntil(() -> window.map().currentMarks().size() == 2);
        assertFalse(layer(1).visibleProperty().get());
        assertTrue(onFx(() -> window.map().currentMarks().hitTest(leedsX, leedsY, view.zoom(), 4)).isEmpty(),
                "nothing of the hidden layer is picked");
        assertEquals(LayerAccents.of(List.of(LayerAccent.ORANGE)), onFx(() -> window.map().currentMarks().accents()),
                "the layer shown keeps its accent while another is open");
    }

    @Test
    void aLockedLayerRefusesEditsAndSaysWhy(FxRobot robot) throws Exception {
        List<OpenedLayout> layers = openTwo();
        OpenedLayout british = layers.get(1);
        robot.clickOn(robot.lookup(".layout-list .layer-lock").nth(1).queryAs(Node.class));
        waitUntil(() -> british.lockedProperty().get());

        onFx(() -> {
            british.selectIndexes(0);
            return null;
        });
        WindowTesting.clickMenuItem(robot, "Edit", "Delete");

        assertEquals(List.of("Hub Leeds"), names(british));
        assertFalse(onFx(british::isModified));
        assertEquals("british.geojson is locked: unlock it in the Layouts list to edit it.",
                onFx(() -> window.statusBar().message.getText()));
    }

    @Test
    void saveAllWritesEachModifiedLayerToItsOwnFile(FxRobot robot) throws Exception {
        List<OpenedLayout> layers = openTwo();
        renameFirst(layers.get(0), "Hub Lyon North");
        renameFirst(layers.get(1), "Hub Leeds East");

        WindowTesting.clickMenuItem(robot, "File", "Save All");

        waitUntil(() -> window.model().unsavedLayouts().isEmpty());
        assertTrue(Files.readString(fileOf(layers.get(0))).contains("Hub Lyon North"));
        assertTrue(Files.readString(fileOf(layers.get(1))).contains("Hub Leeds East"));
        assertNull(robot.lookup(".dialog-pane").tryQuery().orElse(null), "our own saves are no outside change");
    }

    @Test
    void anUneditedLayerChangedOnDiskIsReadAgainInPlace() throws Exception {
        List<OpenedLayout> layers = openTwo();
        onFx(() -> {
            layers.get(0).lockedProperty().set(true);
            return null;
        });

        changeOnDisk(fileOf(layers.get(0)), "Hub Lyon", "Hub Lyon Sud");

        waitUntil(() -> names(window.model().layouts().get(0)).contains("Hub Lyon Sud"));
        OpenedLayout reloaded = layer(0);
        assertNotEquals(layers.get(0), reloaded);
        assertTrue(reloaded.lockedProperty().get(), "the layer keeps its lock");
        assertEquals(layers.get(0).accentProperty().get(), reloaded.accentProperty().get());
        assertEquals("Reloaded french.geojson: changed on disk", onFx(() -> window.statusBar().message.getText()));
    }

    @Test
    void anEditedLayerChangedOnDiskAsksAndKeepMineKeepsItThenSavingAsksBeforeOverwriting(FxRobot robot)
            throws Exception {
        OpenedLayout french = openTwo().get(0);
        Path file = fileOf(french);
        renameFirst(french, "Hub Lyon, mine");

        changeOnDisk(file, "Hub Brest", "Hub Brest, theirs");
        waitForDialog(robot, "changed on disk, and you have edits");
        answer(robot, "Keep Mine");

        assertEquals(List.of("Hub Lyon, mine", "Hub Brest"), names(french));
        assertTrue(onFx(french::isModified));
        WaitForAsyncUtils.asyncFx(() -> window.model().selectedLayoutProperty().set(french));
        WindowTesting.clickMenuItem(robot, "File", "Save Layout");
        waitForDialog(robot, "french.geojson changed on disk.");
        answer(robot, "Cancel");
        assertTrue(Files.readString(file).contains("Hub Brest, theirs"), "nothing written over their change");

        WindowTesting.clickMenuItem(robot, "File", "Save Layout");
        waitForDialog(robot, "french.geojson changed on disk.");
        answer(robot, "Overwrite");
        waitUntil(() -> !french.isModified());
        assertTrue(Files.readString(file).contains("Hub Lyon, mine"));
        assertFalse(Files.readString(file).contains("theirs"));
    }

    @Test
    void anEditedLayerChangedOnDiskIsMergedKeepingBothChangesAndThenSavedWithoutAsking(FxRobot robot)
            throws Exception {
        OpenedLayout french = openTwo().get(0);
        Path file = fileOf(french);
        renameFirst(french, "Hub Lyon, mine");

        changeOnDisk(file, "Hub Brest", "Hub Brest, theirs");
        waitForDialog(robot, "changed on disk, and you have edits");
        // The merge's summary follows the question at once, so this waits for it rather than for no dialog.
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "Merge…".equals(b.getText()))
                .queryAs(Button.class));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup("#merge-summary").tryQuery().isPresent());
        answer(robot, "OK");

        assertEquals(List.of("Hub Lyon, mine", "Hub Brest, theirs"), names(french));
        WaitForAsyncUtils.asyncFx(() -> window.model().selectedLayoutProperty().set(french));
        WindowTesting.clickMenuItem(robot, "File", "Save Layout");
        waitUntil(() -> !french.isModified());
        assertNull(robot.lookup(".dialog-pane").tryQuery().orElse(null), "the change on disk was merged in");
        String saved = Files.readString(file);
        assertTrue(saved.contains("Hub Lyon, mine") && saved.contains("Hub Brest, theirs"), saved);
    }

    @Test
    void anEditedLayerChangedOnDiskIsComparedAndThenReloaded(FxRobot robot) throws Exception {
        OpenedLayout french = openTwo().get(0);
        renameFirst(french, "Hub Lyon, mine");

        changeOnDisk(fileOf(french), "Hub Brest", "Hub Brest, theirs");
        waitForDialog(robot, "changed on disk, and you have edits");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "Compare…".equals(b.getText()))
                .queryAs(Button.class));
        waitForDialog(robot, "changed on disk, and you have edits");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup("#outside-differences").tryQuery().isPresent());

        assertEquals("french.geojson-0 \"Hub Lyon, mine\": changed here\n"
                + "french.geojson-1 \"Hub Brest\": changed on disk",
                robot.lookup("#outside-differences").queryAs(TextArea.class).getText());
        assertTrue(dialogHeader(robot).startsWith("french.geojson changed on disk"));
        answer(robot, "Reload (lose mine)");

        waitUntil(() -> names(window.model().layouts().get(0)).equals(List.of("Hub Lyon", "Hub Brest, theirs")));
        assertFalse(onFx(() -> window.model().layouts().get(0).isModified()));
    }

    @Test
    void aLayerExportedToKmlReportsWhatKmlCannotKeep() throws Exception {
        OpenedLayout french = openTwo().get(0);
        Path kml = folder.resolve("french.kml");

        WaitForAsyncUtils.asyncFx(() -> window.model().exportLayer(french, kml));

        waitUntil(() -> !window.model().exportNotes().isEmpty());
        assertTrue(Files.readString(kml).contains("Hub Lyon"));
        assertTrue(onFx(() -> window.statusBar().message.getText()).startsWith("Exported 2 features to french.kml"));
        assertTrue(window.model().exportNotes().get(0).startsWith(kml + ": not kept: "));

        WaitForAsyncUtils.asyncFx(() -> window.model().importLayers(List.of(kml)));
        waitUntil(() -> window.model().layouts().size() == 3);
        OpenedLayout imported = layer(2);
        assertNull(imported.file(), "an import is not kept in its KML file");
        assertEquals(kml, imported.importedFrom());
        assertTrue(onFx(imported::isModified), "an import asks to be saved as GeoJSON");
    }
}
