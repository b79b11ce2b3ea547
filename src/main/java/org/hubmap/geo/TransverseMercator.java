package org.hubmap.geo;

import net.sf.geographiclib.Geodesic;

/**
 * The transverse Mercator projection of the WGS84 ellipsoid at UTM's central scale of 0.9996, by Krüger's series
 * to sixth order in the third flattening as given by C. F. F. Karney, "Transverse Mercator with an accuracy of a
 * few nanometers", J. Geodesy 85 (2011) 475-485. Within 3,900 km of the central meridian it is exact to 5 nm, and
 * so to the last digit of any grid reference. (NGA's {@code mil.nga.mgrs.utm.UTM} uses a shorter closed formula
 * that is centimetres out, enough to change the last digit of a 1 m reference now and then.)
 *
 * <p>Coordinates are {@code x}, metres east of the central meridian, and {@code y}, metres north of the equator,
 * both already multiplied by the central scale and without UTM's false easting and northing.
 */
final class TransverseMercator {
    /** UTM's scale on the central meridian. */
    static final double CENTRAL_SCALE = 0.9996;

    private static final double FLATTENING = Geodesic.WGS84.Flattening();
    private static final double E2 = FLATTENING * (2 - FLATTENING);
    private static final double E = Math.sqrt(E2);
    private static final double N = FLATTENING / (2 - FLATTENING);
    /** Radius of the rectifying sphere times the central scale, in metres. */
    private static final double SCALED_RECTIFYING_RADIUS;
    /** Krüger's coefficients alpha 1..6 (forward) and beta 1..6 (reverse), Karney (2011) equations 35 and 36. */
    private static final double[] ALPHA;
    private static final double[] BETA;

    static {
        double n2 = N * N;
        double n3 = n2 * N;
        double n4 = n3 * N;
        double n5 = n4 * N;
        double n6 = n5 * N;
        SCALED_RECTIFYING_RADIUS = CENTRAL_SCALE * Geodesic.WGS84.EquatorialRadius() / (1 + N)
                * (1 + n2 / 4 + n4 / 64 + n6 / 256);
        ALPHA = new double[] {
            N / 2 - 2 * n2 / 3 + 5 * n3 / 16 + 41 * n4 / 180 - 127 * n5 / 288 + 7891 * n6 / 37800,
            13 * n2 / 48 - 3 * n3 / 5 + 557 * n4 / 1440 + 281 * n5 / 630 - 1983433 * n6 / 1935360,
            61 * n3 / 240 - 103 * n4 / 140 + 15061 * n5 / 26880 + 167603 * n6 / 181440,
            49561 * n4 / 161280 - 179 * n5 / 168 + 6601661 * n6 / 7257600,
            34729 * n5 / 80640 - 3418889 * n6 / 1995840,
            212378941 * n6 / 319334400};
        BETA = new double[] {
            N / 2 - 2 * n2 / 3 + 37 * n3 / 96 - n4 / 360 - 81 * n5 / 512 + 96199 * n6 / 604800,
            n2 / 48 + n3 / 15 - 437 * n4 / 1440 + 46 * n5 / 105 - 1118711 * n6 / 3870720,
            17 * n3 / 480 - 37 * n4 / 840 - 209 * n5 / 4480 + 5569 * n6 / 90720,
            4397 * n4 / 161280 - 11 * n5 / 504 - 830251 * n6 / 7257600,
            4583 * n5 / 161280 - 108847 * n6 / 3991680,
            20648693 * n6 / 638668800};
    }

    private TransverseMercator() {
    }

    /** {@code y} in metres of either pole: a quarter meridian at the central scale, about 9,997,965 m. */
    static double poleMetres() {
        return SCALED_RECTIFYING_RADIUS * Math.PI / 2;
    }

    /**
     * {@code {x, y}} in metres of a point {@code lonFromMeridianDegrees} east of the central meridian (within
     * -90..90) at {@code latDegrees} (within -90..90).
     */
    static double[] forward(double lonFromMeridianDegrees, double latDegrees) {
        double lambda = Math.toRadians(lonFromMeridianDegrees);
        double conformalTan = conformalTangent(Math.tan(Math.toRadians(latDegrees)));
        double cosLambda = Math.cos(lambda);
        double xiPrime = Math.atan2(conformalTan, cosLambda);
        double etaPrime = asinh(Math.sin(lambda) / Math.hypot(conformalTan, cosLambda));
        double[] sum = sineSeries(ALPHA, xiPrime, etaPrime);
        return new double[] {SCALED_RECTIFYING_RADIUS * (etaPrime + sum[1]),
            SCALED_RECTIFYING_RADIUS * (xiPrime + sum[0])};
    }

    /** {@code {lonFromMeridianDegrees, latDegrees}} of the point at {@code x, y} metres; the inverse of forward. */
    static double[] reverse(double xMetres, double yMetres) {
        double xi = yMetres / SCALED_RECTIFYING_RADIUS;
        double eta = xMetres / SCALED_RECTIFYING_RADIUS;
        double[] sum = sineSeries(BETA, xi, eta);
        double xiPrime = xi - sum[0];
        double etaPrime = eta - sum[1];
        double sinhEta = Math.sinh(etaPrime);
        double cosXi = Math.cos(xiPrime);
        double lambda = Math.atan2(sinhEta, cosXi);
        double tan = geographicTangent(Math.sin(xiPrime) / Math.hypot(sinhEta, cosXi));
        return new double[] {Math.toDegrees(lambda), Math.toDegrees(Math.atan(tan))};
    }

    /**
     * {@code {re, im}} of the sum over j of {@code coefficients[j - 1] * sin(2j (xi + i eta))}, by Clenshaw's
     * recurrence on complex numbers, which needs the sines and cosines of one angle rather than of six.
     */
    private static double[] sineSeries(double[] coefficients, double xi, double eta) {
        double sin = Math.sin(2 * xi);
        double cos = Math.cos(2 * xi);
        double sinh = Math.sinh(2 * eta);
        double cosh = Math.cosh(2 * eta);
        // a = 2 cos(2 zeta); the terms y(k) = a y(k+1) - y(k+2) + c(k) run from the last coefficient down.
        double aRe = 2 * cos * cosh;
        double aIm = -2 * sin * sinh;
        double yRe = 0;
        double yIm = 0;
        double nextRe = 0;
        double nextIm = 0;
        for (int k = coefficients.length - 1; k >= 0; k--) {
            double re = aRe * yRe - aIm * yIm - nextRe + coefficients[k];
            double im = aRe * yIm + aIm * yRe - nextIm;
            nextRe = yRe;
            nextIm = yIm;
            yRe = re;
            yIm = im;
        }
        // The sum is y(1) sin(2 zeta).
        double sinRe = sin * cosh;
        double sinIm = cos * sinh;
        return new double[] {yRe * sinRe - yIm * sinIm, yRe * sinIm + yIm * sinRe};
    }

    /** The tangent of the conformal latitude whose geographic latitude has tangent {@code tan}. */
    private static double conformalTangent(double tan) {
        double secant = Math.hypot(1, tan);
        double sigma = Math.sinh(E * atanh(E * tan / secant));
        return Math.hypot(1, sigma) * tan - sigma * secant;
    }

    /** The inverse of conformalTangent by Newton's method, which converges in two or three steps. */
    private static double geographicTangent(double conformalTan) {
        double tan = conformalTan / (1 - E2);
        for (int i = 0; i < 10; i++) {
            double estimate = conformalTangent(tan);
            double step = (conformalTan - estimate) * (1 + (1 - E2) * tan * tan)
                    / ((1 - E2) * Math.hypot(1, tan) * Math.hypot(1, estimate));
            tan += step;
            if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(tan))) {
                break;
            }
        }
        return tan;
    }

    private static double asinh(double x) {
        double magnitude = Math.abs(x);
        return Math.copySign(Math.log1p(magnitude * (1 + magnitude / (Math.hypot(1, magnitude) + 1))), x);
    }

    private static double atanh(double x) {
        return 0.5 * Math.log1p(2 * x / (1 - x));
    }
}
