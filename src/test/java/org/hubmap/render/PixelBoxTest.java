package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PixelBoxTest {

    @Test
    void boxesThatOnlyTouchDoNotIntersect() {
        PixelBox a = PixelBox.ofSize(0, 0, 10, 10);
        assertFalse(a.intersects(PixelBox.ofSize(10, 0, 5, 5)));
        assertTrue(a.intersects(PixelBox.ofSize(9.5, 9.5, 5, 5)));
        assertTrue(a.intersects(PixelBox.ofSize(2, 2, 1, 1)), "containment");
    }

    @Test
    void boxesMoveAndGrow() {
        PixelBox box = PixelBox.around(5, 5, 1).shifted(10, -5).grown(2);
        assertEquals(new PixelBox(12, -3, 18, 3), box);
        assertEquals(6, box.width());
        assertEquals(6, box.height());
        assertEquals(15, box.centerX());
        assertEquals(0, box.centerY());
    }
}
