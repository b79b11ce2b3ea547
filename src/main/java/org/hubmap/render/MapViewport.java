package org.hubmap.render;

import org.hubmap.geo.WebMercator;

/**
 * A rectangular view of the Web Mercator map: its centre, zoom (may be fractional) and size in pixels.
 * Converts between screen pixels (origin top left) and longitude/latitude in degrees.
 */
public record MapViewport(double centerLon, double centerLat, double zoom, double widthPixels, double heightPixels) {

    /** Screen x of a longitude. */
    public double screenX(double lonDegrees) {
        return WebMercator.lonToPixelX(lonDegrees, zoom) - WebMercator.lonToPixelX(centerLon, zoom)
                + widthPixels / 2;
    }

    /** Screen y of a latitude. */
    public double screenY(double latDegrees) {
        return WebMercator.latToPixelY(latDegrees, zoom) - WebMercator.latToPixelY(centerLat, zoom)
                + heightPixels / 2;
    }

    /** Longitude at screen x. */
    public double lonAt(double screenX) {
        return WebMercator.pixelXToLon(WebMercator.lonToPixelX(centerLon, zoom) + screenX - widthPixels / 2, zoom);
    }

    /** Latitude at screen y. */
    public double latAt(double screenY) {
        return WebMercator.pixelYToLat(WebMercator.latToPixelY(centerLat, zoom) + screenY - heightPixels / 2, zoom);
    }
}
