package org.hubmap.render;

import java.awt.Graphics2D;
import org.hubmap.model.Layout;

/** Draws a layout's features over the map with Java2D, for screen and export alike. */
public final class LayoutRenderer {
    /** Draws {@code layout} as seen through {@code viewport}; g's origin is the viewport's top-left corner. */
    public void draw(Graphics2D g, Layout layout, MapViewport viewport) {
    }
}
