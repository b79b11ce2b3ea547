package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.hubmap.geo.GeoBounds;
import org.hubmap.geo.MgrsFormat;
import org.hubmap.geo.WebMercator;
import org.hubmap.render.BasemapLayer;
import org.hubmap.render.MapViewport;
import org.hubmap.ui.map.MapPane;
import org.hubmap.ui.map.MapPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
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
    void opensCentredOnUkraineAtTheWholeZoomThatFitsIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(5);
        MapViewport view = window.map().getViewport();
        double fit = GeoBounds.UKRAINE.zoomToFit(view.widthPixels(), view.heightPixels());

        assertEquals("HubMap", robot.targetWindow().getScene().getWindow() instanceof Stage stage
                ? stage.getTitle() : null);
        double onePixel = 360 / WebMercator.worldSizePixels(view.zoom());
        assertEquals(Math.floor(fit), view.zoom(), 1e-9);
        assertEquals(GeoBounds.UKRAINE.centerLon(), view.centerLon(), onePixel);
        assertEquals(GeoBounds.UKRAINE.centerLatMercator(), view.centerLat(), onePixel);
        assertTrue(view.screenX(GeoBounds.UKRAINE.westLon()) >= 0);
        assertTrue(view.screenX(GeoBounds.UKRAINE.eastLon()) <= view.widthPixels());
        assertTrue(view.screenY(GeoBounds.UKRAINE.northLat()) >= 0);
        assertTrue(view.screenY(GeoBounds.UKRAINE.southLat()) <= view.heightPixels());
    }

    @Test
    void menusHaveTheExpectedItems() {
        assertEquals(List.of("File", "Edit", "View", "Help"),
                window.menuBar().getMenus().stream().map(Menu::getText).toList());
        assertEquals("Open… | Save Layout As… | Close Layout | - | Exit", itemsOf("File"));
        assertEquals("Copy Position | Copy Position as MGRS", itemsOf("Edit"));
        assertEquals("Sea | Countries | Lakes and reservoirs | Rivers | Oblast boundaries | State borders | Cities"
                + " | Place names | - | Label Language (English | Українська) | - | Zoom In | Zoom Out"
                + " | Zoom to Ukraine", itemsOf("View"));
        assertEquals("Keyboard Shortcuts | About HubMap", itemsOf("Help"));
    }

    @Test
    void saveAsAndCloseNeedASelectedLayout() {
        Menu file = window.menuBar().getMenus().get(0);
        assertTrue(file.getItems().get(1).isDisable());
        assertTrue(file.getItems().get(2).isDisable());
        assertFalse(file.getItems().get(0).isDisable());
    }

    @Test
    void draggingTheMapToTheRightMovesItsCentreWest(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(5);
        MapPane map = window.map();
        double lonBefore = map.centerLonProperty().get();
        double latBefore = map.centerLatProperty().get();
        double zoom = map.zoomProperty().get();

        robot.drag(map, MouseButton.PRIMARY).moveBy(100, 0).moveBy(100, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        double degreesPerPixel = 360 / WebMercator.worldSizePixels(zoom);
        assertEquals(lonBefore - 200 * degreesPerPixel, map.centerLonProperty().get(), 2 * degreesPerPixel);
        assertEquals(latBefore, map.centerLatProperty().get(), 0.05);
    }

    @Test
    void plusEqualsAndMinusKeysZoomByWholeLevels(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(5);
        double start = window.map().zoomProperty().get();

        robot.type(KeyCode.PLUS);
        assertEquals(start + 1, window.map().zoomProperty().get(), 1e-9);
        robot.type(KeyCode.EQUALS);
        assertEquals(start + 2, window.map().zoomProperty().get(), 1e-9);
        robot.type(KeyCode.MINUS);
        robot.type(KeyCode.SUBTRACT);
        assertEquals(start, window.map().zoomProperty().get(), 1e-9);
    }

    @Test
    void zoomingKeepsTheCentreAndZoomToUkraineReturns(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(5);
        MapViewport home = window.map().getViewport();
        double onePixel = 360 / WebMercator.worldSizePixels(home.zoom());
        robot.type(KeyCode.PLUS);
        assertEquals(home.centerLon(), window.map().getViewport().centerLon(), onePixel);
        assertEquals(home.centerLat(), window.map().getViewport().centerLat(), onePixel);

        robot.drag(window.map(), MouseButton.PRIMARY).moveBy(150, 80).release(MouseButton.PRIMARY);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        MapViewport back = window.map().getViewport();
        assertEquals(home.zoom(), back.zoom(), 1e-9);
        assertEquals(home.centerLon(), back.centerLon(), 1e-6);
        assertEquals(home.centerLat(), back.centerLat(), 1e-6);
    }

    @Test
    void viewMenuAndLayersPanelSwitchTheSameBasemapLayer(FxRobot robot) {
        CheckBox rivers = robot.lookup("#layer-RIVERS").queryAs(CheckBox.class);
        assertTrue(window.model().basemap().optionsProperty().get().shows(BasemapLayer.RIVERS));

        WindowTesting.clickMenuItem(robot, "View", "Rivers");
        assertFalse(window.model().basemap().optionsProperty().get().shows(BasemapLayer.RIVERS));
        assertFalse(rivers.isSelected());
        assertFalse(window.tiles().options().shows(BasemapLayer.RIVERS));

        robot.clickOn(rivers);
        assertTrue(window.model().basemap().optionsProperty().get().shows(BasemapLayer.RIVERS));
        assertTrue(viewMenuItem("Rivers").isSelected());
        assertTrue(window.tiles().options().shows(BasemapLayer.RIVERS));
    }

    @Test
    void statusBarShowsThePositionUnderThePointerInDegreesAndMgrs(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(5);
        MapPane map = window.map();
        Bounds onScreen = map.localToScreen(map.getLayoutBounds());
        Point2D target = new Point2D(onScreen.getMinX() + 301, onScreen.getMinY() + 207);

        robot.moveTo(target);
        WaitForAsyncUtils.waitForFxEvents();

        Point2D local = map.screenToLocal(target);
        MapViewport view = map.getViewport();
        double lon = view.lonAt(local.getX());
        double lat = view.latAt(local.getY());
        MapPosition shown = window.model().shownPositionProperty().get();
        assertEquals(lon, shown.lon(), 1e-9);
        assertEquals(lat, shown.lat(), 1e-9);
        assertEquals(MgrsFormat.format(lon, lat), window.statusBar().mgrs.getText());
        assertEquals(new MapPosition(lon, lat).degreesText(), window.statusBar().position.getText());
        assertTrue(window.statusBar().mgrs.getText().matches("\\d{2}[C-X] [A-Z]{2} \\d{5} \\d{5}"));
    }

    @Test
    void copyPositionPutsTheShownPositionOnTheClipboard(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(5);
        robot.moveTo(window.map());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        String copied = WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get();
        assertEquals(window.model().mgrsTextProperty().get(), copied);
    }

    @Test
    void windowTitleNamesTheSelectedLayout(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        Path file = java.nio.file.Files.writeString(folder.resolve("north.geojson"),
                "{\"type\":\"FeatureCollection\",\"features\":[]}");
        WaitForAsyncUtils.asyncFx(() -> window.model().open(List.of(file))).get().get();
        WaitForAsyncUtils.waitForFxEvents();

        Stage stage = (Stage) window.map().getScene().getWindow();
        assertEquals("HubMap — north.geojson", stage.getTitle());
        assertEquals(1, window.layersPanel().layoutList.getItems().size());
    }

    private String itemsOf(String menuText) {
        Menu menu = window.menuBar().getMenus().stream().filter(m -> m.getText().equals(menuText)).findFirst()
                .orElseThrow();
        return describe(menu.getItems());
    }

    private static String describe(List<MenuItem> items) {
        return items.stream().map(item -> {
            if (item instanceof javafx.scene.control.SeparatorMenuItem) {
                return "-";
            }
            if (item instanceof Menu submenu) {
                return submenu.getText() + " (" + describe(submenu.getItems()) + ")";
            }
            return item.getText();
        }).collect(Collectors.joining(" | "));
    }

    private javafx.scene.control.CheckMenuItem viewMenuItem(String text) {
        return window.menuBar().getMenus().get(2).getItems().stream()
                .filter(item -> text.equals(item.getText()))
                .map(javafx.scene.control.CheckMenuItem.class::cast).findFirst().orElseThrow();
    }
}
