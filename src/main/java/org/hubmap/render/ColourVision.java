package org.hubmap.render;

import java.awt.Color;

/**
 * How colours look to people with deuteranopia, the most common colour-vision deficiency, by the model of Machado,
 * Oliveira and Fernandes (2009) at full severity, applied in linear RGB. Used to check that the symbology's status
 * colours stay apart, and to make simulated views of screenshots.
 */
public final class ColourVision {
    private static final double[][] DEUTERANOPIA = {
        {0.367322, 0.860646, -0.227968},
        {0.280085, 0.672501, 0.047413},
        {-0.011820, 0.042940, 0.968881}};

    private ColourVision() {
    }

    /** {@code colour} as seen with deuteranopia; alpha is kept. */
    public static Color deuteranopia(Color colour) {
        double r = linear(colour.getRed());
        double g = linear(colour.getGreen());
        double b = linear(colour.getBlue());
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = DEUTERANOPIA[i][0] * r + DEUTERANOPIA[i][1] * g + DEUTERANOPIA[i][2] * b;
        }
        return new Color(gamma(out[0]), gamma(out[1]), gamma(out[2]), colour.getAlpha());
    }

    /** The CIE76 colour difference (Delta E) of two colours, in CIELAB under D65; about 2.3 is just noticeable. */
    public static double difference(Color a, Color b) {
        double[] la = lab(a);
        double[] lb = lab(b);
        return Math.sqrt(Math.pow(la[0] - lb[0], 2) + Math.pow(la[1] - lb[1], 2) + Math.pow(la[2] - lb[2], 2));
    }

    private static double[] lab(Color c) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        double fx = labCurve(x);
        double fy = labCurve(y);
        double fz = labCurve(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double labCurve(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int gamma(double linear) {
        double c = Math.max(0, Math.min(1, linear));
        double v = c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
        return (int) Math.round(v * 255);
    }
}
