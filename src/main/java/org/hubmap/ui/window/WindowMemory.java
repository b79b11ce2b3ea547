package org.hubmap.ui.window;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the main window was and how large, kept between runs: it opens as the user left it when that still fits a
 * screen, else at a default size that fits the primary screen, centred on it.
 */
public final class WindowMemory {
    private static final String X = "x";
    private static final String Y = "y";
    private static final String WIDTH = "width";
    private static final String HEIGHT = "height";
    private static final String MAXIMIZED = "maximized";

    /** Where the size is kept; null to keep nothing, as for windows opened by tests. */
    private final Preferences store;

    private WindowMemory(Preferences store) {
        this.store = store;
    }

    /** Keeps the window's place and size in {@code store}. */
    public static WindowMemory in(Preferences store) {
        return new WindowMemory(store);
    }

    /** Keeps nothing: the window always opens at its default size. */
    public static WindowMemory none() {
        return new WindowMemory(null);
    }

    /**
     * Sizes and places {@code stage} before it is shown, and has it remembered when it is closed.
     *
     * @param defaultWidth the width when nothing is remembered, shrunk to fit the screen
     * @param defaultHeight the height likewise
     */
    public void restore(Stage stage, double defaultWidth, double defaultHeight) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(remembered(WIDTH, defaultWidth), screen.getWidth());
        double height = Math.min(remembered(HEIGHT, defaultHeight), screen.getHeight());
        double x = remembered(X, Double.NaN);
        double y = remembered(Y, Double.NaN);
        if (Double.isNaN(x) || Double.isNaN(y)
                || Screen.getScreensForRectangle(x, y, Math.max(1, width), Math.max(1, height)).isEmpty()) {
            x = screen.getMinX() + (screen.getWidth() - width) / 2;
            y = screen.getMinY() + (screen.getHeight() - height) / 2;
        } else {
            Rectangle2D on = Screen.getScreensForRectangle(x, y, width, height).get(0).getVisualBounds();
            width = Math.min(width, on.getWidth());
            height = Math.min(height, on.getHeight());
            x = Math.max(on.getMinX(), Math.min(x, on.getMaxX() - width));
            y = Math.max(on.getMinY(), Math.min(y, on.getMaxY() - height));
        }
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(x);
        stage.setY(y);
        stage.setMaximized(store != null && store.getBoolean(MAXIMIZED, false));
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> remember(stage));
    }

    /** Keeps the stage's place and size now; a maximised window keeps the size it had before. */
    public void remember(Stage stage) {
        if (store == null) {
            return;
        }
        store.putBoolean(MAXIMIZED, stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            store.putDouble(X, stage.getX());
            store.putDouble(Y, stage.getY());
            store.putDouble(WIDTH, stage.getWidth());
            store.putDouble(HEIGHT, stage.getHeight());
        }
    }

    private double remembered(String key, double otherwise) {
        return store == null ? otherwise : store.getDouble(key, otherwise);
    }
}
