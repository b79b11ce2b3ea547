package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hubmap.check.CheckKind;
import org.hubmap.check.CheckSettings;
import org.hubmap.check.CheckViolation;
import org.hubmap.document.Selection;
import org.hubmap.ui.edit.OpenedLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The checks panel follows the layout as it is edited, and its thresholds are kept in the layout. */
@ExtendWith(ApplicationExtension.class)
class ChecksPanelTest {
    private static final String OVERLAP = "Sector North and Kharkiv Observation Ring overlap by 1919.3 km².";
    private static final String PAVLOHRAD = "Depot Pavlohrad is 54.1 km from the boundary of Sector Centre"
            + " (minimum 60 km).";

    @TempDir
    Path folder;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void openSample() throws Exception {
        Path file = Files.copy(Path.of("maps/sample-layout.geojson"), folder.resolve("sample.geojson"));
        window = WaitForAsyncUtils.asyncFx(() -> MainWindow.show(stage, List.of())).get();
        WaitForAsyncUtils.asyncFx(() -> window.model().open(List.of(file))).get().get();
        waitForMessages(list -> list.contains(OVERLAP));
        new FxRobot().clickOn(new FxRobot().lookup(".tab-label").match(node -> node instanceof
                javafx.scene.control.Labeled label && "Checks".equals(label.getText())).queryLabeled());
    }

    @Stop
    void stop() {
        window.dispose();
    }

    private List<String> messages() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.checksPanel().violations().stream()
                .map(CheckViolation::message).toList()).get();
    }

    private void waitForMessages(java.util.function.Predicate<List<String>> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> condition.test(messages()));
    }

    private static void clickViolation(FxRobot robot, String message) {
        robot.clickOn(robot.lookup(".list-cell").match(node -> node instanceof javafx.scene.control.Labeled cell
                && cell.getText() != null && cell.getText().endsWith(message)).queryLabeled());
    }

    private OpenedLayout layout() {
        return window.model().selectedLayoutProperty().get();
    }

    @Test
    void clickingAViolationSelectsItsFeatures(FxRobot robot) {
        clickViolation(robot, OVERLAP);
        Selection selected = layout().selection();
        assertEquals(2, selected.size());
        assertEquals(List.of("Sector North", "Kharkiv Observation Ring"),
                layout().selectedFeatures().stream().map(f -> f.name()).toList());
    }

    @Test
    void editsAreCheckedAgain(FxRobot robot) throws Exception {
        robot.interact(() -> layout().select(Selection.of(layout().layout().features().stream()
                .filter(f -> f.name().equals("Kharkiv Observation Ring")).findFirst().orElseThrow())));
        robot.interact(() -> window.map().requestFocus());
        robot.type(KeyCode.DELETE);
        waitForMessages(list -> !list.contains(OVERLAP));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitForMessages(list -> list.contains(OVERLAP));
    }

    @Test
    void aNewThresholdIsAnUndoableEditKeptInTheLayout(FxRobot robot) throws Exception {
        robot.doubleClickOn("#checks-depot-distance").eraseText(3).write("60").type(KeyCode.ENTER);
        waitForMessages(list -> list.contains(PAVLOHRAD));
        assertTrue(layout().isModified());
        assertEquals(60_000, CheckSettings.readFrom(layout().layout()).settings().depotZoneMinDistanceMetres());
        assertEquals("Set depot distance from zone boundaries", layout().undoDescription().orElseThrow());
        robot.interact(layout()::undo);
        waitForMessages(list -> !list.contains(PAVLOHRAD));
        assertFalse(layout().isModified());
    }

    @Test
    void aCheckCanBeSwitchedOff(FxRobot robot) throws Exception {
        robot.interact(() -> layout().execute(org.hubmap.model.edit.ChangeCollectionMember.of("Turn off", layout()
                .layout(), CheckSettings.MEMBER, CheckSettings.defaults().withEnabled(CheckKind.ZONE_OVERLAP, false)
                .writeTo(layout().layout()).collectionMembers().get(CheckSettings.MEMBER)), Selection.none()));
        waitForMessages(List::isEmpty);
        robot.clickOn("#checks-choice");
        assertFalse(robot.lookup("#check-zone-overlap").queryAs(javafx.scene.control.CheckBox.class).isSelected());
    }
}
