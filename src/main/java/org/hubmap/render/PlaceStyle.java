package org.hubmap.render;

import java.awt.Color;
import java.awt.Font;

/**
 * How and when one kind of place is shown.
 *
 * @param font the label font
 * @param text the label colour in Ukraine
 * @param textAbroad the label colour elsewhere
 * @param uppercase whether the name is shown in capitals, as areas usually are
 * @param minZoom the first zoom at which the place is shown
 * @param maxZoom the last zoom at which the place is shown
 * @param dot the settlement dot, {@link DotStyle#NONE} for areas
 */
record PlaceStyle(Font font, Color text, Color textAbroad, boolean uppercase, int minZoom, int maxZoom, DotStyle dot) {

    /** The label colour for {@code place}. */
    Color textFor(MapPlace place) {
        return place.inUkraine() ? text : textAbroad;
    }

    boolean isShownAt(int zoom) {
        return zoom >= minZoom && zoom <= maxZoom;
    }
}
