package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a 1280x800 screen (the tests' screen) the window and every dialog fit, and a file's warnings wait in the
 * Problems tab rather than interrupting.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenFitTest {
    private static final Path WARNINGS = Path.of("src/test/resources/layouts/valid/warnings.geojson");
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindow.show(stage, List.of(WARNINGS));
    }

    @Stop
    void stop() {
        window.dispose();
    }

    private static Rectangle2D screen() {
        return Screen.getPrimary().getVisualBounds();
    }

    private static void assertOnScreen(Window shown, String what) {
        Rectangle2D screen = screen();
        assertTrue(shown.getHeight() <= screen.getHeight() + 0.5, what + " is " + shown.getHeight() + " px tall");
        assertTrue(shown.getWidth() <= screen.getWidth() + 0.5, what + " is " + shown.getWidth() + " px wide");
        assertTrue(shown.getX() >= screen.getMinX() && shown.getY() >= screen.getMinY(), what + " starts off-screen");
        assertTrue(shown.getX() + shown.getWidth() <= screen.getMaxX() + 0.5
                && shown.getY() + shown.getHeight() <= screen.getMaxY() + 0.5, what + " ends off-screen");
    }

    /** The window shown over the main window once {@code open} ran; closed again after the check. */
    private void assertDialogFits(FxRobot robot, Runnable open, String what) throws Exception {
        List<Window> before = new ArrayList<>(Window.getWindows());
        // Later rather than now, as dialogs that wait for their answer would hold this thread.
        robot.interact(() -> javafx.application.Platform.runLater(open));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().size() > before.size());
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = Window.getWindows().stream().filter(w -> !before.contains(w)).findFirst().orElseThrow();
        assertOnScreen(dialog, what);
        robot.interact(dialog::hide);
    }

    @Test
    void theWindowFitsTheScreen() {
        assertOnScreen(stage, "the main window");
        assertEquals(screen().getWidth(), stage.getWidth(), 0.5, "as wide as a 1280-pixel screen allows");
    }

    @Test
    void everyDialogFitsTheScreen(FxRobot robot) throws Exception {
        assertDialogFits(robot, window::showShortcuts, "the keyboard shortcuts");
        assertDialogFits(robot, window::showAbout, "About");
        List<String> many = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            many.add("plan-" + i + ".geojson:" + i + ":7: \"coordinates\" must be an array of numbers, and this one"
                    + " is a string that goes on for a while to wrap");
        }
        assertDialogFits(robot, () -> window.dialogs().report("80 layouts could not be opened.", many),
                "a long problem list");
        assertDialogFits(robot, window::goToPosition, "Go to Position");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.map().painter().isPresent());
        assertDialogFits(robot, window::exportMap, "Export Map");
    }

    @Test
    void aShortErrorIsShownWhole(FxRobot robot) throws Exception {
        String longMessage = "layouts/plan.geojson:12:5: \"coordinates\" must be an array of numbers; "
                + "this one is a string, which QGIS writes when a layer's geometry column was text";
        robot.interact(() -> window.dialogs().report("This layout could not be opened.", List.of(longMessage)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane .problem-list").tryQuery().isPresent());
        TextArea text = robot.lookup(".dialog-pane .problem-list").queryAs(TextArea.class);
        assertTrue(text.getPrefRowCount() >= Dialogs.wrappedLines(List.of(longMessage), 80) + 1,
                "rows for the wrapped message and a spare one");
        robot.type(KeyCode.ENTER);
    }

    @Test
    void aFilesWarningsWaitInTheProblemsTab(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().layouts().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".dialog-pane").tryQuery().isPresent(), "no dialog for warnings");
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        var problems = tabs.getTabs().stream().filter(t -> "tab-problems".equals(t.getId())).findFirst()
                .orElseThrow();
        assertEquals("Problems (8)", problems.getText());
        robot.interact(() -> tabs.getSelectionModel().select(problems));
        String listed = robot.lookup("#problems-text").queryAs(TextArea.class).getText();
        assertTrue(listed.startsWith(WARNINGS + ":1:38: warning: \"crs\" is a GeoJSON 2008 member"), listed);
        assertTrue(robot.lookup("#problems-panel .label").queryAs(Label.class).getText().startsWith("8 warnings"));

        robot.interact(() -> window.model().closeSelected());
        assertEquals("Problems", problems.getText(), "closing the layout takes its warnings away");
    }
}
