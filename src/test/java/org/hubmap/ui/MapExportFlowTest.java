package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.hubmap.export.ExportFormat;
import org.hubmap.render.MapViewport;
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

/** A user exports a briefing sheet from the window, copies the map as a picture, and shows the MGRS grid. */
@ExtendWith(ApplicationExtension.class)
class MapExportFlowTest {
    private static final Path SAMPLE = Path.of("maps/sample-layout.geojson");

    @TempDir
    Path folder;

    private MainWindow window;
    private final Preferences settings = Preferences.userRoot().node("org/hubmap/test/export-flow");

    @Start
    void start(Stage stage) throws Exception {
        settings.clear();
        window = MainWindow.show(stage, List.of(SAMPLE));
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

    private void waitForMap() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.model().layouts().size() == 1
                && window.map().painter().isPresent() && window.map().isOverlayUpToDate());
    }

    @Test
    void exportsASheetOfTheChosenSizeFromTheFileMenu(FxRobot robot) throws Exception {
        waitForMap();
        Path out = folder.resolve("briefing.png");
        window.setExportTargets(answering(out));
        WindowTesting.clickMenuItem(robot, "File", "Export Map…");
        Stage dialog = dialog(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> previewIsCurrent(robot));

        choose(robot, "#export-format", ExportFormat.PNG);
        robot.clickOn("#export-in-pixels");
        setText(robot, "#export-width .text-field", "1600");
        setText(robot, "#export-height .text-field", "900");
        setText(robot, "#export-title", "Hubs for the morning brief");
        setText(robot, "#export-dtg", "081200ZDEC26");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> previewIsCurrent(robot));
        assertEquals(1600 / 900.0, robot.lookup("#export-preview").queryAs(javafx.scene.image.ImageView.class)
                .getImage().getWidth() / robot.lookup("#export-preview").queryAs(javafx.scene.image.ImageView.class)
                .getImage().getHeight(), 0.01, "the preview has the sheet's shape");

        robot.clickOn("#export-go");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(out) && !exporting(robot));
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(1600, image.getWidth());
        assertEquals(900, image.getHeight());
        assertTrue(robot.lookup("#export-status").queryLabeled().getText().contains("Written"),
                robot.lookup("#export-status").queryLabeled().getText());
        assertTrue(dialog.getWidth() <= 1280 && dialog.getHeight() <= 800,
                "fits a small screen: " + dialog.getWidth() + " x " + dialog.getHeight());

        robot.clickOn("#export-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Hubs for the morning brief", settings.get("title", ""), "the choices are kept");
        assertEquals("PNG", settings.get("format", ""));
        WindowTesting.clickMenuItem(robot, "File", "Export Map…");
        dialog(robot);
        assertEquals("Hubs for the morning brief", robot.lookup("#export-title").queryAs(TextField.class).getText());
        assertFalse(robot.lookup("#export-dtg").queryAs(TextField.class).getText().equals("081200ZDEC26"),
                "the date-time group starts at the present each time");
        robot.clickOn("#export-close");
    }

    @Test
    void aMistypedDateTimeGroupIsExplainedAndNothingCanBeExported(FxRobot robot) throws Exception {
        waitForMap();
        WindowTesting.clickMenuItem(robot, "File", "Export Map…");
        dialog(robot);
        setText(robot, "#export-dtg", "tomorrow noon");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#export-problem").queryLabeled().getText().contains("DDHHMMZMONYY"));
        assertTrue(robot.lookup("#export-go").queryButton().isDisabled());
        robot.clickOn("#export-close");
    }

    @Test
    void anAtlasCanBeCancelledAndThenNothingIsWritten(FxRobot robot) throws Exception {
        waitForMap();
        Path out = folder.resolve("atlas.pdf");
        window.setExportTargets(answering(out));
        WindowTesting.clickMenuItem(robot, "File", "Export Map…");
        dialog(robot);
        choose(robot, "#export-format", ExportFormat.PDF);
        choose(robot, "#export-pages", robot.lookup("#export-pages").queryAs(ChoiceBox.class).getItems().get(1));
        robot.clickOn("#export-on-paper");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> previewIsCurrent(robot));
        // The Cancel button is pressed while the first pages are drawn: the export stops at the next page.
        WaitForAsyncUtils.asyncFx(() -> {
            robot.lookup("#export-go").queryButton().fire();
            robot.lookup("#export-cancel").queryButton().fire();
        }).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !exporting(robot)
                && !robot.lookup("#export-status").queryLabeled().getText().isEmpty());
        assertEquals("Cancelled; nothing written", robot.lookup("#export-status").queryLabeled().getText());
        assertFalse(Files.exists(out));
        try (var left = Files.list(folder)) {
            assertEquals(0, left.count(), "no temporary file is left behind");
        }
        robot.clickOn("#export-close");
    }

    @Test
    void copyMapImagePutsTheViewAtTwiceItsSizeOnTheClipboard(FxRobot robot) throws Exception {
        waitForMap();
        WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().clear()).get();
        MapViewport view = window.map().getViewport();
        WindowTesting.clickMenuItem(robot, "Edit", "Copy Map Image");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().hasImage()).get());
        javafx.scene.image.Image copied = WaitForAsyncUtils.asyncFx(
                () -> Clipboard.getSystemClipboard().getImage()).get();
        assertEquals(2 * Math.ceil(view.widthPixels()), copied.getWidth(), 2);
        assertEquals(2 * Math.ceil(view.heightPixels()), copied.getHeight(), 2);
    }

    @Test
    void theMgrsGridIsAViewToggle(FxRobot robot) throws Exception {
        waitForMap();
        BufferedImage without = WindowTesting.snapshot(window.map());
        WindowTesting.clickMenuItem(robot, "View", "MGRS Grid");
        assertTrue(window.model().basemap().mgrsGridProperty().get());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.map().isOverlayUpToDate());
        BufferedImage with = WindowTesting.snapshot(window.map());
        int changed = 0;
        for (int y = 0; y < Math.min(with.getHeight(), without.getHeight()); y++) {
            for (int x = 0; x < Math.min(with.getWidth(), without.getWidth()); x++) {
                changed += with.getRGB(x, y) != without.getRGB(x, y) ? 1 : 0;
            }
        }
        assertTrue(changed > 2000, "grid lines and labels drawn over the map: " + changed + " pixels");
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

    private static Stage dialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#export-go").tryQuery().isPresent());
        return (Stage) robot.lookup("#export-go").query().getScene().getWindow();
    }

    private static boolean previewIsCurrent(FxRobot robot) {
        javafx.scene.image.ImageView preview = robot.lookup("#export-preview").queryAs(
                javafx.scene.image.ImageView.class);
        return preview.getImage() != null && Boolean.TRUE.equals(preview.getProperties().get("current"));
    }

    private static boolean exporting(FxRobot robot) {
        return robot.lookup("#export-cancel").query().isVisible();
    }

    /**
     * Picks {@code value} in a choice box as a user's click on it in its list would; the robot's clicks on an open
     * list land on other items when the list covers the next field.
     */
    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String query, Object value) throws Exception {
        ChoiceBox<Object> box = robot.lookup(query).queryAs(ChoiceBox.class);
        WaitForAsyncUtils.asyncFx(() -> box.setValue(value)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(value, box.getValue());
    }

    private static void setText(FxRobot robot, String query, String text) throws Exception {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        WaitForAsyncUtils.asyncFx(() -> {
            field.setText(text);
            field.commitValue();
            // Spinners take a typed value when the field's action fires, as on Enter.
            field.fireEvent(new javafx.event.ActionEvent());
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
