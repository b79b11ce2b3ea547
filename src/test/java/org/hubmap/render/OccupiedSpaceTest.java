package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OccupiedSpaceTest {
    @Test
    void answersAsComparingWithEveryBoxWould() {
        SplittableRandom random = new SplittableRandom(2);
        OccupiedSpace space = new OccupiedSpace();
        List<PixelBox> taken = new ArrayList<>();
        int free = 0;
        for (int i = 0; i < 20_000; i++) {
            // Around the world's far corner at zoom 20 too, where cell numbers pass 2^31.
            double originX = i % 2 == 0 ? 0 : 268_000_000;
            PixelBox box = PixelBox.ofSize(originX + random.nextDouble() * 5_000 - 2_500,
                    random.nextDouble() * 5_000 - 2_500, random.nextDouble() * 300, random.nextDouble() * 40);
            PixelBox ignored = taken.isEmpty() || random.nextInt(4) > 0 ? null
                    : taken.get(random.nextInt(taken.size()));
            boolean expected = true;
            for (PixelBox other : taken) {
                if (other.intersects(box) && !other.equals(ignored)) {
                    expected = false;
                    break;
                }
            }
            assertEquals(expected, space.isFree(box, ignored), "box " + i);
            if (expected || random.nextInt(10) == 0) {
                space.occupy(box);
                taken.add(box);
            }
            free += expected ? 1 : 0;
        }
        assertTrue(free > 500 && free < 19_000, free + " free");
    }

    @Test
    void edgesThatOnlyTouchLeaveRoomAndTheIgnoredBoxIsPassedOver() {
        OccupiedSpace space = new OccupiedSpace();
        PixelBox dot = PixelBox.around(100, 100, 3);
        space.occupy(dot);
        assertTrue(space.isFree(new PixelBox(103, 90, 150, 110), null), "touching");
        assertFalse(space.isFree(new PixelBox(102.9, 90, 150, 110), null), "overlapping");
        assertTrue(space.isFree(new PixelBox(102.9, 90, 150, 110), PixelBox.around(100, 100, 3)), "its own dot");
        assertTrue(space.isFree(new PixelBox(-1e9, -1e9, -1e9 + 1, -1e9 + 1), null), "far away");
    }
}
