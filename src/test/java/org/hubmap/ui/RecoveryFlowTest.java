package org.hubmap.ui;

import static org.hubmap.ui.WindowTesting.onFx;
import static org.hubmap.ui.WindowTesting.WAIT_SECONDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hubmap.document.LayoutDocument;
import org.hubmap.document.Selection;
import org.hubmap.io.FileStorage;
import org.hubmap.io.LayoutWriter;
import org.hubmap.io.ReadProgress;
import org.hubmap.io.WriteOptions;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.ChangeCollectionMember;
import org.hubmap.model.edit.ReplaceFeatures;
import org.hubmap.recovery.Autosave;
import org.hubmap.recovery.RecoveryArea;
import org.hubmap.ui.edit.OpenedLayout;
import org.hubmap.ui.window.WindowMemory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A run that stopped with unsaved changes left them in the recovery area: the next window offers them, with the
 * file, the time and the number of edits, and restores them exactly, unsaved, to be saved to their file.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryFlowTest {

    @TempDir
    Path folder;
    private Path file;
    private Path recovery;
    private byte[] edited;
    private MainWindow window;
    private Stage main;

    @Start
    void start(Stage stage) throws Exception {
        main = stage;
        file = folder.resolve("plan.geojson");
        Files.copy(Path.of("maps/sample-layout.geojson"), file);
        recovery = folder.resolve("recovery");
        leaveUnsavedChanges();
        window = MainWindow.show(stage, List.of(file), WindowMemory.none(), RecentFiles.none(),
                new RecoveryArea(recovery));
    }

    @Stop
    void stop() throws Exception {
        WindowTesting.closeWithWhatItOpened(window, main);
    }

    /** Edits the file's layout twice with autosave on and stops as a crash would, leaving the entry. */
    private void leaveUnsavedChanges() throws Exception {
        try (RecoveryArea area = new RecoveryArea(recovery, Duration.ofMillis(10), Clock.systemUTC())) {
            FileStorage storage = new FileStorage(file);
            LayoutDocument document = LayoutDocument.read(storage, storage.read(ReadProgress.NONE).layout());
            Autosave autosave = area.autosave(document);
            Layout layout = document.layout();
            LayoutFeature first = layout.features().get(0);
            document.execute(ReplaceFeatures.of("Rename", layout, Map.of(0, first.withProperty("name",
                    "Hub Київ \"restored\""))), Selection.none());
            document.execute(ChangeCollectionMember.of("Rename", document.layout(), "name", "Plan after the crash"),
                    Selection.none());
            edited = bytes(document.layout());
            autosave.flush().get(WAIT_SECONDS, TimeUnit.SECONDS);
            autosave.close().get(WAIT_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static byte[] bytes(Layout layout) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LayoutWriter(WriteOptions.SHORTEST).write(layout, out);
        return out.toByteArray();
    }

    private DialogPane awaitDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#recovery-dialog").tryQuery()
                .filter(pane -> pane.getScene().getWindow().isShowing()).isPresent());
        WaitForAsyncUtils.waitForFxEvents(5);
        return robot.lookup("#recovery-dialog").queryAs(DialogPane.class);
    }

    private void answer(FxRobot robot, String button) throws Exception {
        robot.clickOn(robot.lookup("#recovery-dialog .button").match((Button b) -> button.equals(b.getText()))
                .queryAs(Button.class));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#recovery-dialog").tryQuery()
                .filter(pane -> pane.getScene().getWindow().isShowing()).isEmpty());
    }

    private long entries() throws Exception {
        try (Stream<Path> list = Files.list(recovery)) {
            return list.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("corrupt"))
                    .count();
        }
    }

    @Test
    void restoringOpensTheLayoutAsItWasUnsavedAndSavingWritesItToItsFile(FxRobot robot) throws Exception {
        DialogPane dialog = awaitDialog(robot);
        List<String> texts = onFx(() -> robot.from(dialog).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        assertTrue(texts.contains("plan.geojson"), texts.toString());
        assertTrue(texts.contains(file.toAbsolutePath().normalize().toString()), texts.toString());
        assertTrue(texts.contains("2 edits"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("kept ")), texts.toString());
        Bounds size = onFx(() -> dialog.getScene().getRoot().getLayoutBounds());
        assertTrue(size.getWidth() <= 1280 && size.getHeight() <= 800, size.toString());
        answer(robot, "OK");

        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> window.model().layouts().size() == 1);
        WaitForAsyncUtils.waitForFxEvents(5);
        OpenedLayout restored = onFx(() -> window.model().layouts().get(0));
        assertEquals(1, onFx(() -> window.model().layouts().size()), "the file was not opened a second time");
        assertArrayEquals(edited, bytes(onFx(restored::layout)), "exactly the state before the crash");
        assertTrue(onFx(restored::isModified));
        assertEquals(file.toAbsolutePath().normalize(), onFx(restored::file));

        onFx(() -> window.model().save(restored, restored.file()));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !restored.isModified());
        assertArrayEquals(edited, Files.readAllBytes(file));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> entries() == 0);
    }

    @Test
    void closingARestoredLayoutWithoutSavingDiscardsItsChanges(FxRobot robot) throws Exception {
        awaitDialog(robot);
        answer(robot, "OK");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> window.model().layouts().size() == 1);
        assertEquals(1, entries(), "kept until saved or let go");
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Don't Save");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> window.model().layouts().isEmpty());
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> entries() == 0);
    }

    @Test
    void anEditInTheWindowIsKeptWithinSecondsAndGoesWithTheSave(FxRobot robot) throws Exception {
        awaitDialog(robot);
        answer(robot, "Decide Later");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> window.model().layouts().size() == 1);
        OpenedLayout opened = onFx(() -> window.model().layouts().get(0));
        onFx(() -> {
            Layout layout = opened.layout();
            opened.execute(ReplaceFeatures.of("Rename", layout, Map.of(1, layout.features().get(1)
                    .withProperty("name", "Hub Lviv West"))), Selection.none());
            return null;
        });
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> entries() == 2);
        onFx(() -> window.model().save(opened, opened.file()));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> entries() == 1);
    }

    @Test
    void discardingRemovesTheChangesAndOpensTheFileAsItIs(FxRobot robot) throws Exception {
        awaitDialog(robot);
        robot.clickOn("#recovery-discard-0");
        answer(robot, "OK");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> window.model().layouts().size() == 1);
        assertFalse(onFx(() -> window.model().layouts().get(0).isModified()));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> entries() == 0);
    }

    @Test
    void decidingLaterKeepsTheChangesForTheNextStart(FxRobot robot) throws Exception {
        awaitDialog(robot);
        answer(robot, "Decide Later");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> window.model().layouts().size() == 1);
        assertFalse(onFx(() -> window.model().layouts().get(0).isModified()));
        assertEquals(1, entries());
    }
}
