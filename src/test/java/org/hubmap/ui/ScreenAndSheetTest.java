package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.hubmap.export.PngSheetWriter;
import org.hubmap.render.FeatureMarks;
import org.hubmap.render.Legend;
import org.hubmap.render.MapViewport;
import org.hubmap.sheet.Classification;
import org.hubmap.sheet.DateTimeGroup;
import org.hubmap.sheet.Sheet;
import org.hubmap.sheet.SheetContent;
import org.hubmap.sheet.SheetLayout;
import org.hubmap.sheet.SheetSize;
import org.hubmap.sheet.SheetSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The map on screen and the map on a PNG sheet of the same view are the same picture: one painter draws both, the
 * screen as basemap tiles with the layouts over them, the sheet in one go.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenAndSheetTest {
    /** Tiles on screen are placed at fractional pixels and smoothed; the pictures agree to within this. */
    private static final int CHANNEL_TOLERANCE = 40;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.show(stage, List.of(Path.of("maps/sample-layout.geojson")));
    }

    @Stop
    void stop() {
        window.dispose();
    }

    @Test
    void theScreenAndAPngSheetOfTheSameViewDrawTheSameMap() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.model().layouts().size() == 1
                && window.map().painter().isPresent());
        WaitForAsyncUtils.asyncFx(() -> window.map().centerOn(34.6, 48.9)).get();
        WindowTesting.waitForTiles(window);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.map().isOverlayUpToDate());
        WaitForAsyncUtils.waitForFxEvents(5);
        BufferedImage screen = WindowTesting.snapshot(window.map());
        MapViewport view = window.map().getViewport();

        int width = (int) Math.ceil(view.widthPixels());
        int height = (int) Math.ceil(view.heightPixels());
        Rectangle2D frame = new Rectangle2D.Double(10, 60, width, height);
        Rectangle2D corner = new Rectangle2D.Double(0, 0, 4, 4);
        SheetLayout layout = new SheetLayout(corner, corner, corner, frame, corner, corner, corner, corner);
        SheetSpec spec = new SheetSpec("", "", DateTimeGroup.parse("071530ZDEC26"), Classification.UNCLASSIFIED,
                SheetSize.pixels(width + 20, height + 80, 96), view.bounds(),
                window.model().basemap().optionsProperty().get(), false);
        List<org.hubmap.model.Layout> layouts = List.of(window.model().layouts().get(0).layout());
        SheetContent content = new SheetContent(window.map().painter().get(), layouts,
                FeatureMarks.of(layouts, Set.of()));
        Sheet sheet = new Sheet(spec, content, layout, view, Legend.of(layouts), List.of());
        BufferedImage png = PngSheetWriter.render(sheet);

        long compared = 0;
        long alike = 0;
        long total = 0;
        // The neat line and the screen's attribution label are the sheet's and the window's own.
        for (int y = 3; y < height - 30; y++) {
            for (int x = 3; x < width - 3; x++) {
                int a = screen.getRGB(x, y);
                int b = png.getRGB(x + 10, y + 60);
                int worst = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    worst = Math.max(worst, Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)));
                }
                compared++;
                total += worst;
                alike += worst <= CHANNEL_TOLERANCE ? 1 : 0;
            }
        }
        double share = alike / (double) compared;
        double mean = total / (double) compared;
        assertTrue(share > 0.98, "pixels alike: " + share + ", mean difference " + mean);
        assertTrue(mean < 4, "mean difference per pixel " + mean + " of 255");
    }
}
