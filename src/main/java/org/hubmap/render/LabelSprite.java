package org.hubmap.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;

/**
 * A label drawn once, halo and all, into a translucent image, to be pasted with its top-left corner at the label's
 * origin plus ({@code offsetX}, {@code offsetY}), all whole pixels. The image must not be drawn on; it is shared
 * between threads.
 *
 * <p>The glyphs come from Java2D's glyph cache, and the halo is their coverage widened by a soft-edged disc of the
 * halo's radius, as map renderers commonly make halos: several times faster than stroking glyph outlines, which
 * matters because every label on a newly shown zoom needs one.
 *
 * @param image premultiplied ARGB image of the label
 * @param offsetX x of the image's left edge relative to the label's origin, in pixels
 * @param offsetY y of the image's top edge relative to the label's origin, in pixels
 */
record LabelSprite(BufferedImage image, int offsetX, int offsetY) {
    private static final double HALO_RADIUS_PIXELS = BasemapStyle.LABEL_HALO_WIDTH_PIXELS / 2.0;
    private static final int REACH = (int) Math.ceil(HALO_RADIUS_PIXELS);
    /** Room around the text's bounds for the halo and antialiasing, in pixels. */
    private static final int MARGIN_PIXELS = REACH + 1;
    /** The pixels a disc of the halo's radius reaches, with how much of each it covers. */
    private static final int[][] DISC = disc();

    static LabelSprite of(LabelText text) {
        PixelBox b = text.bounds();
        int offsetX = (int) Math.floor(b.minX()) - MARGIN_PIXELS;
        int offsetY = (int) Math.floor(b.minY()) - MARGIN_PIXELS;
        int width = (int) Math.ceil(b.maxX()) + MARGIN_PIXELS - offsetX;
        int height = (int) Math.ceil(b.maxY()) + MARGIN_PIXELS - offsetY;
        byte[] glyphs = glyphCoverage(text, offsetX, offsetY, width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        int[] argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        Color halo = BasemapStyle.LABEL_HALO;
        Color ink = text.colour();
        // Integer arithmetic throughout: this loop runs for every pixel of every label on a newly shown zoom.
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int glyph = glyphs[y * width + x] & 0xff;
                int under = haloCoverage(glyphs, width, height, x, y) * halo.getAlpha() / 255 * (255 - glyph) / 255;
                if (glyph + under > 0) {
                    argb[y * width + x] = (glyph + under) << 24
                            | blend(ink.getRed(), glyph, halo.getRed(), under) << 16
                            | blend(ink.getGreen(), glyph, halo.getGreen(), under) << 8
                            | blend(ink.getBlue(), glyph, halo.getBlue(), under);
                }
            }
        }
        return new LabelSprite(image, offsetX, offsetY);
    }

    /** How much of each pixel the glyphs cover, 0 to 255, row by row. */
    private static byte[] glyphCoverage(LabelText text, int offsetX, int offsetY, int width, int height) {
        BufferedImage mask = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = mask.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.translate(-offsetX, -offsetY);
            text.drawGlyphs(g);
        } finally {
            g.dispose();
        }
        return ((DataBufferByte) mask.getRaster().getDataBuffer()).getData();
    }

    /**
     * The glyph coverage widened by the disc, 0 to 255: the most any nearby glyph pixel, weighted by the disc,
     * covers.
     */
    private static int haloCoverage(byte[] glyphs, int width, int height, int x, int y) {
        int most = 0;
        for (int[] tap : DISC) {
            int column = x + tap[0];
            int row = y + tap[1];
            if (column >= 0 && column < width && row >= 0 && row < height) {
                most = Math.max(most, tap[2] * (glyphs[row * width + column] & 0xff));
            }
        }
        return most >> 8;
    }

    /** The offsets the disc reaches, each as {dx, dy, weight} with the weight from 1 to 256 for full cover. */
    private static int[][] disc() {
        List<int[]> taps = new ArrayList<>();
        for (int dy = -REACH; dy <= REACH; dy++) {
            for (int dx = -REACH; dx <= REACH; dx++) {
                double cover = Math.max(0, Math.min(1, HALO_RADIUS_PIXELS + 0.5 - Math.hypot(dx, dy)));
                if (cover > 0) {
                    taps.add(new int[] {dx, dy, (int) (cover * 256 + 0.5)});
                }
            }
        }
        return taps.toArray(int[][]::new);
    }

    /** One premultiplied channel, 0 to 255, of ink over halo with the given coverages, each 0 to 255. */
    private static int blend(int ink, int inkCoverage, int halo, int haloCoverage) {
        return (ink * inkCoverage + halo * haloCoverage + 127) / 255;
    }
}
