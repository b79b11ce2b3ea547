package org.hubmap.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WindowMemoryTest {
    private final Preferences store = Preferences.userRoot().node("org/hubmap/test/window-memory");

    @AfterEach
    void forget() throws BackingStoreException {
        store.removeNode();
    }

    private static Stage onFx(Callable<Stage> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }

    private static Rectangle2D screen() {
        return Screen.getPrimary().getVisualBounds();
    }

    @Test
    void withNothingKeptTheWindowFitsTheScreenAndIsCentred(FxRobot robot) throws Exception {
        Stage stage = onFx(() -> {
            Stage shown = new Stage();
            WindowMemory.in(store).restore(shown, 1400, 900);
            return shown;
        });
        assertEquals(Math.min(1400, screen().getWidth()), stage.getWidth(), 0.5);
        assertEquals(Math.min(900, screen().getHeight()), stage.getHeight(), 0.5);
        assertEquals(screen().getMinX() + (screen().getWidth() - stage.getWidth()) / 2, stage.getX(), 0.5);
    }

    @Test
    void theWindowOpensAsItWasLeft(FxRobot robot) throws Exception {
        robot.interact(() -> {
            Stage first = new Stage();
            WindowMemory.in(store).restore(first, 1400, 900);
            first.setX(100);
            first.setY(50);
            first.setWidth(900);
            first.setHeight(600);
            first.show();
            first.hide();
        });
        Stage second = onFx(() -> {
            Stage shown = new Stage();
            WindowMemory.in(store).restore(shown, 1400, 900);
            return shown;
        });
        assertEquals(900, second.getWidth(), 0.5);
        assertEquals(600, second.getHeight(), 0.5);
        assertEquals(100, second.getX(), 0.5);
        assertEquals(50, second.getY(), 0.5);
    }

    @Test
    void aSizeKeptOnALargerScreenIsShrunkToThisOne(FxRobot robot) throws Exception {
        store.putDouble("x", 2000);
        store.putDouble("y", 1500);
        store.putDouble("width", 2500);
        store.putDouble("height", 1400);
        Stage stage = onFx(() -> {
            Stage shown = new Stage();
            WindowMemory.in(store).restore(shown, 1400, 900);
            return shown;
        });
        assertTrue(stage.getWidth() <= screen().getWidth() && stage.getHeight() <= screen().getHeight());
        assertTrue(stage.getX() >= screen().getMinX() && stage.getX() + stage.getWidth() <= screen().getMaxX());
        assertTrue(stage.getY() >= screen().getMinY() && stage.getY() + stage.getHeight() <= screen().getMaxY());
    }

    @Test
    void aWindowThatKeepsNothingRemembersNothing(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> {
            Stage stage = new Stage();
            WindowMemory.none().restore(stage, 1000, 700);
            stage.show();
            stage.hide();
        });
        assertEquals(0, store.keys().length);
    }
}
