package org.hubmap.geo;

/**
 * Spherical Web Mercator (EPSG:3857) in the pixel space of 256-pixel slippy-map tiles.
 *
 * <p>At zoom {@code z} the world is {@code 256 * 2^z} pixels wide; pixel x grows eastwards from the antimeridian
 * and pixel y grows southwards from about 85.05°N. Zoom may be fractional. Latitudes beyond
 * {@link #MAX_LATITUDE} are clamped, because the projection sends the poles to infinity.
 */
public final class WebMercator {
    /** Tile edge in pixels. */
    public static final int TILE_SIZE = 256;
    /** Latitude at which the square Web Mercator world ends, in degrees. */
    public static final double MAX_LATITUDE = 85.0511287798066;
    /** Equatorial radius of the WGS84 ellipsoid in metres, the sphere radius Web Mercator uses. */
    public static final double EARTH_RADIUS_METRES = 6_378_137.0;
    /** The square of the WGS84 ellipsoid's first eccentricity, f (2 - f) with f = 1/298.257223563. */
    private static final double WGS84_ECCENTRICITY_SQUARED = (2 - 1 / 298.257223563) / 298.257223563;

    private WebMercator() {
    }

    /** World width and height in pixels at {@code zoom}. */
    public static double worldSizePixels(double zoom) {
        return TILE_SIZE * zoomScale(zoom);
    }

    /** How many pixels at {@code zoom} one world pixel at zoom 0 spans: {@code 2^zoom}. */
    public static double zoomScale(double zoom) {
        return Math.pow(2, zoom);
    }

    /**
     * World pixel x at zoom 0 of a longitude, where the whole world is one tile: geometry kept in these pixels is
     * drawn at any zoom by a scale of {@link #zoomScale} and a shift.
     */
    public static double worldX(double lonDegrees) {
        return lonToPixelX(lonDegrees, 0);
    }

    /** World pixel y at zoom 0 of a latitude; latitudes past the projection's limit are clamped. */
    public static double worldY(double latDegrees) {
        return latToPixelY(latDegrees, 0);
    }

    /** Longitude in degrees of world pixel x at zoom 0. */
    public static double lonAtWorldX(double worldX) {
        return pixelXToLon(worldX, 0);
    }

    /** Latitude in degrees of world pixel y at zoom 0. */
    public static double latAtWorldY(double worldY) {
        return pixelYToLat(worldY, 0);
    }

    /** Pixel x of a longitude at {@code zoom}. */
    public static double lonToPixelX(double lonDegrees, double zoom) {
        return (lonDegrees + 180.0) / 360.0 * worldSizePixels(zoom);
    }

    /** Pixel y of a latitude at {@code zoom}; latitudes past the projection's limit are clamped. */
    public static double latToPixelY(double latDegrees, double zoom) {
        double lat = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latDegrees));
        double sin = Math.sin(Math.toRadians(lat));
        double y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
        return y * worldSizePixels(zoom);
    }

    /** Longitude in degrees of pixel x at {@code zoom}. */
    public static double pixelXToLon(double pixelX, double zoom) {
        return pixelX / worldSizePixels(zoom) * 360.0 - 180.0;
    }

    /** Latitude in degrees of pixel y at {@code zoom}. */
    public static double pixelYToLat(double pixelY, double zoom) {
        double n = Math.PI - 2 * Math.PI * pixelY / worldSizePixels(zoom);
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    /** The tile that holds a position at an integer zoom. */
    public static TileId tileAt(double lonDegrees, double latDegrees, int zoom) {
        long max = (1L << zoom) - 1;
        long x = (long) Math.floor(lonToPixelX(lonDegrees, zoom) / TILE_SIZE);
        long y = (long) Math.floor(latToPixelY(latDegrees, zoom) / TILE_SIZE);
        return new TileId(zoom, Math.max(0, Math.min(max, x)), Math.max(0, Math.min(max, y)));
    }

    /**
     * Metres on the WGS84 ellipsoid per pixel along the parallel through {@code latDegrees} at {@code zoom}: the
     * parallel's radius (the prime vertical radius of curvature times cos(latitude)) over the world's pixels per
     * radian. Unlike {@link #metresPerPixel}, which takes the sphere Web Mercator projects, this is the length a
     * scale bar must show to be true on the ground; the two differ by up to 0.34% (0.19% at 48°N).
     */
    public static double groundMetresPerPixel(double latDegrees, double zoom) {
        double lat = Math.toRadians(latDegrees);
        double sin = Math.sin(lat);
        double primeVertical = EARTH_RADIUS_METRES / Math.sqrt(1 - WGS84_ECCENTRICITY_SQUARED * sin * sin);
        return primeVertical * Math.cos(lat) * 2 * Math.PI / worldSizePixels(zoom);
    }

    /**
     * Metres on the ground per screen pixel at a latitude and zoom. Web Mercator stretches distances by
     * 1/cos(latitude), so this is the true scale only along the parallel through that latitude.
     */
    public static double metresPerPixel(double latDegrees, double zoom) {
        return Math.cos(Math.toRadians(latDegrees)) * 2 * Math.PI * EARTH_RADIUS_METRES / worldSizePixels(zoom);
    }
}
