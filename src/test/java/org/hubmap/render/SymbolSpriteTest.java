package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.FeatureStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Symbols pasted from sprites look like their outlines drawn in place. */
class SymbolSpriteTest {

    private static BufferedImage draw(Consumer<Graphics2D> painting) {
        BufferedImage image = new BufferedImage(80, 60, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        painting.accept(g);
        g.dispose();
        return image;
    }

    /** The largest difference of any channel of any pixel, 0 to 255. */
    private static int largestDifference(BufferedImage a, BufferedImage b) {
        int largest = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                for (int shift = 0; shift < 32; shift += 8) {
                    largest = Math.max(largest, Math.abs((a.getRGB(x, y) >> shift & 0xff)
                            - (b.getRGB(x, y) >> shift & 0xff)));
                }
            }
        }
        return largest;
    }

    /** The differences of every channel of every pixel, added up. */
    private static long totalDifference(BufferedImage a, BufferedImage b) {
        long total = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                for (int shift = 0; shift < 32; shift += 8) {
                    total += Math.abs((a.getRGB(x, y) >> shift & 0xff) - (b.getRGB(x, y) >> shift & 0xff));
                }
            }
        }
        return total;
    }

    @ParameterizedTest
    @EnumSource(FeatureStatus.class)
    void aSymbolPastedAtOneOfItsPhasesIsItsOutlinesDrawnThere(FeatureStatus status) {
        PointSymbolStyle style = Symbology.point(FeatureKind.HUB, status);
        double x = 40.25;
        double y = 29.75;
        BufferedImage outlines = draw(g -> FeaturePainter.paintSymbol(g, x, y, style, "", false));
        BufferedImage pasted = draw(g -> SymbolSprite.paste(g, style, x, y));
        int difference = largestDifference(outlines, pasted);
        assertTrue(difference <= 2, status + ": differs by " + difference + " of 255, only by rounding");
    }

    @ParameterizedTest
    @EnumSource(FeatureStatus.class)
    void aSymbolPastedBetweenPhasesStaysCloseToItsOutlines(FeatureStatus status) {
        PointSymbolStyle style = Symbology.point(FeatureKind.DEPOT, status);
        BufferedImage outlines = draw(g -> FeaturePainter.paintSymbol(g, 40.1, 29.9, style, "", false));
        BufferedImage pasted = draw(g -> SymbolSprite.paste(g, style, 40.1, 29.9));
        BufferedImage pixelAway = draw(g -> FeaturePainter.paintSymbol(g, 41.1, 29.9, style, "", false));
        long tenthOff = totalDifference(outlines, pasted);
        long pixelOff = totalDifference(outlines, pixelAway);
        assertTrue(tenthOff < pixelOff / 2, status + ": a tenth of a pixel off differs by " + tenthOff
                + ", a pixel off by " + pixelOff);
    }
}
