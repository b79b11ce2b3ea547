package org.hubmap.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A label drawn once, halo and all, into a translucent image. Pasted with its top-left corner at the label's
 * origin plus ({@code offsetX}, {@code offsetY}), all whole pixels, it gives the same pixels as drawing the label's
 * outlines at that origin. The image must not be drawn on; it is shared between threads.
 *
 * @param image premultiplied ARGB image of the label
 * @param offsetX x of the image's left edge relative to the label's origin, in pixels
 * @param offsetY y of the image's top edge relative to the label's origin, in pixels
 */
record LabelSprite(BufferedImage image, int offsetX, int offsetY) {
    /** Room around the text's bounds for the halo and antialiasing, in pixels. */
    private static final double MARGIN_PIXELS = BasemapStyle.LABEL_HALO_WIDTH_PIXELS / 2 + 1;

    static LabelSprite of(LabelText text) {
        PixelBox b = text.bounds().grown(MARGIN_PIXELS);
        int offsetX = (int) Math.floor(b.minX());
        int offsetY = (int) Math.floor(b.minY());
        int width = (int) Math.ceil(b.maxX()) - offsetX;
        int height = (int) Math.ceil(b.maxY()) - offsetY;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.translate(-offsetX, -offsetY);
            text.paint(g);
        } finally {
            g.dispose();
        }
        return new LabelSprite(image, offsetX, offsetY);
    }
}
