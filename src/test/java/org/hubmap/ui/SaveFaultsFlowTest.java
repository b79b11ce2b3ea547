package org.hubmap.ui;

import static org.hubmap.ui.WindowTesting.onFx;
import static org.hubmap.ui.WindowTesting.waitUntil;
import static org.hubmap.ui.WindowTesting.WAIT_SECONDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.hubmap.document.Selection;
import org.hubmap.io.faults.FaultyFileSystem;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.ReplaceFeatures;
import org.hubmap.ui.edit.OpenedLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saving when the disk fails: one clear message, the layout kept with its edits, and Save As to keep it elsewhere; a
 * file deleted while open saved again once the user says so; what a save could not keep of the file shown. The
 * layout's file lives on a file system that fails on purpose.
 */
@ExtendWith(ApplicationExtension.class)
class SaveFaultsFlowTest {
    private static final String PLAN = "{\"type\":\"FeatureCollection\",\"features\":[\n"
            + "{\"type\":\"Feature\",\"id\":\"hub-1\",\"properties\":{\"kind\":\"hub\",\"name\":\"Hub Kyiv\","
            + "\"status\":\"active\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[30.5,50.4]}}\n]}\n";

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;
    private final FaultyFileSystem faults = new FaultyFileSystem();
    private MainWindow window;
    private Stage main;
    private final List<OpenedLayout> askedWhere = new ArrayList<>();

    @Start
    void start(Stage stage) {
        main = stage;
        window = MainWindow.show(stage, List.of());
        window.setSaveTargets(layout -> {
            askedWhere.add(layout);
            return Optional.of(elsewhere.resolve("plan-copy.geojson"));
        });
    }

    @Stop
    void stop() throws Exception {
        WindowTesting.closeWithWhatItOpened(window, main);
    }

    /** Opens plan.geojson through the faulty file system and renames its hub, as the user would. */
    private OpenedLayout openAndEdit() throws Exception {
        Path file = faults.path(Files.writeString(folder.resolve("plan.geojson"), PLAN));
        WaitForAsyncUtils.asyncFx(() -> window.model().open(List.of(file)));
        waitUntil(() -> window.model().layouts().size() == 1);
        OpenedLayout layout = onFx(() -> window.model().layouts().get(0));
        assertEquals(file, layout.file(), "kept in the faulty file system");
        onFx(() -> {
            LayoutFeature hub = layout.layout().features().get(0);
            layout.execute(ReplaceFeatures.of("Rename", layout.layout(),
                    Map.of(0, hub.withProperty("name", "Hub Kyiv North"))), Selection.none());
            return null;
        });
        return layout;
    }

    private void save(FxRobot robot) {
        WindowTesting.clickMenuItem(robot, "File", "Save Layout");
    }

    /** The dialog on screen whose header holds {@code headerPart}, once it is there. */
    private DialogPane waitForDialog(FxRobot robot, String headerPart) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> shownDialog(robot)
                .map(DialogPane::getHeaderText).filter(h -> h != null && h.contains(headerPart)).isPresent());
        WaitForAsyncUtils.waitForFxEvents(5);
        return shownDialog(robot).orElseThrow();
    }

    private static Optional<DialogPane> shownDialog(FxRobot robot) {
        return robot.lookup(".dialog-pane").match((DialogPane pane) -> pane.getScene().getWindow().isShowing())
                .tryQueryAs(DialogPane.class);
    }

    /** Clicks the button of the dialog on screen, and waits until the dialog has gone. */
    private void answer(FxRobot robot, String button) throws Exception {
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> button.equals(b.getText()))
                .queryAs(Button.class));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> shownDialog(robot).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String messageOf(DialogPane dialog) {
        return ((TextArea) dialog.getContent()).getText();
    }

    /** Save As put the edited layout in the other folder, and the window now keeps it there, saved. */
    private void assertSavedElsewhere(OpenedLayout layout) throws Exception {
        Path copy = elsewhere.resolve("plan-copy.geojson");
        waitUntil(() -> !window.model().layouts().get(0).isModified());
        assertEquals(List.of(layout), askedWhere, "Save As asked where, once");
        assertTrue(Files.readString(copy).contains("Hub Kyiv North"));
        assertEquals(copy, onFx(() -> window.model().layouts().get(0).file()));
    }

    @Test
    void aFullDiskIsOneClearMessageAndSaveAsKeepsTheLayoutElsewhere(FxRobot robot) throws Exception {
        OpenedLayout layout = openAndEdit();
        Path file = folder.resolve("plan.geojson");
        byte[] before = Files.readAllBytes(file);
        faults.fillDiskAfter(16);

        save(robot);

        DialogPane dialog = waitForDialog(robot, "plan.geojson could not be saved.");
        assertEquals(file + ": no space left on the disk: nothing was saved and the file there is unchanged; free"
                + " space or save elsewhere", messageOf(dialog), "one message, no stack trace");
        assertTrue(onFx(layout::isModified), "the edits are still unsaved");
        assertTrue(onFx(() -> window.model().windowTitleProperty().get()).endsWith(MainViewModel.UNSAVED_MARK));
        assertEquals("Hub Kyiv North", onFx(() -> layout.layout().features().get(0).name()));
        assertArrayEquals(before, Files.readAllBytes(file), "the file on disk is as it was");
        assertEquals(List.of(file), Files.list(folder).toList(), "no temporary file left");

        answer(robot, "Save As…");

        assertSavedElsewhere(layout);
    }

    @Test
    void aReadOnlyFolderIsOneClearMessageAndSaveAsKeepsTheLayoutElsewhere(FxRobot robot) throws Exception {
        OpenedLayout layout = openAndEdit();
        faults.makeReadOnly(faults.path(folder));

        save(robot);

        DialogPane dialog = waitForDialog(robot, "plan.geojson could not be saved.");
        assertTrue(messageOf(dialog).contains(": you may not make or rename files in its folder " + folder),
                messageOf(dialog));
        assertTrue(onFx(layout::isModified));
        answer(robot, "Save As…");

        assertSavedElsewhere(layout);
    }

    @Test
    void aFileDeletedWhileOpenIsSavedAgainOnceTheUserSaysSo(FxRobot robot) throws Exception {
        OpenedLayout layout = openAndEdit();
        Path file = folder.resolve("plan.geojson");
        Files.delete(file);

        save(robot);
        waitForDialog(robot, "plan.geojson was deleted on disk.");
        assertFalse(Files.exists(file), "not put back before the user says so");
        answer(robot, "Save Again");

        waitUntil(() -> !layout.isModified());
        assertTrue(Files.readString(file).contains("Hub Kyiv North"));
        assertEquals(List.of(), askedWhere);
    }

    @Test
    void aFolderThatVanishedLeadsToSaveAs(FxRobot robot) throws Exception {
        OpenedLayout layout = openAndEdit();
        Files.delete(folder.resolve("plan.geojson"));
        Files.delete(folder);

        save(robot);

        DialogPane dialog = waitForDialog(robot, "plan.geojson could not be saved.");
        assertTrue(messageOf(dialog).contains("its folder " + folder + " no longer exists"), messageOf(dialog));
        assertTrue(onFx(layout::isModified));
        answer(robot, "Save As…");

        assertSavedElsewhere(layout);
    }

    @Test
    void whatASaveCouldNotKeepOfTheFileIsInTheStatusBarAndTheProblemsTab(FxRobot robot) throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "giving a file to nobody needs root");
        OpenedLayout layout = openAndEdit();
        Path file = folder.resolve("plan.geojson");
        Files.setOwner(file, file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        faults.refuseGivingFilesAway();

        save(robot);

        waitUntil(() -> !layout.isModified());
        String notKept = "its owner nobody (only root may give a file to another user): it is now root's";
        assertEquals("Saved plan.geojson, but could not keep " + notKept,
                onFx(() -> window.statusBar().message.getText()));
        assertEquals(file + ": not kept: " + notKept,
                onFx(() -> robot.lookup("#problems-text").queryAs(TextArea.class).getText()));
        assertEquals("Problems (1)", onFx(() -> robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .flatMap(tabs -> tabs.getTabs().stream()).filter(tab -> "tab-problems".equals(tab.getId()))
                .findFirst().orElseThrow().getText()));
    }
}
