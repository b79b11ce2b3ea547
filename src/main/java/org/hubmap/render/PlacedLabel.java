package org.hubmap.render;

/**
 * A name placed on the map at one zoom.
 *
 * @param place what is named
 * @param text the outlines to draw
 * @param originX x of the text's origin in world pixels at the placement's zoom, a whole number
 * @param originY y of the text's origin in world pixels at the placement's zoom, a whole number
 */
record PlacedLabel(MapPlace place, LabelText text, double originX, double originY) {

    /** The space the text takes in world pixels at the placement's zoom, halo excluded. */
    PixelBox box() {
        return text.bounds().shifted(originX, originY);
    }
}
