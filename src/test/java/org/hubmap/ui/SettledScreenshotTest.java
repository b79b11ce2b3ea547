package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.hubmap.render.BasemapStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

@ExtendWith(ApplicationExtension.class)
class SettledScreenshotTest {
    @TempDir
    Path folder;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindow.show(stage, List.of(Path.of("maps/sample-layout.geojson")));
    }

    @Stop
    void stop() {
        window.dispose();
    }

    @Test
    void writesThePictureOnceTheMapHasSettled() throws Exception {
        Path png = folder.resolve("shot.png");
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> SettledScreenshot.whenSettled(window, stage.getScene().getRoot(), png,
                done::countDown));
        assertTrue(done.await(40, TimeUnit.SECONDS), "settled in time");

        assertEquals(0, window.tiles().pendingTilesProperty().get(), "every tile was drawn");
        assertEquals(1, window.model().layouts().size(), "the layout was read");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals((int) stage.getScene().getWidth(), image.getWidth());
        int sea = BasemapStyle.SEA.getRGB() & 0xffffff;
        long seaPixels = 0;
        for (int y = 0; y < image.getHeight(); y += 8) {
            for (int x = 0; x < image.getWidth(); x += 8) {
                seaPixels += (image.getRGB(x, y) & 0xffffff) == sea ? 1 : 0;
            }
        }
        assertTrue(seaPixels > 100, "the Black Sea is in the picture: " + seaPixels + " sea samples");
    }
}
