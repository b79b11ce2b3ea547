package org.hubmap.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Saves a PNG of the window once it has settled: the layouts read and drawn on the map, every requested tile drawn
 * and the overlay drawn over them, for several checks in a row (the overlay redraws within a frame or two of the
 * last tile). Used to make the screenshots of the documentation with the application itself.
 */
final class SettledScreenshot {
    private static final Duration CHECK_EVERY = Duration.millis(50);
    /** A quarter of a second, some fifteen pulses, with nothing left to read or draw. */
    private static final int QUIET_CHECKS_NEEDED = 5;
    /**
     * After this many checks (ten minutes) the picture is taken as it is, so a stuck tile cannot hang a
     * documentation build; reading and drawing a layout of a million features takes far less.
     */
    private static final int MAX_CHECKS = 12_000;

    private final MainWindow window;
    private final Node content;
    private final Path png;
    private final Runnable afterwards;
    private int quietChecks;
    private int checks;
    private Timeline timeline;

    private SettledScreenshot(MainWindow window, Node content, Path png, Runnable afterwards) {
        this.window = window;
        this.content = content;
        this.png = png;
        this.afterwards = afterwards;
    }

    /** Starts watching {@code window}; writes {@code png} of {@code content} when settled, then runs afterwards. */
    static void whenSettled(MainWindow window, Node content, Path png, Runnable afterwards) {
        SettledScreenshot shot = new SettledScreenshot(window, content, png, afterwards);
        shot.timeline = new Timeline(new KeyFrame(CHECK_EVERY, event -> shot.check()));
        shot.timeline.setCycleCount(Animation.INDEFINITE);
        shot.timeline.play();
    }

    private void check() {
        checks++;
        boolean settled = !window.model().busyProperty().get() && window.tiles().pendingTilesProperty().get() == 0
                && !window.map().drawingLayoutsProperty().get() && window.map().isOverlayUpToDate();
        quietChecks = settled ? quietChecks + 1 : 0;
        if (quietChecks >= QUIET_CHECKS_NEEDED || checks >= MAX_CHECKS) {
            timeline.stop();
            write();
            afterwards.run();
        }
    }

    private void write() {
        WritableImage image = content.snapshot(null, null);
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + png + ": " + e.getMessage(), e);
        }
    }
}
