package org.hubmap.ui;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a user does with the panels, as steps for tests: typing over a field, choosing from a drop-down list. */
final class UserSteps {
    private UserSteps() {
    }

    /** Clicks into the field, selects all its text and types {@code text} over it, without pressing Enter. */
    static void typeOver(FxRobot robot, String field, String text) {
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        if (text.isEmpty()) {
            robot.type(KeyCode.DELETE);
        } else {
            robot.write(text);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether the node and every node it lies in are visible. */
    static boolean isShown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Double-clicks the table row showing {@code text}: a real click, then the second click as the scene delivers it
     * when it comes soon enough. The scene counts clicks by the time between them, and on a busy machine two clicks
     * of the robot can arrive further apart than that, as two single clicks.
     */
    static void doubleClickRow(FxRobot robot, String text) {
        Node shown = robot.lookup(text).query();
        robot.clickOn(shown);
        WaitForAsyncUtils.waitForFxEvents();
        Node row = shown;
        while (!(row instanceof TableRow<?>)) {
            row = row.getParent();
        }
        Node target = row;
        Bounds bounds = target.localToScreen(target.getLayoutBounds());
        robot.interact(() -> Event.fireEvent(target, new MouseEvent(MouseEvent.MOUSE_CLICKED,
                bounds.getWidth() / 2, bounds.getHeight() / 2, bounds.getCenterX(), bounds.getCenterY(),
                MouseButton.PRIMARY, 2, false, false, false, false, false, false, false, true, false, true, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the drop-down list of a combo box and clicks the entry showing {@code entry}. */
    static void choose(FxRobot robot, String comboBox, String entry) {
        robot.clickOn(comboBox);
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".combo-box-popup .list-cell")
                .match((Node node) -> node instanceof ListCell<?> listCell && entry.equals(listCell.getText()))
                .query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
