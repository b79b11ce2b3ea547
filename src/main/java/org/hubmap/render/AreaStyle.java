package org.hubmap.render;

import java.awt.Color;
import java.util.Optional;

/**
 * How a monitoring zone or protection ring is drawn: a translucent fill or a hatch, and a boundary that reads as a
 * control measure (dashed). Sizes are in screen pixels. Immutable.
 *
 * @param fill the translucent fill; empty for none
 * @param hatch the colour of diagonal hatching over the area; empty for none
 * @param boundary the boundary's colour, width and dashes
 * @param centreMarkPixels half the size of the cross marking a circle's centre; 0 for none
 * @param minZoom the first zoom at which the area is drawn
 * @param label how its name is labelled
 */
public record AreaStyle(Optional<Color> fill, Optional<Color> hatch, LineStyle boundary, double centreMarkPixels,
        int minZoom, LabelRule label) {

    /** This style with another fill, as a file's {@code fill} and {@code fill-opacity} ask. */
    AreaStyle withFill(Color newFill) {
        return new AreaStyle(Optional.of(newFill), hatch, boundary, centreMarkPixels, minZoom, label);
    }

    /** This style with another boundary, as a file's {@code stroke} keys ask. */
    AreaStyle withBoundary(LineStyle newBoundary) {
        return new AreaStyle(fill, hatch, newBoundary, centreMarkPixels, minZoom, label);
    }
}
