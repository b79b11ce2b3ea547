package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.hubmap.bench.LayoutGenerator;
import org.hubmap.export.ExportFormat;
import org.hubmap.ui.export.ExportTargets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window stays responsive while a user opens a 100 000-feature layout, saves it and exports the map: reading,
 * saving, checking and drawing run in the background, so the FX thread is never kept from its work for long.
 * Done on the FX thread, reading the layout alone keeps it busy for seconds. The bound is on the FX thread's
 * processor time while a ping waits, which other work on the machine does not stretch; the wait itself has a far
 * looser bound, which still catches the FX thread waiting on a lock or a file.
 */
@ExtendWith(ApplicationExtension.class)
class FxThreadStaysFreeTest {
    private static final int FEATURES = 100_000;
    private static final double LONGEST_BUSY_CPU_MILLIS = 1_500;
    private static final double LONGEST_WAIT_MILLIS = 10_000;
    private static final long DEADLINE_SECONDS = 120;

    @TempDir
    Path folder;

    private MainWindow window;
    private final Preferences settings = Preferences.userRoot().node("org/hubmap/test/fx-thread-free");

    @Start
    void start(Stage stage) throws Exception {
        settings.clear();
        window = MainWindow.show(stage, List.of());
        window.setExportSettings(settings);
    }

    @Stop
    void stop() {
        window.dispose();
    }

    @AfterEach
    void forgetChoices() throws Exception {
        settings.clear();
    }

    @Test
    void aLargeLayoutIsOpenedSavedAndExportedWithoutBlockingTheWindow(FxRobot robot) throws Exception {
        Path layout = folder.resolve("large.geojson");
        LayoutGenerator.write(FEATURES, 1, layout);
        Path png = folder.resolve("large.png");
        window.setExportTargets(answering(png));
        WaitForAsyncUtils.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS, () -> window.map().painter().isPresent()
                && window.map().isOverlayUpToDate());

        try (FxThreadWatchdog watchdog = FxThreadWatchdog.start()) {
            long started = System.nanoTime();
            WaitForAsyncUtils.asyncFx(() -> window.openDropped(List.of(layout))).get();
            WaitForAsyncUtils.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS, () -> window.model().layouts().size() == 1
                    && !window.model().busyProperty().get() && window.map().isOverlayUpToDate());
            assertEquals(FEATURES, window.model().layouts().get(0).layout().features().size());
            double openSeconds = (System.nanoTime() - started) / 1e9;
            double openBlock = watchdog.longestBlockMillis();
            double openCpu = watchdog.longestBusyCpuMillis();
            String openBusy = watchdog.whereBusy();

            watchdog.reset();
            FileTime before = Files.getLastModifiedTime(layout);
            started = System.nanoTime();
            WaitForAsyncUtils.asyncFx(window::saveLayout).get();
            WaitForAsyncUtils.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS, () -> !window.model().busyProperty().get()
                    && Files.getLastModifiedTime(layout).compareTo(before) > 0);
            double saveSeconds = (System.nanoTime() - started) / 1e9;
            double saveBlock = watchdog.longestBlockMillis();
            double saveCpu = watchdog.longestBusyCpuMillis();
            String saveBusy = watchdog.whereBusy();

            watchdog.reset();
            started = System.nanoTime();
            exportPng(robot);
            double exportSeconds = (System.nanoTime() - started) / 1e9;
            double exportBlock = watchdog.longestBlockMillis();
            double exportCpu = watchdog.longestBusyCpuMillis();
            String exportBusy = watchdog.whereBusy();

            System.out.printf(Locale.ROOT, "%d features: longest FX block (its CPU) while opening %.0f ms (%.0f ms;"
                    + " %.1f s), saving %.0f ms (%.0f ms; %.1f s), exporting %.0f ms (%.0f ms; %.1f s); %d pings%n",
                    FEATURES, openBlock, openCpu, openSeconds, saveBlock, saveCpu, saveSeconds, exportBlock, exportCpu,
                    exportSeconds, watchdog.pingsAnswered());
            System.out.println("FX thread busy while opening:" + openBusy + "\nsaving:" + saveBusy + "\nexporting:"
                    + exportBusy);
            assertTrue(watchdog.pingsAnswered() > 100, "the watchdog watched: " + watchdog.pingsAnswered());
            assertStayedFree("opening", openBlock, openCpu, openBusy);
            assertStayedFree("saving", saveBlock, saveCpu, saveBusy);
            assertStayedFree("exporting", exportBlock, exportCpu, exportBusy);
        }
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
    }

    private static void assertStayedFree(String doing, double waitMillis, double cpuMillis, String busy) {
        assertTrue(cpuMillis < LONGEST_BUSY_CPU_MILLIS && waitMillis < LONGEST_WAIT_MILLIS, doing + " blocked the FX"
                + " thread for " + waitMillis + " ms, " + cpuMillis + " ms of it working, in" + busy);
    }

    /** Exports an 800 x 600 PNG sheet from File ▸ Export Map… and waits until it is written. */
    private void exportPng(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(window::exportMap).get();
        WaitForAsyncUtils.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup("#export-go").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ChoiceBox<Object> format = robot.lookup("#export-format").queryAs(ChoiceBox.class);
        WaitForAsyncUtils.asyncFx(() -> {
            format.setValue(ExportFormat.PNG);
            robot.lookup("#export-in-pixels").queryAs(RadioButton.class).fire();
            setSize(robot, "#export-width .text-field", "800");
            setSize(robot, "#export-height .text-field", "600");
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#export-go").queryButton().fire()).get();
        Path png = folder.resolve("large.png");
        WaitForAsyncUtils.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS, () -> Files.exists(png)
                && !robot.lookup("#export-cancel").query().isVisible());
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#export-close").queryButton().fire()).get();
    }

    private static void setSize(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        field.setText(text);
        field.commitValue();
        // Spinners take a typed value when the field's action fires, as on Enter.
        field.fireEvent(new javafx.event.ActionEvent());
    }

    private static ExportTargets answering(Path target) {
        return new ExportTargets() {
            @Override
            public Optional<Path> file(Window owner, ExportFormat format, String name) {
                return Optional.of(target);
            }

            @Override
            public Optional<Path> folder(Window owner) {
                return Optional.of(target);
            }
        };
    }
}
