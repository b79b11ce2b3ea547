package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.hubmap.io.LayoutReader;
import org.hubmap.model.Layout;
import org.hubmap.render.LayoutEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status bar shows the window at work until layouts given to the map are drawn, not only until they are read:
 * marking and drawing a large layout takes seconds after reading it.
 */
@ExtendWith(ApplicationExtension.class)
class MapDrawingStatusTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.show(stage, List.of());
    }

    @Stop
    void stop() {
        window.dispose();
    }

    @Test
    void layoutsGivenToTheMapShowWorkUntilTheyAreDrawn(FxRobot robot) throws Exception {
        Layout sample = LayoutReader.read(Path.of("maps/sample-layout.geojson"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.map().painter().isPresent()
                && window.map().isOverlayUpToDate());
        Node work = robot.lookup("#status-work").query();
        Label message = robot.lookup("#status-progress-message").queryAs(Label.class);
        assertFalse(work.isVisible(), "nothing under way at first");

        WaitForAsyncUtils.asyncFx(() -> {
            window.map().showLayouts(List.of(sample), Set.of(), LayoutEdit.NONE);
            assertTrue(window.map().drawingLayoutsProperty().get(), "given, not yet drawn");
            assertTrue(work.isVisible(), "the status bar shows work");
            assertEquals(StatusBar.DRAWING, message.getText());
        }).get();

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.map().drawingLayoutsProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(work.isVisible(), "the work ends once the layouts are drawn");
        assertTrue(window.map().isOverlayUpToDate(), "and the map shows them");
    }
}
