package org.hubmap.geo;

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
            StringBuilder text = new StringBuilder(24);
            decimal(text, position.latDegrees(), 'N', 'S').append(' ');
            return decimal(text, position.lonDegrees(), 'E', 'W').toString();
        }
    },
    /** Degrees, minutes and seconds to a tenth of a second (about 3 m): {@code 50°27'00.4"N 30°31'24.2"E}. */
    DEGREES_MINUTES_SECONDS("DMS") {
        @Override
        public String format(GeoPosition position) {
            StringBuilder text = new StringBuilder(28);
            dms(text, position.latDegrees(), 'N', 'S').append(' ');
            return dms(text, position.lonDegrees(), 'E', 'W').toString();
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

    private static final int DECIMALS = 5;
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

    private static StringBuilder decimal(StringBuilder text, double degrees, char positive, char negative) {
        long steps = Math.round(Math.abs(degrees) * DECIMAL_STEPS);
        text.append(steps / DECIMAL_STEPS).append('.');
        return DigitText.appendPadded(text, steps % DECIMAL_STEPS, DECIMALS).append('°')
                .append(degrees < 0 && steps > 0 ? negative : positive);
    }

    private static StringBuilder dms(StringBuilder text, double degrees, char positive, char negative) {
        long tenths = Math.round(Math.abs(degrees) * TENTHS_OF_SECOND_PER_DEGREE);
        text.append(tenths / TENTHS_OF_SECOND_PER_DEGREE).append('°');
        DigitText.appendPadded(text, tenths / TENTHS_OF_SECOND_PER_MINUTE % 60, 2).append('\'');
        DigitText.appendPadded(text, tenths / 10 % 60, 2).append('.').append(tenths % 10);
        return text.append('"').append(degrees < 0 && tenths > 0 ? negative : positive);
    }
}
