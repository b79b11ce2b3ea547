package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ScratchImageTest {
    @Test
    void clearingEmptiesTheAskedPartOfTheSameImage() {
        ScratchImage scratch = ScratchImage.ofThisThread();
        BufferedImage image = scratch.cleared(300, 200);
        image.setRGB(10, 10, 0xff123456);
        image.setRGB(299, 199, 0xff123456);
        BufferedImage again = scratch.cleared(300, 200);
        assertSame(image, again, "reused");
        assertEquals(0, again.getRGB(10, 10));
        assertEquals(0, again.getRGB(299, 199));
    }

    @Test
    void growsWhenALargerImageIsAskedFor() {
        ScratchImage scratch = ScratchImage.ofThisThread();
        scratch.atLeast(100, 100);
        BufferedImage image = scratch.cleared(2_000, 50);
        assertTrue(image.getWidth() >= 2_000 && image.getHeight() >= 100, image.getWidth() + "x" + image.getHeight());
        assertEquals(BufferedImage.TYPE_INT_ARGB_PRE, image.getType());
    }

    @Test
    void eachThreadHasItsOwn() throws Exception {
        ScratchImage mine = ScratchImage.ofThisThread();
        ScratchImage other = CompletableFuture.supplyAsync(ScratchImage::ofThisThread).get();
        assertTrue(mine != other);
    }
}
