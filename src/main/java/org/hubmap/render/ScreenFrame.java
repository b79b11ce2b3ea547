package org.hubmap.render;

import java.awt.geom.AffineTransform;
import org.hubmap.geo.WebMercator;
import org.locationtech.jts.geom.Envelope;

/**
 * Where world pixels at zoom 0 land in a viewport's screen pixels: scaled by {@code 2^zoom} (the zoom may be
 * fractional) and shifted so that the viewport's top-left corner is the origin.
 */
record ScreenFrame(double scale, double originX, double originY, double widthPixels, double heightPixels) {

    static ScreenFrame of(MapViewport view) {
        return new ScreenFrame(WebMercator.zoomScale(view.zoom()),
                WebMercator.lonToPixelX(view.centerLon(), view.zoom()) - view.widthPixels() / 2,
                WebMercator.latToPixelY(view.centerLat(), view.zoom()) - view.heightPixels() / 2,
                view.widthPixels(), view.heightPixels());
    }

    /** Screen x of world x at zoom 0. */
    double x(double worldX) {
        return worldX * scale - originX;
    }

    /** Screen y of world y at zoom 0. */
    double y(double worldY) {
        return worldY * scale - originY;
    }

    /** The view grown by {@code marginPixels} on every side, in world pixels at zoom 0. */
    Envelope worldArea(double marginPixels) {
        return new Envelope((originX - marginPixels) / scale, (originX + widthPixels + marginPixels) / scale,
                (originY - marginPixels) / scale, (originY + heightPixels + marginPixels) / scale);
    }

    /** The transform from world pixels at zoom 0 to screen pixels. */
    AffineTransform toScreen() {
        AffineTransform transform = AffineTransform.getTranslateInstance(-originX, -originY);
        transform.scale(scale, scale);
        return transform;
    }
}
