package org.hubmap.ui.map;

import org.hubmap.render.MapViewport;

/**
 * Where an overlay image drawn for one viewport goes on screen when the map shows another: its top-left corner in
 * screen pixels and how much it is scaled. Lets the map move smoothly while a fresh overlay is drawn.
 */
record OverlayPlacement(double x, double y, double scale) {

    static OverlayPlacement of(MapViewport drawnFor, MapViewport shown) {
        double cornerLon = drawnFor.lonAt(0);
        double cornerLat = drawnFor.latAt(0);
        return new OverlayPlacement(shown.screenX(cornerLon), shown.screenY(cornerLat),
                Math.pow(2, shown.zoom() - drawnFor.zoom()));
    }
}
