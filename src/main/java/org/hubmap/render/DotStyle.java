package org.hubmap.render;

import java.awt.Color;

/**
 * How a settlement's dot is drawn: a disc with an outline, and optionally a smaller centre disc, which together
 * make the ringed dot of a capital. All sizes in screen pixels.
 *
 * @param radiusPixels radius of the disc, outline included; 0 for places that have no dot
 * @param fill colour inside the outline
 * @param outline colour of the rim
 * @param outlineWidthPixels width of the rim, drawn inside the radius
 * @param centreRadiusPixels radius of the centre disc, 0 for none
 * @param centre colour of the centre disc
 */
record DotStyle(double radiusPixels, Color fill, Color outline, double outlineWidthPixels,
        double centreRadiusPixels, Color centre) {

    /** No dot, for places named without one. */
    static final DotStyle NONE = new DotStyle(0, Color.BLACK, Color.BLACK, 0, 0, Color.BLACK);

    boolean isVisible() {
        return radiusPixels > 0;
    }
}
