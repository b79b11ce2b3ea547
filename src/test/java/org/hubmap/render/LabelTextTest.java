package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
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
        LabelText kyiv = LabelText.of("Kyiv", PlaceKind.CAPITAL);
        PixelBox b = kyiv.bounds();
        assertTrue(b.minX() >= -1 && b.minX() < 2, "starts at the origin: " + b);
        assertTrue(b.minY() < -8 && b.maxY() > 0, "cap height above, descender of y below: " + b);
        assertTrue(kyiv.capMiddleY() < 0);
        Rectangle2D glyphs = kyiv.glyphs().getBounds2D();
        assertTrue(glyphs.getMinX() >= b.minX() - 0.5 && glyphs.getMaxX() <= b.maxX() + 0.5, glyphs + " in " + b);
    }

    @Test
    void areaNamesAreCentredOnTheOrigin() {
        LabelText oblast = LabelText.of("Dnipropetrovsk Oblast", PlaceKind.OBLAST);
        PixelBox b = oblast.bounds();
        assertEquals(0, b.centerX(), 1.0);
        assertEquals(0, b.centerY(), 3.0);
        assertTrue(b.height() > 20, "two lines: " + b);
        assertEquals(0, oblast.capMiddleY());
    }

    @Test
    void outlinesAreMadeOnceAndTheHaloSurroundsThem() {
        LabelText text = LabelText.of("Одеса", PlaceKind.REGIONAL_CENTRE);
        assertSame(text.glyphs(), text.glyphs());
        Rectangle2D glyphs = text.glyphs().getBounds2D();
        Rectangle2D halo = text.halo().getBounds2D();
        assertTrue(halo.contains(glyphs));
        assertEquals(glyphs.getWidth() + BasemapStyle.LABEL_HALO_WIDTH_PIXELS, halo.getWidth(), 0.5);
    }
}
