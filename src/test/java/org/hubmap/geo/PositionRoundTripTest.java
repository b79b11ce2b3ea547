package org.hubmap.geo;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every text HubMap writes for a position reads back to that position, over the whole UTM range (80°S to 84°N, all
 * zones), with extra weight on the places where grids change: band edges, the equator, zone edges, the antimeridian
 * and the wider zones of Norway and Svalbard.
 */
class PositionRoundTripTest {
    private static final int RANDOM_POSITIONS = 40_000;
    private static final long SEED = 20_261_207L;
    /** Nudges either side of an edge, in degrees: from a few nanometres to about ten metres. */
    private static final double[] NUDGES = {0, 1e-12, -1e-12, 1e-9, -1e-9, 1e-7, -1e-7, 1e-4, -1e-4};
    private static final double[] SPECIAL_LONGITUDES = {0, 3, 9, 12, 21, 33, 42, 180, -180};
    private static final double[] SPECIAL_LATITUDES = {56, 64, 72, 84, -80, 0};
    /** Half the last step of decimal degrees and of DMS (a tenth of a second), in degrees. */
    private static final double DECIMAL_HALF_STEP = 0.5e-5;
    private static final double DMS_HALF_STEP = 0.05 / 3600;
    private static final double DEGREE_SLACK = 1e-9;

    @ParameterizedTest
    @EnumSource(PositionFormat.class)
    void everyTextReadsBackToItsPosition(PositionFormat format) {
        List<String> failures = new ArrayList<>();
        for (GeoPosition p : positions()) {
            String text = format.format(p);
            if (text.isEmpty()) {
                continue;
            }
            try {
                GeoPosition back = PositionParser.parse(text);
                String fault = fault(format, p, back);
                if (fault != null) {
                    failures.add(p + " -> " + text + ": " + fault);
                }
            } catch (PositionParseException e) {
                failures.add(p + " -> " + text + ": " + e.problem());
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " positions did not come back, such as:\n"
                    + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        }
    }

    /** Why {@code back} is not close enough to {@code p} for {@code format}, or null when it is. */
    private static String fault(PositionFormat format, GeoPosition p, GeoPosition back) {
        double metres = GeodesicDistance.metres(p, back);
        return switch (format) {
            // Half a step of 0.00001° in each axis: at most 0.79 m.
            case DECIMAL_DEGREES -> metres <= 1 && withinDegrees(p, back, DECIMAL_HALF_STEP) ? null : metres + " m";
            // Half a tenth of a second in each axis, at most 2.2 m: DMS to 0.1" cannot promise 1 m.
            case DEGREES_MINUTES_SECONDS -> withinDegrees(p, back, DMS_HALF_STEP) ? null : metres + " m";
            // The centre of the 1 m square, half its diagonal away, and NGA's 3 cm, scaled at most 0.1% on the ground.
            case MGRS, UTM -> metres <= 1 ? null : metres + " m";
        };
    }

    private static boolean withinDegrees(GeoPosition p, GeoPosition back, double halfStep) {
        double lonDifference = Math.abs(p.lonDegrees() - back.lonDegrees());
        return Math.abs(p.latDegrees() - back.latDegrees()) <= halfStep + DEGREE_SLACK
                && Math.min(lonDifference, 360 - lonDifference) <= halfStep + DEGREE_SLACK;
    }

    private static List<GeoPosition> positions() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<GeoPosition> positions = new ArrayList<>();
        for (int i = 0; i < RANDOM_POSITIONS; i++) {
            positions.add(new GeoPosition(random.nextDouble(-180, 180), random.nextDouble(-80, 84)));
        }
        for (double lat = -80; lat <= 84; lat += 8) {
            for (double nudge : NUDGES) {
                positions.add(clamped(random.nextDouble(-180, 180), lat + nudge));
            }
        }
        for (double lon = -180; lon <= 180; lon += 6) {
            for (double nudge : NUDGES) {
                positions.add(clamped(lon + nudge, random.nextDouble(-80, 84)));
                positions.add(clamped(lon + nudge, nudge));
            }
        }
        for (double lon : SPECIAL_LONGITUDES) {
            for (double lat : SPECIAL_LATITUDES) {
                for (double lonNudge : NUDGES) {
                    for (double latNudge : NUDGES) {
                        positions.add(clamped(lon + lonNudge, lat + latNudge));
                    }
                }
            }
        }
        return positions;
    }

    private static GeoPosition clamped(double lon, double lat) {
        return new GeoPosition(Math.max(-180, Math.min(180, lon)), Math.max(-90, Math.min(90, lat)));
    }
}
