package org.hubmap.ui.window;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Keeps windows and dialogs on the screen: no taller or wider than the screen's usable area (without task bars),
 * and moved inside it when they would open partly off it. Staff officers work on laptops of 1280x800 as well as
 * on large monitors, and a dialog whose buttons are off-screen cannot be answered.
 */
public final class ScreenFit {
    /** Room kept for a window's title bar and frame, which the window's own size does not include. */
    private static final double FRAME = 40;

    private ScreenFit() {
    }

    /** Fits {@code dialog} to its owner's screen each time it is shown: its content scrolls or shrinks to fit. */
    public static void keepOnScreen(Dialog<?> dialog) {
        Window window = dialog.getDialogPane().getScene().getWindow();
        window.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> {
            Rectangle2D screen = screenOf(dialog.getOwner());
            dialog.getDialogPane().setMaxHeight(screen.getHeight() - FRAME);
            dialog.getDialogPane().setMaxWidth(screen.getWidth());
        });
        keepOnScreen(window, dialog.getOwner());
    }

    /** Fits {@code window} into the screen of {@code owner} (or the primary screen) each time it is shown. */
    public static void keepOnScreen(Window window, Window owner) {
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> fit(window, screenOf(owner)));
    }

    /** The usable area of the screen {@code owner} is on; the primary screen's for no owner. */
    public static Rectangle2D screenOf(Window owner) {
        if (owner != null && !Double.isNaN(owner.getX())) {
            List<Screen> screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(),
                    Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()));
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    /** Shrinks {@code window} to {@code screen} where it is larger and moves it inside where it sticks out. */
    static void fit(Window window, Rectangle2D screen) {
        if (window.getHeight() > screen.getHeight()) {
            window.setHeight(screen.getHeight());
        }
        if (window.getWidth() > screen.getWidth()) {
            window.setWidth(screen.getWidth());
        }
        window.setX(Math.max(screen.getMinX(), Math.min(window.getX(), screen.getMaxX() - window.getWidth())));
        window.setY(Math.max(screen.getMinY(), Math.min(window.getY(), screen.getMaxY() - window.getHeight())));
    }
}
