package org.hubmap.render;

import java.util.Optional;

/**
 * A name placed on the map at one zoom: a basemap place's or a layout feature's.
 *
 * @param subject what is named
 * @param text the outlines to draw
 * @param originX x of the text's origin in world pixels at the placement's zoom, a whole number
 * @param originY y of the text's origin in world pixels at the placement's zoom, a whole number
 */
record PlacedLabel(LabelSubject subject, LabelText text, double originX, double originY) {

    /** The space the text takes in world pixels at the placement's zoom, halo excluded. */
    PixelBox box() {
        return text.bounds().shifted(originX, originY);
    }

    /** The basemap place named, or null for a feature's name. */
    MapPlace place() {
        return subject instanceof MapPlace place ? place : null;
    }

    /** The feature named, or empty for a basemap place. */
    Optional<FeatureMark> feature() {
        return subject instanceof FeatureMark mark ? Optional.of(mark) : Optional.empty();
    }
}
