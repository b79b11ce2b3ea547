package org.hubmap.ui;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/** Shared steps for tests that drive the main window. */
final class WindowTesting {
    /** How long a step waits for the state it expects before the test fails: long, for a loaded machine. */
    static final int WAIT_SECONDS = 30;

    private WindowTesting() {
    }

    /** What {@code read} gives, run on the FX thread. */
    static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Waits until {@code condition}, asked on the FX thread, holds, then until the FX events it led to are done. */
    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Closes {@code window}, first hiding every other window a failed test left open: a question left open would
     * keep the next test's window waiting behind it.
     */
    static void closeWithWhatItOpened(MainWindow window, Stage main) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(Window.getWindows()).stream().filter(open -> open != main)
                .forEach(Window::hide)).get(30, TimeUnit.SECONDS);
        window.dispose();
    }

    /** Waits until Gluon has asked for the tiles it shows and every one of them is drawn. */
    static void waitForTiles(MainWindow window) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents(5);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.tiles().pendingTilesProperty().get() == 0);
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    /** Opens a menu of the menu bar and clicks the item at the end of the path, opening submenus on the way. */
    static void clickMenuItem(FxRobot robot, String menu, String... path) {
        robot.clickOn(menu);
        for (int i = 0; i < path.length; i++) {
            String item = path[i];
            WaitForAsyncUtils.waitForFxEvents();
            Node entry = robot.lookup(node -> node.getStyleClass().contains("menu-item") && node.getScene() != null
                    && node.isVisible() && hasLabel(node, item)).query();
            // Move as people do: down out of the menu bar first, sideways into a submenu first; a diagonal path
            // crosses other menus and items, which opens those instead.
            robot.clickOn(entry, i == 0 ? Motion.VERTICAL_FIRST : Motion.HORIZONTAL_FIRST);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What a node looks like on screen now. */
    static BufferedImage snapshot(Node node) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> SwingFXUtils.fromFXImage(node.snapshot(null, null), null)).get();
    }

    private static boolean hasLabel(Node node, String text) {
        if (node instanceof Labeled labeled && text.equals(labeled.getText())) {
            return true;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (hasLabel(child, text)) {
                    return true;
                }
            }
        }
        return false;
    }
}
