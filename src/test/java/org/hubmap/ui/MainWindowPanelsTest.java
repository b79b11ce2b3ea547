package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hubmap.geo.GeometryFraming;
import org.hubmap.geo.WebMercator;
import org.hubmap.model.LayoutFeature;
import org.hubmap.render.MapViewport;
import org.hubmap.ui.edit.OpenedLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The properties panel and the feature table in the main window, with the sample layout open. */
@ExtendWith(ApplicationExtension.class)
class MainWindowPanelsTest {
    private static final Path SAMPLE = Path.of("maps/sample-layout.geojson").toAbsolutePath();

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.show(stage, List.of(SAMPLE));
    }

    @Stop
    void stop() {
        window.dispose();
    }

    @Test
    void thePanelIsRightOfTheMapAndTheTableUnderIt(FxRobot robot) throws Exception {
        waitForLayout(robot);
        Bounds map = onScreen(window.map());
        Bounds panel = onScreen(robot.lookup("#properties-panel").query());
        Bounds table = onScreen(robot.lookup("#feature-table").query());
        Bounds below = onScreen(robot.lookup(".tab-pane").query());

        assertTrue(panel.getMinX() >= map.getMaxX(), "the panel is right of the map");
        assertEquals(300, panel.getWidth(), 1);
        assertTrue(table.getMinY() >= map.getMaxY(), "the table is under the map");
        assertEquals(map.getMinX(), table.getMinX(), 1);
        assertEquals(MapAndFeatures.TABLE_HEIGHT, below.getHeight(), 10, "the tabs under the map");
        robot.lookup(PropertiesPanel.NOTHING_SELECTED).query();
    }

    @Test
    void aRowChosenInTheTableIsSelectedCentredAndShownInThePanel(FxRobot robot) throws Exception {
        waitForLayout(robot);
        OpenedLayout sample = window.model().selectedLayoutProperty().get();
        robot.clickOn("Hub Lviv");

        assertArrayEquals(new int[] {1}, sample.selectedIndexes());
        MapViewport view = window.map().getViewport();
        double onePixel = 360 / WebMercator.worldSizePixels(view.zoom());
        assertEquals(23.95, view.centerLon(), onePixel);
        assertEquals(49.82, view.centerLat(), onePixel);
        assertEquals("Hub Lviv", robot.lookup("#property-name").queryAs(TextField.class).getText());

        UserSteps.typeOver(robot, "#property-name", "Hub Lviv West");
        robot.type(KeyCode.ENTER);
        assertEquals("Hub Lviv West", sample.layout().features().get(1).name());
        robot.lookup("Hub Lviv West").query();
        assertEquals("HubMap — sample-layout.geojson " + MainViewModel.UNSAVED_MARK,
                ((Stage) window.map().getScene().getWindow()).getTitle());
    }

    @Test
    void doubleClickingARowZoomsTheMapToItsFeature(FxRobot robot) throws Exception {
        waitForLayout(robot);
        LayoutFeature odesa = window.model().selectedLayoutProperty().get().layout().features().get(2);
        MapViewport before = window.map().getViewport();
        double expected = Math.floor(GeometryFraming.bounds(odesa.geometry().orElseThrow(), 5_000).orElseThrow()
                .zoomToFit(before.widthPixels(), before.heightPixels()));
        UserSteps.doubleClickRow(robot, "Hub Odesa Port");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> Math.abs(window.map().getViewport().zoom() - Math.min(expected, 18)) < 1e-9);

        MapViewport view = window.map().getViewport();
        assertEquals(Math.min(expected, 18), view.zoom(), 1e-9);
        double onePixel = 360 / WebMercator.worldSizePixels(view.zoom());
        assertEquals(30.7, view.centerLon(), onePixel);
        assertEquals(46.5, view.centerLat(), 2 * onePixel);
    }

    private void waitForLayout(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("Hub Lviv").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    private static Bounds onScreen(Node node) {
        return node.localToScreen(node.getLayoutBounds());
    }
}
