package org.hubmap.render;

/**
 * A settlement's dot placed on the map at one zoom.
 *
 * @param place the settlement
 * @param x centre in world pixels at the placement's zoom
 * @param y centre in world pixels at the placement's zoom
 * @param style how the dot looks
 */
record PlacedDot(MapPlace place, double x, double y, DotStyle style) {

    /** The square around the dot, in world pixels at the placement's zoom. */
    PixelBox box() {
        return PixelBox.around(x, y, style.radiusPixels());
    }
}
