package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
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
        assertTrue(b.height() > 20, "two lines: " + b);
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

    @Test
    void spritesPasteTheSamePixelsAsTheOutlines() {
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
        int inked = 0;
        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < drawn.getWidth(); x++) {
                int a = drawn.getRGB(x, y);
                int b = pasted.getRGB(x, y);
                inked += a != BasemapStyle.UKRAINE_LAND.getRGB() ? 1 : 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    assertEquals(a >> shift & 0xff, b >> shift & 0xff, 2.0, "pixel " + x + "," + y);
                }
            }
        }
        assertTrue(inked > 300, inked + " pixels inked");
        assertSame(sprite, text.sprite());
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
