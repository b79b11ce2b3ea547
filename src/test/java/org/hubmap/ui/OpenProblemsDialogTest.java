package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.hubmap.io.DiagnosticCode;
import org.hubmap.io.LayoutFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** A layout that cannot be read is explained in a dialog in the reader's own words, never as a stack trace. */
@ExtendWith(ApplicationExtension.class)
class OpenProblemsDialogTest {
    private static final Path BROKEN = Path.of("layouts", "broken.geojson");
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.show(stage, LayoutSource.whole(file -> {
            throw new LayoutFormatException(file.toString(), 12, 5, DiagnosticCode.BAD_COORDINATES,
                    "\"coordinates\" must be an array of numbers");
        }), List.of(BROKEN));
    }

    @Stop
    void stop() {
        window.dispose();
    }

    @Test
    void theDialogShowsTheFileLineAndColumnMessage(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".problem-list").tryQuery().isPresent());

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        TextArea messages = robot.lookup(".problem-list").queryAs(TextArea.class);
        assertEquals("This layout could not be opened.", pane.getHeaderText());
        assertEquals(BROKEN + ":12:5: \"coordinates\" must be an array of numbers", messages.getText());
        assertFalse(messages.getText().contains("Exception"));

        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".problem-list").tryQuery().isPresent());
        assertEquals("HubMap", ((Stage) window.map().getScene().getWindow()).getTitle());
    }
}
