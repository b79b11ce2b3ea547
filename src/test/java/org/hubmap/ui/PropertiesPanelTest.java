package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.ui.edit.OpenedLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PropertiesPanelTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final int HUB = 0;
    private static final int[] DEPOTS = {1, 2, 3};
    private static final int ZONE = 4;

    private final ObjectProperty<OpenedLayout> active = new SimpleObjectProperty<>();
    private OpenedLayout opened;

    @Start
    void start(Stage stage) {
        opened = new OpenedLayout(Path.of("test.geojson"), layout());
        active.set(opened);
        Scene scene = new Scene(new PropertiesPanel(active), 380, 780);
        scene.getStylesheets().add(PropertiesPanel.class.getResource("/org/hubmap/ui/hubmap.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void withNothingSelectedThePanelSaysHowToSelect(FxRobot robot) {
        Label hint = robot.lookup(PropertiesPanel.NOTHING_SELECTED).queryAs(Label.class);
        assertTrue(hint.isVisible());
        assertFalse(UserSteps.isShown(robot.lookup("#property-name").query()));

        select(robot, HUB);
        assertFalse(hint.isVisible());
        assertEquals("Hub Alpha", field(robot, "#property-name").getText());
    }

    @Test
    void renamingAFeatureIsOneStepThatUndoTakesBack(FxRobot robot) {
        select(robot, HUB);
        UserSteps.typeOver(robot, "#property-name", "Hub Kyiv North");
        robot.type(KeyCode.ENTER);

        assertEquals("Hub Kyiv North", feature(HUB).name());
        assertEquals(Optional.of("Rename hub"), opened.undoDescription());
        assertEquals(List.of(feature(HUB)), opened.selectedFeatures(), "the renamed hub stays selected");

        robot.interact(opened::undo);
        assertEquals("Hub Alpha", feature(HUB).name());
        assertFalse(opened.canUndo(), "one command, taken back by one undo");
        assertEquals("Hub Alpha", field(robot, "#property-name").getText(), "the panel follows the undo");
    }

    @Test
    void undoAndRedoKeysInAFieldActOnTheLayoutOnceTheTypingIsCommitted(FxRobot robot) {
        select(robot, HUB);
        UserSteps.typeOver(robot, "#property-capacity", "1500");
        robot.type(KeyCode.ENTER);
        UserSteps.typeOver(robot, "#property-name", "Hub Kyiv North");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("Hub Alpha", feature(HUB).name(), "the rename was committed, then undone");
        assertEquals("Hub Alpha", field(robot, "#property-name").getText());
        assertEquals(Optional.of("Set capacity of hub"), opened.undoDescription(), "the earlier edit is still there");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(JsonNumber.of(1200), feature(HUB).properties().get("capacity"), "a second undo, still in the field");

        robot.press(KeyCode.CONTROL).press(KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT)
                .release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertEquals("Hub Kyiv North", feature(HUB).name(), "both redone");
        assertEquals(JsonNumber.of(1500), feature(HUB).properties().get("capacity"));
    }

    @Test
    void leavingAFieldCommitsItAndAnUnchangedFieldCommitsNothing(FxRobot robot) {
        select(robot, HUB);
        robot.clickOn("#property-name").type(KeyCode.ENTER);
        robot.clickOn("#property-capacity");
        UserSteps.choose(robot, "#property-status", "active");
        assertFalse(opened.canUndo(), "the same value again is no edit");

        UserSteps.typeOver(robot, "#property-notes", "Rail head\nsecond line");
        robot.clickOn("#property-name");
        assertEquals("Rail head\nsecond line", feature(HUB).properties().get("notes"));
        assertEquals(Optional.of("Edit notes of hub"), opened.undoDescription());
    }

    @Test
    void oneStatusChoiceChangesEverySelectedDepotInOneStep(FxRobot robot) {
        select(robot, DEPOTS);
        ComboBox<?> status = robot.lookup("#property-status").queryAs(ComboBox.class);
        assertNull(status.getValue());
        assertEquals(TextPropertyEditor.SEVERAL_VALUES, status.getButtonCell().getText(), "what the box shows");
        assertEquals("", field(robot, "#property-name").getText());
        assertEquals(TextPropertyEditor.SEVERAL_VALUES, field(robot, "#property-name").getPromptText());
        assertEquals("3 features selected", robot.lookup(".selection-size").queryAs(Label.class).getText());

        UserSteps.choose(robot, "#property-status", "degraded");

        for (int depot : DEPOTS) {
            assertEquals("degraded", feature(depot).status());
        }
        assertEquals(Optional.of("Change status of 3 depots"), opened.undoDescription());
        assertArrayEquals(DEPOTS, opened.selectedIndexes());
        assertEquals("degraded", status.getValue());
        robot.interact(opened::undo);
        assertEquals(List.of("planned", "active", "planned"),
                List.of(feature(1).status(), feature(2).status(), feature(3).status()));
        assertFalse(opened.canUndo());
    }

    @Test
    void aFieldLeftEmptyOnSeveralValuesChangesNothingAndTypingSetsAll(FxRobot robot) {
        select(robot, DEPOTS);
        robot.clickOn("#property-capacity");
        robot.clickOn("#property-name");
        assertFalse(opened.canUndo());

        UserSteps.typeOver(robot, "#property-capacity", "300");
        robot.type(KeyCode.ENTER);
        for (int depot : DEPOTS) {
            assertEquals(JsonNumber.of(300), feature(depot).properties().get("capacity"));
        }
        assertEquals(Optional.of("Set capacity of 3 depots"), opened.undoDescription());
    }

    @Test
    void capacityThatIsNoNumberIsRefusedWithAMessage(FxRobot robot) {
        select(robot, HUB);
        UserSteps.typeOver(robot, "#property-capacity", "lots");
        robot.type(KeyCode.ENTER);

        Label message = robot.lookup("#property-capacity-message").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertEquals("“lots” is not a capacity: type a number of 0 or more, such as 1200.", message.getText());
        assertFalse(opened.canUndo());
        assertEquals(JsonNumber.of(1200), feature(HUB).properties().get("capacity"));

        UserSteps.typeOver(robot, "#property-capacity", "1500.5");
        robot.type(KeyCode.ENTER);
        assertEquals(JsonNumber.of("1500.5"), feature(HUB).properties().get("capacity"));
        assertEquals(Optional.of("Set capacity of hub"), opened.undoDescription());
        assertFalse(message.isVisible());

        UserSteps.typeOver(robot, "#property-capacity", "");
        robot.type(KeyCode.ENTER);
        assertFalse(feature(HUB).properties().containsKey("capacity"), "an emptied field removes the property");
        assertEquals(Optional.of("Remove capacity of hub"), opened.undoDescription());
    }

    @Test
    void unknownPropertiesAreShownAndSurviveEdits(FxRobot robot) {
        select(robot, HUB);
        TextField callsign = field(robot, "#property-value-callsign");
        TextField tags = field(robot, "#property-value-tags");
        assertEquals("0042", callsign.getText());
        assertEquals("[\"rail\",\"fuel\"]", tags.getText());
        assertFalse(tags.isEditable(), "lists are shown, not edited");

        UserSteps.typeOver(robot, "#property-name", "Hub Kyiv");
        robot.type(KeyCode.ENTER);
        assertEquals("0042", feature(HUB).properties().get("callsign"));
        assertEquals(List.of("rail", "fuel"), feature(HUB).properties().get("tags"));

        UserSteps.typeOver(robot, "#property-value-callsign", "0043");
        robot.type(KeyCode.ENTER);
        assertEquals("0043", feature(HUB).properties().get("callsign"), "a string stays a string");
        assertEquals(Optional.of("Set callsign of hub"), opened.undoDescription());
        assertEquals(List.of("kind", "name", "nation", "status", "capacity", "protection_radius_m", "callsign",
                "tags"),
                List.copyOf(feature(HUB).properties().keySet()), "the order of the properties is kept");
    }

    @Test
    void aPropertyCanBeAddedToSeveralFeaturesAndRemovedAgain(FxRobot robot) {
        select(robot, DEPOTS);
        UserSteps.typeOver(robot, "#new-property-key", "fuel_litres");
        UserSteps.typeOver(robot, "#new-property-value", "5000");
        robot.type(KeyCode.ENTER);

        for (int depot : DEPOTS) {
            assertEquals(JsonNumber.of(5000), feature(depot).properties().get("fuel_litres"));
        }
        assertEquals(Optional.of("Add fuel_litres to 3 depots"), opened.undoDescription());
        assertEquals("5000", field(robot, "#property-value-fuel_litres").getText());
        assertEquals("", field(robot, "#new-property-key").getText());

        robot.clickOn("#property-remove-fuel_litres");
        for (int depot : DEPOTS) {
            assertFalse(feature(depot).properties().containsKey("fuel_litres"));
        }
        assertEquals(Optional.of("Remove fuel_litres from 3 depots"), opened.undoDescription());
        assertTrue(robot.lookup("#property-value-fuel_litres").tryQuery().isEmpty());
    }

    @Test
    void aNewPropertyNeedsAFreeName(FxRobot robot) {
        select(robot, HUB);
        UserSteps.typeOver(robot, "#new-property-key", "status");
        robot.type(KeyCode.ENTER);
        Label message = robot.lookup("#new-property-message").queryAs(Label.class);
        assertEquals("“status” is already a property: change its value above.", message.getText());

        UserSteps.typeOver(robot, "#new-property-key", "callsign");
        robot.clickOn("#new-property-add");
        assertEquals("“callsign” is already a property: change its value above.", message.getText());
        assertFalse(opened.canUndo());
    }

    @Test
    void typingInTheNationFieldOffersMatchingNations(FxRobot robot) {
        select(robot, HUB);
        TextField nation = field(robot, "#property-nation");
        assertEquals("UKR — Ukraine", nation.getText());

        UserSteps.typeOver(robot, "#property-nation", "united k");
        ListView<?> suggestions = robot.lookup(".nation-suggestions").queryAs(ListView.class);
        assertTrue(suggestions.isVisible());
        assertEquals(new Nations.Nation("GBR", "United Kingdom"), suggestions.getSelectionModel().getSelectedItem(),
                "the best match is highlighted");
        robot.type(KeyCode.ENTER);

        assertEquals("GBR", feature(HUB).nation());
        assertEquals(Optional.of("Change nation of hub"), opened.undoDescription());
        assertEquals("GBR — United Kingdom", nation.getText());
        assertFalse(suggestions.isVisible());

        UserSteps.typeOver(robot, "#property-nation", "pol");
        robot.clickOn("POL — Poland");
        assertEquals("POL", feature(HUB).nation());

        UserSteps.typeOver(robot, "#property-nation", "united");
        assertEquals(new Nations.Nation("ARE", "United Arab Emirates"),
                suggestions.getSelectionModel().getSelectedItem());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertEquals("GBR", feature(HUB).nation(), "Down moves to the next match");
    }

    @Test
    void nationsThatAreNoIsoCodeAreShownAsTheyAreAndUnknownTypedNamesRefused(FxRobot robot) {
        select(robot, ZONE);
        assertEquals("NATO", field(robot, "#property-nation").getText());

        UserSteps.typeOver(robot, "#property-nation", "Atlantis");
        robot.clickOn("#property-name");
        assertEquals("“Atlantis” is no nation: pick one from the list or type a code such as GBR.",
                robot.lookup("#property-nation-message").queryAs(Label.class).getText());
        assertEquals("NATO", feature(ZONE).nation());
        assertFalse(opened.canUndo());
    }

    @Test
    void kindOffersOnlyKindsThatFitTheGeometry(FxRobot robot) {
        ComboBox<?> kind = robot.lookup("#property-kind").queryAs(ComboBox.class);
        select(robot, HUB);
        assertEquals(List.of("hub", "depot"), List.copyOf(kind.getItems()));
        select(robot, ZONE);
        assertEquals(List.of("monitoring-zone"), List.copyOf(kind.getItems()));
        select(robot, HUB, ZONE);
        assertTrue(kind.isDisabled(), "no kind fits a point and a polygon alike");

        select(robot, HUB);
        UserSteps.choose(robot, "#property-kind", "depot");
        assertEquals("depot", feature(HUB).properties().get("kind"));
        assertEquals(Optional.of("Change kind of hub"), opened.undoDescription());
    }

    @Test
    void theProtectionRingIsTypedInKilometresForHubsAndDepotsOnly(FxRobot robot) {
        select(robot, HUB);
        TextField ring = field(robot, "#property-ring");
        assertEquals("15", ring.getText());
        UserSteps.typeOver(robot, "#property-ring", "2.5");
        robot.type(KeyCode.ENTER);
        assertEquals(JsonNumber.of(2500), feature(HUB).properties().get("protection_radius_m"));
        assertEquals(Optional.of("Set protection ring of hub"), opened.undoDescription());

        UserSteps.typeOver(robot, "#property-ring", "");
        robot.type(KeyCode.ENTER);
        assertFalse(feature(HUB).properties().containsKey("protection_radius_m"));

        select(robot, ZONE);
        assertFalse(UserSteps.isShown(ring));
        assertEquals("500", field(robot, "#property-value-protection_radius_m").getText(),
                "a zone's ring radius is no ring, but is still shown");
    }

    @Test
    void aCircleZoneShowsItsCentreAndItsRadiusInKilometresAndResizesFromIt(FxRobot robot) {
        select(robot, ZONE);
        String centre = robot.lookup("#property-circle-centre").queryAs(Label.class).getText();
        assertTrue(centre.contains("47.511") && centre.contains("34.586"), centre);
        assertTrue(centre.lines().count() == 2 && centre.lines().toList().get(1).startsWith("36T"),
                "and as MGRS: " + centre);
        TextField radius = field(robot, "#property-circle-radius");
        assertEquals("30", radius.getText(), "kilometres, as the circle was drawn");
        assertTrue(robot.lookup("#property-value-radius_m").tryQuery().isEmpty(), "no raw metres among the others");
        assertTrue(robot.lookup("#property-value-center").tryQuery().isEmpty());
        assertTrue(robot.lookup("#property-value-shape").tryQuery().isEmpty());

        UserSteps.typeOver(robot, "#property-circle-radius", "12.5");
        robot.type(KeyCode.ENTER);

        assertEquals(JsonNumber.of(12500), feature(ZONE).properties().get("radius_m"));
        org.hubmap.geo.GeoPosition middle = new org.hubmap.geo.GeoPosition(34.586, 47.511);
        for (Coordinate vertex : feature(ZONE).geometry().orElseThrow().getCoordinates()) {
            assertEquals(12_500, org.hubmap.geo.GeodesicDistance.metres(middle,
                    new org.hubmap.geo.GeoPosition(vertex.x, vertex.y)), 0.01, "the outline is drawn again");
        }
        assertEquals(Optional.of("Resize zone"), opened.undoDescription());

        UserSteps.typeOver(robot, "#property-circle-radius", "");
        robot.type(KeyCode.ENTER);
        assertEquals(JsonNumber.of(12500), feature(ZONE).properties().get("radius_m"), "a circle keeps a radius");
        assertTrue(UserSteps.isShown(robot.lookup("#property-circle-radius-message").query()));

        select(robot, HUB);
        assertFalse(UserSteps.isShown(radius), "only circle zones have a radius");
    }

    @Test
    void thePanelFollowsAnotherActiveLayout(FxRobot robot) {
        select(robot, HUB);
        OpenedLayout other = new OpenedLayout(Path.of("other.geojson"), new Layout("other", List.of(
                point("hub", Map.of("kind", "hub", "name", "Hub Other")))));
        robot.interact(() -> {
            other.selectIndexes(0);
            active.set(other);
        });
        assertEquals("Hub Other", field(robot, "#property-name").getText());

        robot.interact(() -> active.set(null));
        assertTrue(UserSteps.isShown(robot.lookup(PropertiesPanel.NOTHING_SELECTED).query()));
    }

    private void select(FxRobot robot, int... indexes) {
        robot.interact(() -> opened.selectIndexes(indexes));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private LayoutFeature feature(int index) {
        return opened.layout().features().get(index);
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    /** A hub with unknown properties, three depots and a circle zone of a nation that is no ISO code. */
    private static Layout layout() {
        Map<String, Object> hub = new LinkedHashMap<>();
        hub.put("kind", "hub");
        hub.put("name", "Hub Alpha");
        hub.put("nation", "UKR");
        hub.put("status", "active");
        hub.put("capacity", JsonNumber.of(1200));
        hub.put("protection_radius_m", JsonNumber.of(15000));
        hub.put("callsign", "0042");
        hub.put("tags", List.of("rail", "fuel"));
        Map<String, Object> zone = new LinkedHashMap<>();
        zone.put("kind", "monitoring-zone");
        zone.put("name", "Zone Echo");
        zone.put("nation", "NATO");
        zone.put("shape", "circle");
        zone.put("center", List.of(JsonNumber.of("34.586"), JsonNumber.of("47.511")));
        zone.put("radius_m", JsonNumber.of(30000));
        zone.put("protection_radius_m", JsonNumber.of(500));
        return new Layout("test", List.of(
                point("hub-alpha", hub),
                point("depot-bravo", Map.of("kind", "depot", "name", "Depot Bravo", "nation", "POL",
                        "status", "planned")),
                point("depot-charlie", Map.of("kind", "depot", "name", "Depot Charlie", "nation", "GBR",
                        "status", "active", "capacity", JsonNumber.of(250))),
                point("depot-delta", Map.of("kind", "depot", "name", "Depot Delta", "nation", "FRA",
                        "status", "planned")),
                new LayoutFeature("zone-echo", zone, GEOMETRY.createPolygon(new Coordinate[] {
                    new Coordinate(34.2, 47.3), new Coordinate(35.0, 47.3), new Coordinate(35.0, 47.7),
                    new Coordinate(34.2, 47.3)}))));
    }

    private static LayoutFeature point(String id, Map<String, Object> properties) {
        return new LayoutFeature(id, properties, GEOMETRY.createPoint(new Coordinate(30.5, 50.4)));
    }
}
