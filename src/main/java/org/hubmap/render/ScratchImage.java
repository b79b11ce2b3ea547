package org.hubmap.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * An image reused from drawing to drawing, grown when a larger one is asked for. Allocating a fresh image the size of
 * a view costs tens of milliseconds (the memory is zeroed and mapped anew each time); clearing a used one costs one.
 * Not thread-safe: each drawing thread has its own, and uses it for one thing at a time.
 */
final class ScratchImage {
    private static final ThreadLocal<ScratchImage> OF_THREAD = ThreadLocal.withInitial(ScratchImage::new);

    private BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB_PRE);

    private ScratchImage() {
    }

    /** This thread's scratch image. */
    static ScratchImage ofThisThread() {
        return OF_THREAD.get();
    }

    /**
     * The image, at least {@code width} by {@code height} pixels, as premultiplied ARGB whose rows are
     * {@code getWidth()} apart in its data; its pixels are whatever was last drawn.
     */
    BufferedImage atLeast(int width, int height) {
        if (width > image.getWidth() || height > image.getHeight()) {
            image = new BufferedImage(Math.max(width, image.getWidth()), Math.max(height, image.getHeight()),
                    BufferedImage.TYPE_INT_ARGB_PRE);
        }
        return image;
    }

    /**
     * The image, at least {@code width} by {@code height} pixels, with that top-left part transparent; whatever
     * lies beyond it is left as it was.
     */
    BufferedImage cleared(int width, int height) {
        atLeast(width, height);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int stride = image.getWidth();
        for (int row = 0; row < height; row++) {
            Arrays.fill(pixels, row * stride, row * stride + width, 0);
        }
        return image;
    }
}
