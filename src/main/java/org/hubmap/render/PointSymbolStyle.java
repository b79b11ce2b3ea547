package org.hubmap.render;

import java.awt.Color;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * How a hub, depot or other point feature is drawn: a glyph, for hubs and depots inside a friendly-force frame in
 * the spirit of APP-6 (a 3:2 rectangle, dashed while planned), with the status shown by shape as well as colour so
 * that it survives greyscale print and colour-blindness. Sizes are in screen pixels. Immutable.
 *
 * @param icon the glyph
 * @param framed whether the glyph sits in a frame; unframed glyphs are drawn alone
 * @param heightPixels the frame's height, or the glyph's height when unframed
 * @param frame the frame's colour
 * @param frameWidthPixels the frame line's width
 * @param frameDashPixels dash and gap lengths of the frame line; empty for a solid frame
 * @param fill the inside of the frame
 * @param glyph the glyph's colour
 * @param conditionBar the colour of a bar under the frame showing reduced capability, as APP-6's operational
 *     condition amplifier does; empty for none
 * @param struckThrough whether a diagonal stroke crosses the symbol, for closed sites
 * @param minZoom the first zoom at which the symbol is drawn
 * @param label how its name is labelled
 */
public record PointSymbolStyle(SymbolIcon icon, boolean framed, double heightPixels, Color frame,
        float frameWidthPixels, float[] frameDashPixels, Color fill, Color glyph, Optional<Color> conditionBar,
        boolean struckThrough, int minZoom, LabelRule label) {

    public PointSymbolStyle {
        frameDashPixels = frameDashPixels.clone();
    }

    @Override
    public float[] frameDashPixels() {
        return frameDashPixels.clone();
    }

    /** Styles are equal when they draw alike: the frame's dashes compare by their lengths. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PointSymbolStyle s && icon == s.icon && framed == s.framed
                && Double.compare(heightPixels, s.heightPixels) == 0 && frame.equals(s.frame)
                && Float.compare(frameWidthPixels, s.frameWidthPixels) == 0
                && Arrays.equals(frameDashPixels, s.frameDashPixels) && fill.equals(s.fill) && glyph.equals(s.glyph)
                && conditionBar.equals(s.conditionBar) && struckThrough == s.struckThrough && minZoom == s.minZoom
                && label.equals(s.label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(icon, framed, heightPixels, frame, frameWidthPixels, Arrays.hashCode(frameDashPixels),
                fill, glyph, conditionBar, struckThrough, minZoom, label);
    }

    /** The symbol's width in pixels, from the glyph's proportions. */
    public double widthPixels() {
        return heightPixels * icon.aspectRatio();
    }

    /** This style with another fill, as a file's {@code marker-color} asks. */
    PointSymbolStyle withFill(Color newFill) {
        return new PointSymbolStyle(icon, framed, heightPixels, frame, frameWidthPixels, frameDashPixels, newFill,
                framed ? glyph : newFill, conditionBar, struckThrough, minZoom, label);
    }

    /** This style scaled, as a file's {@code marker-size} asks. */
    PointSymbolStyle scaled(double factor) {
        return new PointSymbolStyle(icon, framed, heightPixels * factor, frame, frameWidthPixels, frameDashPixels,
                fill, glyph, conditionBar, struckThrough, minZoom, label);
    }
}
