package org.hubmap.render;

import org.hubmap.geo.GeoBounds;
import org.hubmap.geo.WebMercator;

/**
 * What a map shows and at what size: the Web Mercator view around a centre at a zoom (which may be fractional),
 * its size in map pixels, and how finely the output resolves them. The screen, the basemap's tiles and every
 * exported sheet draw from this one value.
 *
 * <p>A map pixel is 1/96 inch, as a CSS pixel is: symbols, names and line widths are given in map pixels, so a
 * sheet printed at any resolution shows them at the same size on paper. {@code dotsPerInch} says how many device
 * pixels an inch of output has: 96 for a screen at its usual density and for a tile, 300 for a sheet printed at 300
 * DPI (then each map pixel covers 3.125 device pixels). Converts between map pixels (origin top left) and
 * longitude/latitude in degrees.
 *
 * @param centerLon longitude of the view's centre, degrees
 * @param centerLat latitude of the view's centre, degrees
 * @param zoom the Web Mercator zoom: the world is 256 * 2^zoom map pixels wide
 * @param widthPixels width in map pixels
 * @param heightPixels height in map pixels
 * @param dotsPerInch device pixels per inch of the output, positive
 */
public record MapViewport(double centerLon, double centerLat, double zoom, double widthPixels, double heightPixels,
        double dotsPerInch) {
    /** Map pixels per inch: a map pixel is a CSS pixel. */
    public static final double PIXELS_PER_INCH = 96;
    private static final double METRES_PER_INCH = 0.0254;

    public MapViewport {
        if (!(dotsPerInch > 0)) {
            throw new IllegalArgumentException("dots per inch must be positive: " + dotsPerInch);
        }
    }

    /** A view drawn at screen density, one device pixel per map pixel. */
    public MapViewport(double centerLon, double centerLat, double zoom, double widthPixels, double heightPixels) {
        this(centerLon, centerLat, zoom, widthPixels, heightPixels, PIXELS_PER_INCH);
    }

    /**
     * The view of {@code widthPixels} by {@code heightPixels} map pixels that shows {@code bounds} as large as it
     * fits, centred on them, with at least {@code marginFraction} of the view's width and height left free on each
     * side.
     */
    public static MapViewport fitting(GeoBounds bounds, double widthPixels, double heightPixels, double dotsPerInch,
            double marginFraction) {
        double zoom = bounds.zoomToFit(widthPixels * (1 - 2 * marginFraction), heightPixels * (1 - 2 * marginFraction));
        return new MapViewport(bounds.centerLon(), bounds.centerLatMercator(), zoom, widthPixels, heightPixels,
                dotsPerInch);
    }

    /** This view at another zoom, around the same centre. */
    public MapViewport withZoom(double newZoom) {
        return new MapViewport(centerLon, centerLat, newZoom, widthPixels, heightPixels, dotsPerInch);
    }

    /** This view at another size in map pixels and resolution, around the same centre and at the same zoom. */
    public MapViewport withSize(double newWidthPixels, double newHeightPixels, double newDotsPerInch) {
        return new MapViewport(centerLon, centerLat, zoom, newWidthPixels, newHeightPixels, newDotsPerInch);
    }

    /** Device pixels per map pixel: 1 on a screen, 3.125 at 300 DPI. */
    public double deviceScale() {
        return dotsPerInch / PIXELS_PER_INCH;
    }

    /** The width in whole device pixels. */
    public int deviceWidth() {
        return (int) Math.ceil(widthPixels * deviceScale() - 1e-9);
    }

    /** The height in whole device pixels. */
    public int deviceHeight() {
        return (int) Math.ceil(heightPixels * deviceScale() - 1e-9);
    }

    /** The longitude/latitude rectangle the view shows. */
    public GeoBounds bounds() {
        return new GeoBounds(lonAt(0), latAt(heightPixels), lonAt(widthPixels), latAt(0));
    }

    /**
     * The representative fraction of the map at its centre, as printed on a sheet: {@code 1 : scaleDenominator()}.
     * It is true along the parallel through the centre, where Web Mercator is drawn true to the ellipsoid's scale.
     */
    public double scaleDenominator() {
        return WebMercator.groundMetresPerPixel(centerLat, zoom) / (METRES_PER_INCH / PIXELS_PER_INCH);
    }

    /** Map pixel x of a longitude. */
    public double screenX(double lonDegrees) {
        return WebMercator.lonToPixelX(lonDegrees, zoom) - WebMercator.lonToPixelX(centerLon, zoom)
                + widthPixels / 2;
    }

    /** Map pixel y of a latitude. */
    public double screenY(double latDegrees) {
        return WebMercator.latToPixelY(latDegrees, zoom) - WebMercator.latToPixelY(centerLat, zoom)
                + heightPixels / 2;
    }

    /** Longitude at map pixel x. */
    public double lonAt(double screenX) {
        return WebMercator.pixelXToLon(WebMercator.lonToPixelX(centerLon, zoom) + screenX - widthPixels / 2, zoom);
    }

    /** Latitude at map pixel y. */
    public double latAt(double screenY) {
        return WebMercator.pixelYToLat(WebMercator.latToPixelY(centerLat, zoom) + screenY - heightPixels / 2, zoom);
    }
}
