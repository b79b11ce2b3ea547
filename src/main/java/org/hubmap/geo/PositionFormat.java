package org.hubmap.geo;

import java.util.Locale;

/**
 * The ways HubMap writes a position for people. Every text here reads back through {@link PositionParser} to the
 * same place within the format's resolution: about 1 m for decimal degrees, 3 m for DMS, the 1 m square for MGRS
 * and 1 m for UTM. Degrees put latitude first, as people read them, with hemisphere letters.
 */
public enum PositionFormat {
    /** Degrees to five decimals (about 1 m): {@code 50.45010°N 30.52340°E}. */
    DECIMAL_DEGREES("degrees") {
        @Override
        public String format(GeoPosition position) {
            long lat = Math.round(position.latDegrees() * DECIMAL_STEPS);
            long lon = Math.round(position.lonDegrees() * DECIMAL_STEPS);
            return String.format(Locale.ROOT, "%.5f°%c %.5f°%c", Math.abs(lat) / (double) DECIMAL_STEPS,
                    lat < 0 ? 'S' : 'N', Math.abs(lon) / (double) DECIMAL_STEPS, lon < 0 ? 'W' : 'E');
        }
    },
    /** Degrees, minutes and seconds to a tenth of a second (about 3 m): {@code 50°27'00.4"N 30°31'24.2"E}. */
    DEGREES_MINUTES_SECONDS("DMS") {
        @Override
        public String format(GeoPosition position) {
            return dms(position.latDegrees(), 'N', 'S') + " " + dms(position.lonDegrees(), 'E', 'W');
        }
    },
    /** MGRS to 1 m, the south-west corner of the square that holds the position: {@code 36U UA 24182 91607}. */
    MGRS("MGRS") {
        @Override
        public String format(GeoPosition position) {
            return MgrsFormat.format(position.lonDegrees(), position.latDegrees());
        }
    },
    /** UTM zone, band, easting and northing rounded to the metre: {@code 36U 324182 5591608}. */
    UTM("UTM") {
        @Override
        public String format(GeoPosition position) {
            return UtmCoordinate.of(position).map(UtmCoordinate::text).orElse("");
        }
    };

    private static final long DECIMAL_STEPS = 100_000;
    private static final long TENTHS_OF_SECOND_PER_DEGREE = 36_000;
    private static final long TENTHS_OF_SECOND_PER_MINUTE = 600;

    private final String label;

    PositionFormat(String label) {
        this.label = label;
    }

    /** A short name for people: {@code degrees}, {@code DMS}, {@code MGRS}, {@code UTM}. */
    public String label() {
        return label;
    }

    /** The position as text; empty where the format is undefined (MGRS and UTM beyond 84°N and 80°S). */
    public abstract String format(GeoPosition position);

    private static String dms(double degrees, char positive, char negative) {
        long tenths = Math.round(Math.abs(degrees) * TENTHS_OF_SECOND_PER_DEGREE);
        return String.format(Locale.ROOT, "%d°%02d'%02d.%d\"%c", tenths / TENTHS_OF_SECOND_PER_DEGREE,
                tenths / TENTHS_OF_SECOND_PER_MINUTE % 60, tenths / 10 % 60, tenths % 10,
                degrees < 0 && tenths > 0 ? negative : positive);
    }
}
