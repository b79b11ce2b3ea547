package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.hubmap.geo.GeoBounds;
import org.hubmap.geo.MgrsFormat;
import org.hubmap.geo.WebMercator;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.FeatureStatus;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.render.BasemapLayer;
import org.hubmap.render.Legend;
import org.hubmap.render.MapViewport;
import org.hubmap.render.PointSymbolStyle;
import org.hubmap.render.Symbology;
import org.hubmap.ui.map.MapPane;
import org.hubmap.ui.map.MapPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
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
        assertEquals(List.of("File", "Edit", "View", "Tools", "Help"),
                window.menuBar().getMenus().stream().map(Menu::getText).toList());
        assertEquals("New Layout | Open… | Open from Database… | Open Recent (No recent files | - | Clear Recent)"
                + " | Save Layout | Save Layout As… | Save All | Close Layout | - | Import Layer… | Export Layer… | Export Map… | -"
                + " | Compare With… | Compare With Open Layout () | Clear Comparison | Merge From… | - | Exit",
                itemsOf("File"));
        assertEquals("Undo | Redo | - | Copy | Paste | Duplicate | Delete | Select All | - | Copy Position"
                + " | Copy Position as MGRS | Copy Map Image | - | Snap to Corners and Points", itemsOf("Edit"));
        assertEquals("Select   (S) | Add hub   (H) | Add depot   (D) | Draw zone   (P) | Draw circle   (C)"
                + " | Measure   (M)", itemsOf("Tools"), "each tool with the letter that picks it on the map");
        assertEquals("Sea | Countries | Lakes and reservoirs | Rivers | Oblast boundaries | State borders | Cities"
                + " | Place names | - | Label Language (English | Українська) | MGRS Grid | - | Go to Position…"
                + " | Zoom In | Zoom Out"
                + " | Zoom to Ukraine", itemsOf("View"));
        assertEquals("Keyboard Shortcuts | About HubMap", itemsOf("Help"));
    }

    @Test
    void saveAndCloseNeedASelectedLayout() {
        Menu file = window.menuBar().getMenus().get(0);
        assertFalse(file.getItems().get(0).isDisable(), "New Layout");
        assertFalse(file.getItems().get(1).isDisable(), "Open");
        assertFalse(file.getItems().get(2).isDisable(), "Open from Database");
        assertTrue(file.getItems().get(4).isDisable(), "Save");
        assertTrue(file.getItems().get(5).isDisable(), "Save As");
        assertTrue(file.getItems().get(6).isDisable(), "Save All");
        assertTrue(file.getItems().get(7).isDisable(), "Close");
        assertTrue(file.getItems().get(10).isDisable(), "Export Layer");
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

    /**
     * Sends the wheel events a desktop sends (40 pixels up per notch) rather than using the robot: Monocle's robot
     * reports wheel turns with the opposite sign and a fortieth of the size.
     */
    @Test
    void theMouseWheelZoomsHalfALevelPerNotchAboutThePointer() throws Exception {
        WaitForAsyncUtils.waitForFxEvents(5);
        MapPane map = window.map();
        Node mapView = map.getChildrenUnmodifiable().get(0);
        MapViewport before = map.getViewport();
        double lon = before.lonAt(250);
        double lat = before.latAt(180);

        WaitForAsyncUtils.asyncFx(() -> {
            Event.fireEvent(mapView, wheelNotchUp(mapView, 250, 180));
            Event.fireEvent(mapView, wheelNotchUp(mapView, 250, 180));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        MapViewport after = map.getViewport();
        double onePixel = 360 / WebMercator.worldSizePixels(after.zoom());
        assertEquals(before.zoom() + 1, after.zoom(), 1e-9);
        assertEquals(lon, after.lonAt(250), 2 * onePixel);
        assertEquals(lat, after.latAt(180), 2 * onePixel);
    }

    @Test
    void doubleClickZoomsInToTheNextWholeLevel(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(5);
        double zoom = window.map().zoomProperty().get();
        robot.doubleClickOn(window.map());
        assertEquals(Math.floor(zoom) + 1, window.map().zoomProperty().get(), 1e-9);
    }

    @Test
    void openedLayoutsAreDrawnOverTheMapInTheBackground(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("one.geojson"), "{}");
        MainWindow withLayouts = WaitForAsyncUtils.asyncFx(() -> {
            window.dispose();
            window = MainWindow.show((Stage) window.map().getScene().getWindow(),
                    LayoutSource.whole(path -> new Layout("one", List.of(new LayoutFeature("h1",
                            Map.of("kind", "hub", "name", "Alpha"),
                            new GeometryFactory().createPoint(new Coordinate(30.52, 50.45)))))),
                    List.of(file));
            return window;
        }).get();
        ImageView overlay = (ImageView) withLayouts.map().lookup(".layout-overlay").lookup(".image-view");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> overlay.getImage() != null);
        // The window may still settle its size after the first drawing, so wait for the image of the view it keeps.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            MapViewport view = withLayouts.map().getViewport();
            return withLayouts.map().isOverlayUpToDate()
                    && Math.abs(Math.ceil(view.widthPixels() * 1.5) - overlay.getImage().getWidth()) <= 1
                    && Math.abs(Math.ceil(view.heightPixels() * 1.5) - overlay.getImage().getHeight()) <= 1;
        }).get());
        assertEquals("1 hub, 0 depots, 0 zones", withLayouts.model().layouts().get(0).summary());

        MapViewport drawnFor = withLayouts.map().getViewport();
        int hubX = (int) Math.round(drawnFor.screenX(30.52) + drawnFor.widthPixels() * 0.25);
        int hubY = (int) Math.round(drawnFor.screenY(50.45) + drawnFor.heightPixels() * 0.25);
        PointSymbolStyle hub = Symbology.point(FeatureKind.HUB, FeatureStatus.UNKNOWN);
        int fillX = hubX - (int) Math.round(hub.widthPixels() / 2) + 4;
        int fillY = hubY - (int) Math.round(hub.heightPixels() / 2) + 4;
        assertEquals(hub.fill().getRGB(), overlay.getImage().getPixelReader().getArgb(fillX, fillY),
                "the hub's frame is filled with the symbology's friendly colour");
        // Worked out in the background, the legend panel explains what the layout holds.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> withLayouts.layersPanel().legend.legend() != null);
        assertEquals(List.of("Hubs"), withLayouts.layersPanel().legend.legend().sections().stream()
                .map(Legend.Section::title).toList(), "the legend panel explains what the layout holds");
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
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.C).release(KeyCode.C, KeyCode.ALT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        String copied = WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get();
        assertEquals(window.model().mgrsTextProperty().get(), copied);
    }

    @Test
    void windowTitleNamesTheSelectedLayout(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("north.geojson"),
                "{\"type\":\"FeatureCollection\",\"features\":[]}");
        WaitForAsyncUtils.asyncFx(() -> window.model().open(List.of(file))).get().get();
        WaitForAsyncUtils.waitForFxEvents();

        Stage stage = (Stage) window.map().getScene().getWindow();
        assertEquals("HubMap — north.geojson", stage.getTitle());
        assertEquals(1, window.layersPanel().layoutList.getItems().size());
    }

    /** A wheel turned one notch away from the user over a point of {@code target}, given in its coordinates. */
    private static ScrollEvent wheelNotchUp(Node target, double x, double y) {
        Point2D scene = target.localToScene(x, y);
        Point2D screen = target.localToScreen(x, y);
        return new ScrollEvent(ScrollEvent.SCROLL, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                false, false, false, false,
                false, false, 0, 40, 0, 40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.LINES, 3, 0, new PickResult(target, scene.getX(), scene.getY()));
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
