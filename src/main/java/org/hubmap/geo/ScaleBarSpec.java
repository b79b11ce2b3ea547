package org.hubmap.geo;

/**
 * A scale bar of a round ground length: {@code lengthPixels} on screen stand for {@code lengthMetres} on the ground
 * along the parallel where it was measured.
 */
public record ScaleBarSpec(double lengthMetres, double lengthPixels) {
    private static final double[] NICE_STEPS = {1, 2, 5};

    /**
     * The longest round length (1, 2 or 5 times a power of ten metres) whose bar is no wider than
     * {@code maxPixels} at this latitude and zoom, measured on the WGS84 ellipsoid along the parallel.
     */
    public static ScaleBarSpec fit(double latDegrees, double zoom, double maxPixels) {
        double metresPerPixel = WebMercator.groundMetresPerPixel(latDegrees, zoom);
        double maxMetres = metresPerPixel * maxPixels;
        double power = Math.pow(10, Math.floor(Math.log10(maxMetres)));
        double best = power;
        for (double step : NICE_STEPS) {
            if (step * power <= maxMetres) {
                best = step * power;
            }
        }
        return new ScaleBarSpec(best, best / metresPerPixel);
    }

    /** The length as a label: metres below one kilometre, kilometres above. */
    public String label() {
        if (lengthMetres >= 1000) {
            return String.format(java.util.Locale.ROOT, "%.0f km", lengthMetres / 1000);
        }
        return String.format(java.util.Locale.ROOT, "%.0f m", lengthMetres);
    }
}
