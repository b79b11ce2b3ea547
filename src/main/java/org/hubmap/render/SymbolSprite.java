package org.hubmap.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A symbol's frame, glyph, condition bar and strike, without its nation code, drawn once into a translucent image
 * to be pasted on screen where many symbols are drawn: a paste costs a fraction of filling the outlines again.
 * Each symbol style has one sprite per {@link #PHASES}-th of a pixel across and down, drawn at that fraction, so a
 * pasted symbol sits within {@code 1 / (2 * PHASES)} of a pixel of where its outlines would. Sprites are shared
 * between threads and must not be drawn on.
 *
 * @param image premultiplied ARGB image of the symbol
 * @param offsetX x of the image's left edge relative to the whole pixel at or left of the symbol's centre
 * @param offsetY y of the image's top edge relative to the whole pixel at or above the symbol's centre
 */
record SymbolSprite(BufferedImage image, int offsetX, int offsetY) {
    /** Fractions of a pixel at which sprites are drawn, along each axis. */
    static final int PHASES = 4;
    /** Room around the symbol's box for the strike through closed sites and antialiasing, in pixels. */
    private static final int MARGIN_PIXELS = 4;
    /** Enough for every status of every kind in every phase, with room for simplestyle's colours and sizes. */
    private static final BoundedMemo<Key, SymbolSprite> SPRITES = new BoundedMemo<>(2048);

    /** Pastes an unselected symbol of {@code style} centred on ({@code x}, {@code y}) in {@code g}'s pixels. */
    static void paste(Graphics2D g, PointSymbolStyle style, double x, double y) {
        long pixelX = (long) Math.floor(x);
        long pixelY = (long) Math.floor(y);
        int phaseX = (int) Math.round((x - pixelX) * PHASES);
        int phaseY = (int) Math.round((y - pixelY) * PHASES);
        SymbolSprite sprite = SPRITES.get(new Key(style, phaseX, phaseY), SymbolSprite::draw);
        g.drawImage(sprite.image(), (int) pixelX + sprite.offsetX(), (int) pixelY + sprite.offsetY(), null);
    }

    private static SymbolSprite draw(Key key) {
        PixelBox box = SymbolGeometry.of(key.style(), "").box();
        int left = (int) Math.ceil(-box.minX()) + MARGIN_PIXELS;
        int top = (int) Math.ceil(-box.minY()) + MARGIN_PIXELS;
        int width = left + (int) Math.ceil(box.maxX()) + MARGIN_PIXELS + 1;
        int height = top + (int) Math.ceil(box.maxY()) + MARGIN_PIXELS + 1;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            FeaturePainter.paintSymbol(g, left + key.phaseX() / (double) PHASES, top + key.phaseY() / (double) PHASES,
                    key.style(), "", false);
        } finally {
            g.dispose();
        }
        return new SymbolSprite(image, -left, -top);
    }

    /** A style at a phase from 0 to {@link #PHASES} along each axis. */
    private record Key(PointSymbolStyle style, int phaseX, int phaseY) {
    }
}
