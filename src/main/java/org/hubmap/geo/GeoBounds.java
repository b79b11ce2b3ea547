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

    /**
     * Reads bounds written as four numbers, west, south, east, north in degrees, separated by commas, semicolons or
     * spaces, as {@code --bbox} and GDAL write them.
     *
     * @throws IllegalArgumentException saying what is wrong with the text
     */
    public static GeoBounds parse(String text) {
        String[] parts = text.trim().split("\\s*[,;\\s]\\s*");
        if (parts.length != 4 || text.isBlank()) {
            throw new IllegalArgumentException("bounds take four numbers, west, south, east, north, not \"" + text
                    + "\"");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + parts[i] + "\" in the bounds is not a number");
            }
        }
        if (Math.abs(v[0]) > 180 || Math.abs(v[2]) > 180 || Math.abs(v[1]) > 85 || Math.abs(v[3]) > 85) {
            throw new IllegalArgumentException("longitudes lie within ±180 and latitudes within ±85 (the Web Mercator"
                    + " map)");
        }
        if (!(v[0] < v[2] && v[1] < v[3])) {
            throw new IllegalArgumentException("west must be less than east, and south than north");
        }
        return new GeoBounds(v[0], v[1], v[2], v[3]);
    }

    public double centerLon() {
        return (westLon + eastLon) / 2;
    }

    /** The latitude halfway between north and south edges on a Web Mercator map. */
    public double centerLatMercator() {
        return WebMercator.latAtWorldY((WebMercator.worldY(southLat) + WebMercator.worldY(northLat)) / 2);
    }

    /** The largest zoom, fractional, at which these bounds fit in a view of the given size in pixels. */
    public double zoomToFit(double widthPixels, double heightPixels) {
        double dx = WebMercator.worldX(eastLon) - WebMercator.worldX(westLon);
        double dy = WebMercator.worldY(southLat) - WebMercator.worldY(northLat);
        double scale = Math.min(widthPixels / dx, heightPixels / dy);
        return Math.log(scale) / Math.log(2);
    }
}
