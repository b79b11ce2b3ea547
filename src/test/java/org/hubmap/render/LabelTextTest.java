package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class LabelTextTest {

    @Test
    void longAreaNamesBreakWhereTheLongerLineIsShortest() {
        assertEquals(List.of("SUMY OBLAST"), LabelText.wrap("SUMY OBLAST"));
        assertEquals(List.of("DNIPROPETROVSK", "OBLAST"), LabelText.wrap("DNIPROPETROVSK OBLAST"));
        assertEquals(List.of("AUTONOMOUS", "REPUBLIC OF CRIMEA"), LabelText.wrap("AUTONOMOUS REPUBLIC OF CRIMEA"));
        assertEquals(List.of("KHMELNYTSKYIOBLAST"), LabelText.wrap("KHMELNYTSKYIOBLAST"));
    }

    @Test
    void settlementNamesRunRightFromTheBaseline() {
        LabelText kyiv = LabelText.of("Kyiv", PlaceKind.CAPITAL, BasemapStyle.CITY_TEXT);
        PixelBox b = kyiv.bounds();
        assertTrue(b.minX() >= -1 && b.minX() < 2, "starts at the origin: " + b);
        assertTrue(b.minY() < -8 && b.maxY() > 0, "cap height above, descender of y below: " + b);
        assertTrue(kyiv.capMiddleY() < 0);
        Rectangle2D glyphs = kyiv.glyphs().getBounds2D();
        assertTrue(glyphs.getMinX() >= b.minX() - 0.5 && glyphs.getMaxX() <= b.maxX() + 0.5, glyphs + " in " + b);
    }

    @Test
    void areaNamesAreCentredOnTheOrigin() {
        LabelText oblast = LabelText.of("Dnipropetrovsk Oblast", PlaceKind.OBLAST, BasemapStyle.OBLAST_TEXT);
        PixelBox b = oblast.bounds();
        assertEquals(0, b.centerX(), 1.0);
        assertEquals(0, b.centerY(), 3.0);
        // A second line sits one line spacing (1.15 x 10.5 px) below the first, whose capitals are over 5 px tall.
        assertTrue(b.height() > 1.15 * 10.5 + 5, "two lines: " + b);
        assertEquals(0, oblast.capMiddleY());
    }

    @Test
    void outlinesAreMadeOnceAndTheHaloSurroundsThem() {
        LabelText text = LabelText.of("Одеса", PlaceKind.REGIONAL_CENTRE, BasemapStyle.CITY_TEXT);
        assertSame(text.glyphs(), text.glyphs());
        Rectangle2D glyphs = text.glyphs().getBounds2D();
        Rectangle2D halo = text.halo().getBounds2D();
        assertTrue(halo.contains(glyphs));
        assertEquals(glyphs.getWidth() + BasemapStyle.LABEL_HALO_WIDTH_PIXELS, halo.getWidth(), 0.5);
    }

    /** Sprites and outlines are two ways of drawing one label: they must ink the same place about as darkly. */
    @Test
    void spritesLookLikeTheOutlines() {
        LabelText text = LabelText.of("Кам'янець-Подільський", PlaceKind.TOWN, BasemapStyle.CITY_TEXT);
        BufferedImage drawn = background();
        Graphics2D g = drawn.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.translate(20, 30);
        text.paint(g);
        g.dispose();
        BufferedImage pasted = background();
        g = pasted.createGraphics();
        LabelSprite sprite = text.sprite();
        g.drawImage(sprite.image(), 20 + sprite.offsetX(), 30 + sprite.offsetY(), null);
        g.dispose();
        IntPredicate inked = rgb -> (rgb & 0xff) < 0xc0;
        Rectangle2D drawnInk = box(drawn, inked);
        Rectangle2D pastedInk = box(pasted, inked);
        assertEquals(drawnInk.getMinX(), pastedInk.getMinX(), 1.0);
        assertEquals(drawnInk.getMaxX(), pastedInk.getMaxX(), 1.0);
        assertEquals(drawnInk.getMinY(), pastedInk.getMinY(), 1.0);
        assertEquals(drawnInk.getMaxY(), pastedInk.getMaxY(), 1.0);
        assertEquals(darkness(drawn), darkness(pasted), 0.15 * darkness(drawn));
        IntPredicate lightened = rgb -> (rgb & 0xff) > (BasemapStyle.UKRAINE_LAND.getRGB() & 0xff) + 8;
        Rectangle2D drawnHalo = box(drawn, lightened);
        Rectangle2D pastedHalo = box(pasted, lightened);
        assertTrue(drawnHalo.getWidth() > drawnInk.getWidth(), "the halo reaches beyond the glyphs");
        assertEquals(drawnHalo.getMinX(), pastedHalo.getMinX(), 1.0, "the halo reaches as far");
        assertEquals(drawnHalo.getMaxX(), pastedHalo.getMaxX(), 1.0, "the halo reaches as far");
        assertEquals(drawnHalo.getMinY(), pastedHalo.getMinY(), 1.0, "the halo reaches as far");
        assertSame(sprite, text.sprite());
    }

    /** The box around the pixels whose colour passes {@code test}. */
    private static Rectangle2D box(BufferedImage image, IntPredicate test) {
        Rectangle2D box = null;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (test.test(image.getRGB(x, y))) {
                    Rectangle2D pixel = new Rectangle2D.Double(x, y, 1, 1);
                    box = box == null ? pixel : box.createUnion(pixel);
                }
            }
        }
        return box;
    }

    /** The sum over all pixels of how much darker than the background they are. */
    private static double darkness(BufferedImage image) {
        double sum = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                sum += Math.max(0, (BasemapStyle.UKRAINE_LAND.getRGB() >> 8 & 0xff) - (image.getRGB(x, y) >> 8 & 0xff));
            }
        }
        return sum;
    }

    private static BufferedImage background() {
        BufferedImage image = new BufferedImage(200, 50, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(BasemapStyle.UKRAINE_LAND);
        g.fillRect(0, 0, 200, 50);
        g.dispose();
        return image;
    }
}
