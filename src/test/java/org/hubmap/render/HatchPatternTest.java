package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The tiled hatching on screen is the hatching drawn line by line, as scaled and vector output get it. */
class HatchPatternTest {
    private static final Color HATCH = new Color(0xe6, 0x9f, 0x00, 0x80);

    private static BufferedImage hatch(Shape zone, boolean tiled) {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        if (tiled) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setPaint(HatchPattern.paint(HATCH));
            g.fill(zone);
        } else {
            g.clip(zone);
            g.setColor(HATCH);
            g.setStroke(HatchPattern.STROKE);
            g.draw(HatchPattern.lines(zone.getBounds2D()));
        }
        g.dispose();
        return image;
    }

    @Test
    void tilesDrawWhatTheLinesDraw() {
        Shape zone = new Ellipse2D.Double(13.3, 21.7, 251.4, 160.2);
        BufferedImage tiled = hatch(zone, true);
        BufferedImage lines = hatch(zone, false);
        int differing = 0;
        int hatched = 0;
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                differing += tiled.getRGB(x, y) != lines.getRGB(x, y) ? 1 : 0;
                hatched += lines.getRGB(x, y) != 0 ? 1 : 0;
            }
        }
        assertTrue(hatched > 5_000, hatched + " pixels hatched");
        assertTrue(differing <= 4, differing + " pixels differ, at most where a line's end is cut at the zone's box");
    }

    @Test
    void linesRunAt45DegreesSevenPixelsApart() {
        Rectangle2D box = new Rectangle2D.Double(0, 0, 70, 70);
        BufferedImage image = hatch(box, false);
        int alpha = image.getRGB(35, 35) >>> 24;
        for (int k = 1; k < 4; k++) {
            int step = HatchPattern.SPACING_PIXELS * k;
            assertTrue(Math.abs((image.getRGB(35 + step, 35) >>> 24) - alpha) <= 1, "same every period across");
            assertTrue(Math.abs((image.getRGB(35 + step, 35 - step) >>> 24) - alpha) <= 1, "and along the lines");
        }
    }
}
