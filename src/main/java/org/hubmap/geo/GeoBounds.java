package org.hubmap.geo;

/** A longitude/latitude rectangle in degrees, west to east and south to north. */
public record GeoBounds(double westLon, double southLat, double eastLon, double northLat) {
    /** Ukraine's mainland and Crimea, with a small margin. */
    public static final GeoBounds UKRAINE = new GeoBounds(22.0, 44.3, 40.3, 52.45);

    public GeoBounds {
        if (!(westLon <= eastLon) || !(southLat <= northLat)) {
            throw new IllegalArgumentException("empty bounds " + westLon + "," + southLat + "," + eastLon + ","
                    + northLat);
        }
    }

    public double centerLon() {
        return (westLon + eastLon) / 2;
    }

    /** The latitude halfway between north and south edges on a Web Mercator map. */
    public double centerLatMercator() {
        double y = (WebMercator.latToPixelY(southLat, 0) + WebMercator.latToPixelY(northLat, 0)) / 2;
        return WebMercator.pixelYToLat(y, 0);
    }

    /** The largest zoom, fractional, at which these bounds fit in a view of the given size in pixels. */
    public double zoomToFit(double widthPixels, double heightPixels) {
        double dx = WebMercator.lonToPixelX(eastLon, 0) - WebMercator.lonToPixelX(westLon, 0);
        double dy = WebMercator.latToPixelY(southLat, 0) - WebMercator.latToPixelY(northLat, 0);
        double scale = Math.min(widthPixels / dx, heightPixels / dy);
        return Math.log(scale) / Math.log(2);
    }
}
