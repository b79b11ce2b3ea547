package org.hubmap.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Turns a smooth curve on the ellipsoid into vertices that, joined by straight chords on a Web Mercator map at a
 * given zoom, stay within {@value #TOLERANCE_PIXELS} pixel of the curve. The curve is split at most every
 * {@value #LONGEST_STEP_METRES} m of its parameter, and then each chord is halved while the curve's point halfway
 * along it lies more than {@value #MIDDLE_TOLERANCE_PIXELS} pixel off it. For the gently and evenly bent lines of a
 * grid the curve is farthest from a chord near the chord's middle, and the margin between the two tolerances covers
 * the rest.
 */
final class ChordTracer {
    /** How far a chord may stray from the curve, in pixels at the zoom traced for. */
    static final double TOLERANCE_PIXELS = 0.25;
    /** How far the curve's point halfway along a chord may lie from it, in pixels. */
    private static final double MIDDLE_TOLERANCE_PIXELS = 0.2;
    /** The longest first step along the curve, in metres of its parameter. */
    private static final double LONGEST_STEP_METRES = 100_000;
    /** How many times a first step may be halved: 2^-30 of 100 km is 0.1 mm. */
    private static final int DEEPEST_HALVING = 30;

    private ChordTracer() {
    }

    /**
     * The vertices of {@code curve} from parameter {@code from} to {@code to} (in metres, from below to), the first
     * and last at those ends, for drawing at Web Mercator {@code zoom} or below.
     */
    static List<GeoPosition> trace(DoubleFunction<GeoPosition> curve, double from, double to, double zoom) {
        int steps = Math.max(1, (int) Math.ceil((to - from) / LONGEST_STEP_METRES));
        List<GeoPosition> vertices = new ArrayList<>();
        GeoPosition start = curve.apply(from);
        vertices.add(start);
        for (int i = 1; i <= steps; i++) {
            double stepFrom = from + (to - from) * (i - 1) / steps;
            double stepTo = i == steps ? to : from + (to - from) * i / steps;
            GeoPosition end = curve.apply(stepTo);
            halve(curve, stepFrom, start, stepTo, end, zoom, DEEPEST_HALVING, vertices);
            start = end;
        }
        return vertices;
    }

    /** Adds the vertices after {@code start} up to and with {@code end}. */
    private static void halve(DoubleFunction<GeoPosition> curve, double from, GeoPosition start, double to,
            GeoPosition end, double zoom, int depth, List<GeoPosition> vertices) {
        double half = (from + to) / 2;
        GeoPosition middle = curve.apply(half);
        if (depth > 0 && offChordPixels(middle, start, end, zoom) > MIDDLE_TOLERANCE_PIXELS) {
            halve(curve, from, start, half, middle, zoom, depth - 1, vertices);
            halve(curve, half, middle, to, end, zoom, depth - 1, vertices);
        } else {
            vertices.add(end);
        }
    }

    /** The distance in pixels at {@code zoom} from {@code p} to the chord from {@code a} to {@code b}. */
    static double offChordPixels(GeoPosition p, GeoPosition a, GeoPosition b, double zoom) {
        double ax = WebMercator.lonToPixelX(a.lonDegrees(), zoom);
        double ay = WebMercator.latToPixelY(a.latDegrees(), zoom);
        double dx = WebMercator.lonToPixelX(b.lonDegrees(), zoom) - ax;
        double dy = WebMercator.latToPixelY(b.latDegrees(), zoom) - ay;
        double px = WebMercator.lonToPixelX(p.lonDegrees(), zoom) - ax;
        double py = WebMercator.latToPixelY(p.latDegrees(), zoom) - ay;
        double lengthSquared = dx * dx + dy * dy;
        double along = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / lengthSquared));
        return Math.hypot(px - along * dx, py - along * dy);
    }
}
