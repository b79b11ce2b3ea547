package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.hubmap.document.Selection;
import org.hubmap.geo.CircleZone;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.GeodesicDistance;
import org.hubmap.io.LayoutReader;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.render.MapViewport;
import org.hubmap.ui.edit.MapTool;
import org.hubmap.ui.edit.OpenedLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Editing driven as a user drives it: tools on the map, keys, undo and redo, and the saved file. */
@ExtendWith(ApplicationExtension.class)
class EditingFlowTest {
    private static final String ONE_DEPOT = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "id": "depot-1", "properties": {"kind": "depot", "name": "Depot Uman", "status": "active"},
               "geometry": {"type": "Point", "coordinates": [30.22, 48.75]}}
            ]}
            """;

    @TempDir
    Path folder;
    private Stage stage;
    private MainWindow window;
    private Path file;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void openOneDepot() throws Exception {
        file = Files.writeString(folder.resolve("plan.geojson"), ONE_DEPOT);
        window = WaitForAsyncUtils.asyncFx(() -> MainWindow.show(stage, List.of())).get();
        WaitForAsyncUtils.asyncFx(() -> window.model().open(List.of(file))).get().get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            // Zoom 9: about 200 m a pixel, so that the features drawn here lie well apart on screen.
            for (int i = 0; i < 3; i++) {
                window.map().zoomIn();
            }
            window.map().centerOn(30.3, 48.8);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Stop
    void stop() {
        window.dispose();
    }

    private OpenedLayout layout() {
        return window.model().selectedLayoutProperty().get();
    }

    private List<LayoutFeature> features() {
        return layout().layout().features();
    }

    /** The screen point of a map position. */
    private Point2D screen(double lon, double lat) {
        MapViewport view = window.map().getViewport();
        return window.map().localToScreen(view.screenX(lon), view.screenY(lat));
    }

    private GeoPosition positionAt(Point2D screenPoint) {
        Point2D local = window.map().screenToLocal(screenPoint);
        MapViewport view = window.map().getViewport();
        return new GeoPosition(view.lonAt(local.getX()), view.latAt(local.getY()));
    }

    private static void near(GeoPosition expected, double lon, double lat, double metres) {
        double off = GeodesicDistance.metres(expected, new GeoPosition(lon, lat));
        assertTrue(off < metres, "off by " + off + " m");
    }

    private static javafx.scene.control.MenuItem menuItem(FxRobot robot, String id) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private double metresPerPixel() {
        MapViewport view = window.map().getViewport();
        return org.hubmap.geo.WebMercator.metresPerPixel(view.centerLat(), view.zoom());
    }

    @Test
    void addDrawMoveUndoRedoAndSave(FxRobot robot) throws Exception {
        Layout original = layout().layout();
        double pixel = metresPerPixel();

        robot.clickOn("#tool-add-hub");
        Point2D hubAt = screen(30.6, 48.9);
        robot.moveTo(hubAt).clickOn(MouseButton.PRIMARY);
        assertEquals(2, features().size());
        LayoutFeature hub = features().get(1);
        assertEquals(FeatureKind.HUB, hub.kind());
        assertEquals("planned", hub.status());
        Point hubPoint = (Point) hub.geometry().orElseThrow();
        near(positionAt(hubAt), hubPoint.getX(), hubPoint.getY(), 2 * pixel);

        robot.clickOn("#tool-draw-polygon");
        robot.moveTo(screen(29.6, 49.1)).clickOn(MouseButton.PRIMARY);
        robot.moveTo(screen(29.9, 49.1)).clickOn(MouseButton.PRIMARY);
        robot.moveTo(screen(29.75, 48.95)).clickOn(MouseButton.PRIMARY);
        robot.type(KeyCode.ENTER);
        assertEquals(3, features().size());
        LayoutFeature zone = features().get(2);
        assertEquals(FeatureKind.MONITORING_ZONE, zone.kind());
        assertEquals(4, ((Polygon) zone.geometry().orElseThrow()).getExteriorRing().getNumPoints());

        robot.clickOn("#tool-draw-circle");
        robot.moveTo(screen(30.9, 48.6)).clickOn(MouseButton.PRIMARY);
        robot.write("25").type(KeyCode.ENTER);
        assertEquals(4, features().size());
        LayoutFeature circle = features().get(3);
        CircleZone.Circle stored = CircleZone.of(circle).orElseThrow();
        assertEquals(25_000, stored.radiusMetres(), 1e-9);
        for (Coordinate vertex : circle.geometry().orElseThrow().getCoordinates()) {
            assertEquals(25_000, GeodesicDistance.metres(stored.centre(), new GeoPosition(vertex.x, vertex.y)), 0.01,
                    "every vertex lies 25 km from the centre on the ellipsoid");
        }

        robot.clickOn("#tool-select");
        Point2D depotAt = screen(30.22, 48.75);
        Point2D dropAt = depotAt.add(80, 40);
        GeoPosition dropPosition = positionAt(dropAt);
        robot.moveTo(depotAt).clickOn(MouseButton.PRIMARY);
        robot.drag(depotAt, MouseButton.PRIMARY).dropTo(dropAt);
        LayoutFeature depot = features().get(0);
        Point moved = (Point) depot.geometry().orElseThrow();
        near(dropPosition, moved.getX(), moved.getY(), 2 * pixel);
        assertEquals("Depot Uman", depot.name());
        assertEquals("Undo Move depot", menuItem(robot, "edit-undo").getText(), "the action is named once");

        for (int i = 0; i < 4; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        }
        assertEquals(original.features().size(), features().size());
        assertSame(original.features().get(0), features().get(0), "undo gives back the very feature read");
        assertFalse(layout().isModified());
        for (int i = 0; i < 4; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        }
        assertEquals(4, features().size());
        assertTrue(layout().isModified());
        assertTrue(stage.getTitle().endsWith(MainViewModel.UNSAVED_MARK), stage.getTitle());

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !layout().isModified());
        Layout saved = LayoutReader.read(file);
        assertEquals(List.of(FeatureKind.DEPOT, FeatureKind.HUB, FeatureKind.MONITORING_ZONE,
                FeatureKind.MONITORING_ZONE), saved.features().stream().map(LayoutFeature::kind).toList());
        near(dropPosition, ((Point) saved.features().get(0).geometry().orElseThrow()).getX(),
                ((Point) saved.features().get(0).geometry().orElseThrow()).getY(), 2 * pixel);
        assertEquals(25_000, CircleZone.of(saved.features().get(3)).orElseThrow().radiusMetres(), 1e-9);
        assertEquals("depot-1", saved.features().get(0).id(), "the depot keeps its id");
        assertFalse(stage.getTitle().endsWith(MainViewModel.UNSAVED_MARK));
    }

    @Test
    void aDragThatStartsOnAFeatureNotSelectedPansTheMapAndLeavesTheFeature(FxRobot robot) {
        robot.interact(() -> layout().select(Selection.none()));
        LayoutFeature before = features().get(0);
        Point2D depotAt = screen(30.22, 48.75);

        robot.drag(depotAt, MouseButton.PRIMARY).dropTo(depotAt.add(120, 60));

        assertSame(before, features().get(0), "the depot did not move");
        assertFalse(layout().canUndo(), "no undo step");
        assertFalse(layout().isModified());
        assertTrue(layout().selection().isEmpty(), "a pan selects nothing");
        Point2D depotNow = screen(30.22, 48.75);
        assertEquals(depotAt.getX() + 120, depotNow.getX(), 3, "the map moved with the pointer");
        assertEquals(depotAt.getY() + 60, depotNow.getY(), 3);
    }

    @Test
    void theCirclePreviewFollowsTheTypedRadiusWhereverThePointerIs(FxRobot robot) {
        robot.clickOn("#tool-draw-circle");
        robot.moveTo(screen(30.9, 48.6)).clickOn(MouseButton.PRIMARY);
        robot.write("25");
        robot.moveTo(screen(31.5, 48.3));
        assertEquals("Circle of 25 km: press Enter to draw it", hint(robot));
        robot.type(KeyCode.BACK_SPACE).write(".5");
        assertEquals("Circle of 2.5 km: press Enter to draw it", hint(robot));
        robot.type(KeyCode.ENTER);
        assertEquals(2_500, CircleZone.of(features().get(1)).orElseThrow().radiusMetres(), 1e-9);
    }

    @Test
    void hoveringOverAFeatureTellsWhatItIs(FxRobot robot) {
        robot.moveTo(screen(30.22, 48.75));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label tip = robot.lookup("#feature-tip").queryAs(javafx.scene.control.Label.class);
        assertTrue(tip.isVisible());
        assertEquals("Depot Uman\ndepot · active", tip.getText());
        robot.moveTo(screen(30.8, 49.2));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(tip.isVisible(), "no tip where there is no feature");
    }

    @Test
    void measureGivesTheBearingOfEachLeg(FxRobot robot) {
        robot.clickOn("#tool-measure");
        robot.moveTo(screen(30.0, 48.6)).clickOn(MouseButton.PRIMARY);
        robot.moveTo(screen(30.0, 49.0)).clickOn(MouseButton.PRIMARY);
        robot.moveTo(screen(30.5, 49.0)).doubleClickOn(MouseButton.PRIMARY);
        java.util.regex.Matcher legs = java.util.regex.Pattern
                .compile("legs (\\d{3})° [\\d.]+ km, (\\d{3})° [\\d.]+ km").matcher(hint(robot));
        assertTrue(legs.find(), hint(robot));
        assertEquals(0, Integer.parseInt(legs.group(1)) % 359, 1, "the first leg runs north");
        assertEquals(90, Integer.parseInt(legs.group(2)), 1, "the second runs (nearly) east");
    }

    private static String hint(FxRobot robot) {
        return robot.lookup("#tool-hint").queryLabeled().getText();
    }

    @Test
    void aDepotPlacedOnAnotherSiteIsFlaggedAtOnce(FxRobot robot) {
        robot.clickOn("#tool-add-depot");
        robot.moveTo(screen(30.22, 48.75).add(3, 2)).clickOn(MouseButton.PRIMARY);
        assertEquals(2, features().size());
        assertTrue(hint(robot).startsWith("⚠ Depot 1 is at the same position as Depot Uman (within 10 m)"),
                hint(robot));
        robot.moveTo(screen(30.6, 48.9)).clickOn(MouseButton.PRIMARY);
        assertEquals(MapTool.ADD_DEPOT.hint(), hint(robot), "a depot placed apart raises nothing");
    }

    @Test
    void drawnCornersSnapToANearbyPoint(FxRobot robot) {
        robot.clickOn("#tool-draw-polygon");
        robot.moveTo(screen(30.22, 48.75).add(4, 3)).clickOn(MouseButton.PRIMARY);
        robot.moveTo(screen(30.6, 48.75)).clickOn(MouseButton.PRIMARY);
        robot.moveTo(screen(30.4, 48.5)).clickOn(MouseButton.PRIMARY);
        robot.type(KeyCode.ENTER);
        Coordinate first = features().get(1).geometry().orElseThrow().getCoordinates()[0];
        Point depot = (Point) features().get(0).geometry().orElseThrow();
        boolean snapped = false;
        for (Coordinate c : features().get(1).geometry().orElseThrow().getCoordinates()) {
            snapped |= c.x == depot.getX() && c.y == depot.getY();
        }
        assertTrue(snapped, "a corner is exactly the depot's position: " + first);
    }

    @Test
    void shiftClickSelectsSeveralAndDeleteRemovesThemInOneStep(FxRobot robot) {
        robot.clickOn("#tool-add-hub");
        robot.moveTo(screen(30.6, 48.9)).clickOn(MouseButton.PRIMARY);
        robot.clickOn("#tool-select");
        robot.moveTo(screen(30.22, 48.75)).clickOn(MouseButton.PRIMARY);
        robot.press(KeyCode.SHIFT).moveTo(screen(30.6, 48.9)).clickOn(MouseButton.PRIMARY).release(KeyCode.SHIFT);
        assertEquals(2, layout().selection().size());
        robot.type(KeyCode.DELETE);
        assertEquals(0, features().size());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(2, features().size());
        assertEquals(2, layout().selection().size(), "undo selects what it brought back");
    }

    @Test
    void shiftDragSelectsWhatTheBoxHolds(FxRobot robot) {
        robot.clickOn("#tool-add-hub");
        robot.moveTo(screen(30.6, 48.9)).clickOn(MouseButton.PRIMARY);
        robot.clickOn("#tool-select");
        robot.interact(() -> layout().select(Selection.none()));
        robot.press(KeyCode.SHIFT);
        robot.drag(screen(30.1, 48.95), MouseButton.PRIMARY).dropTo(screen(30.4, 48.6));
        robot.release(KeyCode.SHIFT);
        assertArrayEquals(new int[] {0}, layout().selectedIndexes(),
                "the depot is inside the box, the hub is not");
    }

    @Test
    void aZonesCornersAreDraggedInsertedAndDeleted(FxRobot robot) {
        robot.clickOn("#tool-draw-polygon");
        robot.moveTo(screen(29.6, 49.1)).clickOn(MouseButton.PRIMARY);
        robot.moveTo(screen(29.9, 49.1)).clickOn(MouseButton.PRIMARY);
        robot.moveTo(screen(29.75, 48.95)).clickOn(MouseButton.PRIMARY);
        robot.type(KeyCode.ENTER);
        assertArrayEquals(new int[] {1}, layout().selectedIndexes());

        robot.drag(screen(29.6, 49.1), MouseButton.PRIMARY).dropTo(screen(29.5, 49.2));
        Coordinate[] moved = features().get(1).geometry().orElseThrow().getCoordinates();
        assertEquals(4, moved.length);
        near(positionAt(screen(29.5, 49.2)), moved[0].x, moved[0].y, 2 * metresPerPixel());

        Point2D midpoint = screen((moved[0].x + moved[1].x) / 2, (moved[0].y + moved[1].y) / 2);
        robot.drag(midpoint, MouseButton.PRIMARY).dropTo(midpoint.add(0, -30));
        assertEquals(5, features().get(1).geometry().orElseThrow().getCoordinates().length, "a corner was added");

        Coordinate added = features().get(1).geometry().orElseThrow().getCoordinates()[1];
        robot.moveTo(screen(added.x, added.y)).clickOn(MouseButton.PRIMARY);
        robot.type(KeyCode.DELETE);
        assertEquals(4, features().get(1).geometry().orElseThrow().getCoordinates().length, "the corner went");
        assertEquals(2, features().size(), "the zone itself stays");
    }

    @Test
    void aHolesCornersAreDraggedAndDeletedAndTheHoleGoesWithItsLastThree(FxRobot robot) throws Exception {
        Path withHole = Files.writeString(folder.resolve("hole.geojson"), """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "id": "zone-1", "properties": {"kind": "monitoring-zone", "name": "Ring"},
                   "geometry": {"type": "Polygon", "coordinates": [
                     [[30.0, 48.6], [30.6, 48.6], [30.6, 49.0], [30.0, 49.0], [30.0, 48.6]],
                     [[30.2, 48.7], [30.2, 48.9], [30.4, 48.9], [30.4, 48.7], [30.2, 48.7]]]}}
                ]}
                """);
        WaitForAsyncUtils.asyncFx(() -> window.model().open(List.of(withHole))).get().get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ring", features().get(0).name());
        robot.moveTo(screen(30.1, 48.8)).clickOn(MouseButton.PRIMARY);
        assertArrayEquals(new int[] {0}, layout().selectedIndexes());

        robot.drag(screen(30.2, 48.7), MouseButton.PRIMARY).dropTo(screen(30.15, 48.65));
        Polygon dragged = (Polygon) features().get(0).geometry().orElseThrow();
        Coordinate corner = dragged.getInteriorRingN(0).getCoordinateN(0);
        near(positionAt(screen(30.15, 48.65)), corner.x, corner.y, 2 * metresPerPixel());
        assertEquals(5, dragged.getExteriorRing().getNumPoints(), "the outline is as it was");
        assertEquals(30.0, dragged.getExteriorRing().getCoordinateN(0).x, 0);

        robot.moveTo(screen(30.4, 48.9)).clickOn(MouseButton.PRIMARY);
        robot.type(KeyCode.DELETE);
        assertEquals(4, ((Polygon) features().get(0).geometry().orElseThrow()).getInteriorRingN(0).getNumPoints(),
                "three corners left in the hole");
        robot.moveTo(screen(30.2, 48.9)).clickOn(MouseButton.PRIMARY);
        robot.type(KeyCode.DELETE);
        assertEquals(0, ((Polygon) features().get(0).geometry().orElseThrow()).getNumInteriorRing(),
                "the hole went with its last three corners");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(1, ((Polygon) features().get(0).geometry().orElseThrow()).getNumInteriorRing(), "undone");
    }

    @Test
    void arrowKeysNudgeTheSelectionAlongGeodesics(FxRobot robot) {
        robot.moveTo(screen(30.22, 48.75)).clickOn(MouseButton.PRIMARY);
        Point before = (Point) features().get(0).geometry().orElseThrow();
        robot.type(KeyCode.UP);
        Point after = (Point) features().get(0).geometry().orElseThrow();
        assertEquals(before.getX(), after.getX(), 1e-9, "north keeps the longitude");
        assertEquals(metresPerPixel(), GeodesicDistance.metres(new GeoPosition(before.getX(), before.getY()),
                new GeoPosition(after.getX(), after.getY())), 1e-3, "one pixel's worth of ground");
    }

    @Test
    void theMeasureToolGivesGeodesicDistance(FxRobot robot) {
        robot.clickOn("#tool-measure");
        robot.moveTo(screen(30.0, 48.6)).clickOn(MouseButton.PRIMARY);
        robot.moveTo(screen(30.5, 48.6)).doubleClickOn(MouseButton.PRIMARY);
        double expectedKm = GeodesicDistance.metres(positionAt(screen(30.0, 48.6)), positionAt(screen(30.5, 48.6)))
                / 1000;
        String shown = ((javafx.scene.control.Label) window.map().getScene().lookup("#tool-hint")).getText();
        java.util.regex.Matcher km = java.util.regex.Pattern.compile("^Distance (\\d+\\.\\d\\d) km").matcher(shown);
        assertTrue(km.find(), shown);
        // The pointer lands on whole pixels, so allow two pixels' worth of ground.
        assertEquals(expectedKm, Double.parseDouble(km.group(1)), 2 * metresPerPixel() / 1000, shown);
    }

    @Test
    void copyAndPasteBetweenLayouts(FxRobot robot) throws Exception {
        robot.moveTo(screen(30.22, 48.75)).clickOn(MouseButton.PRIMARY);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        assertEquals(0, features().size());
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        assertEquals(1, features().size());
        LayoutFeature pasted = features().get(0);
        assertEquals("Depot Uman", pasted.name());
        assertFalse("depot-1".equals(pasted.id()), "a pasted feature gets an id of its own");
    }

    @Test
    void aHubIsPlacedAtATypedMgrsReference(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String reference = org.hubmap.geo.PositionFormat.MGRS.format(new GeoPosition(30.5, 48.9));
        robot.clickOn("#position-text").write(reference);
        WaitForAsyncUtils.waitForFxEvents();
        String reading = robot.lookup("#position-reading").queryLabeled().getText();
        assertTrue(reading.contains("DMS: "), "the dialog shows the position in every format while typing: "
                + reading + " for " + robot.lookup("#position-text").queryTextInputControl().getText());
        robot.clickOn("Place Hub");
        LayoutFeature hub = features().get(features().size() - 1);
        assertEquals(FeatureKind.HUB, hub.kind());
        GeoPosition typed = org.hubmap.geo.PositionParser.parse(reference);
        Point at = (Point) hub.geometry().orElseThrow();
        assertEquals(typed.lonDegrees(), at.getX(), 1e-12);
        assertEquals(typed.latDegrees(), at.getY(), 1e-12);
        assertEquals(typed.lonDegrees(), window.map().getViewport().centerLon(), 1e-3, "the map centres on it");
    }

    @Test
    void goToFindsACityByItsEnglishOrUkrainianNameAndLeavesAMarker(FxRobot robot) throws Exception {
        BundledBasemap.places().get(60, TimeUnit.SECONDS);
        for (String typed : List.of("Kharkiv", "Харків")) {
            robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("#position-text").write(typed);
            WaitForAsyncUtils.waitForFxEvents();
            @SuppressWarnings("unchecked")
            javafx.scene.control.ListView<org.hubmap.ui.edit.Destination> choices =
                    robot.lookup("#destinations").queryAs(javafx.scene.control.ListView.class);
            org.hubmap.ui.edit.Destination first = choices.getItems().get(0);
            assertEquals(typed, first.title(), "the city comes first, named as typed");
            assertTrue(first.toString().contains("oblast centre"), first.toString());
            assertTrue(choices.getItems().size() > 1, "the oblast is offered too");
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(36.23, window.map().getViewport().centerLon(), 0.05, "the map centres on Kharkiv");
            assertEquals(49.99, window.map().getViewport().centerLat(), 0.05);
            assertTrue(window.map().getViewport().zoom() >= 10, "close enough to see the city");
            assertEquals(first, window.editor().markerProperty().get(), "a marker is left there");
            robot.interact(() -> window.map().centerOn(30.4, 48.9));
        }
        robot.interact(() -> window.map().requestFocus());
        robot.type(KeyCode.ESCAPE);
        assertEquals(null, window.editor().markerProperty().get(), "Escape removes the marker");
    }

    @Test
    void goToFindsTheLayoutsOwnFeaturesByName(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#position-text").write("depot um");
        WaitForAsyncUtils.waitForFxEvents();
        String first = robot.lookup("#destinations").queryListView().getItems().get(0).toString();
        assertEquals("Depot Uman  —  depot · " + file.getFileName(), first);
        robot.type(KeyCode.DOWN).type(KeyCode.UP).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(30.22, window.map().getViewport().centerLon(), 1e-3);
        assertEquals(48.75, window.map().getViewport().centerLat(), 1e-3);
    }

    @Test
    void closingWithUnsavedChangesAsksFirst(FxRobot robot) {
        robot.clickOn("#tool-add-hub");
        robot.moveTo(screen(30.6, 48.9)).clickOn(MouseButton.PRIMARY);
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Cancel");
        assertEquals(1, window.model().layouts().size(), "cancel keeps the layout open");
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Don't Save");
        assertEquals(0, window.model().layouts().size());
    }
}
