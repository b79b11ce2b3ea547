package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.hubmap.io.LayoutReader;
import org.hubmap.model.Layout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Culling by the spatial index leaves the picture as it was: a view that cuts through zones and symbols shows
 * exactly what the same part of a larger view, where nothing near it is culled, shows.
 */
class FeatureCullingTest {
    /** Offsets of the small view in the large one; multiples of the hatching's period, so hatches line up too. */
    private static final int OFFSET_X = 7 * 100;
    private static final int OFFSET_Y = 7 * 70;

    private static BufferedImage paint(FeatureMarks marks, ScreenFrame frame, int zoom, int shiftX, int shiftY) {
        BufferedImage image = new BufferedImage(700, 490, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.translate(-shiftX, -shiftY);
        FeaturePainter painter = new FeaturePainter(g, frame, marks, zoom, new ZoneMosaicTiles());
        painter.paintAreas();
        painter.paintSymbols();
        g.dispose();
        return image;
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 8, 9})
    void aCulledViewShowsWhatTheWholeViewShowsThere(int zoom) throws Exception {
        Layout sample = LayoutReader.read(Path.of("maps/sample-layout.geojson"));
        FeatureMarks marks = FeatureMarks.of(List.of(sample), Set.of(sample.features().get(0)));
        double scale = MercatorGeometry.scale(zoom);
        // Whole-pixel origins, so that both views put every feature at exactly the same pixels.
        double originX = Math.floor(MercatorGeometry.worldX(35.3) * scale) - OFFSET_X - 350;
        double originY = Math.floor(MercatorGeometry.worldY(47.9) * scale) - OFFSET_Y - 245;
        ScreenFrame whole = new ScreenFrame(scale, originX, originY, 2100, 1470);
        ScreenFrame part = new ScreenFrame(scale, originX + OFFSET_X, originY + OFFSET_Y, 700, 490);
        BufferedImage culled = paint(marks, part, zoom, 0, 0);
        BufferedImage reference = paint(marks, whole, zoom, OFFSET_X, OFFSET_Y);
        int drawn = 0;
        for (int y = 0; y < culled.getHeight(); y++) {
            for (int x = 0; x < culled.getWidth(); x++) {
                assertEquals(reference.getRGB(x, y), culled.getRGB(x, y), "pixel " + x + ", " + y);
                drawn += culled.getRGB(x, y) != 0 ? 1 : 0;
            }
        }
        assertTrue(drawn > 10_000, drawn + " pixels drawn: the view shows features");
        assertTrue(marks.index().near(part.worldArea(0), scale, zoom).cardinality() < marks.size(),
                "some features are culled");
    }
}
