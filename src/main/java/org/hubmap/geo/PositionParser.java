package org.hubmap.geo;

import java.util.Objects;
import java.util.Optional;

/**
 * Reads a position typed by a person, in degrees or as a grid reference, on WGS84:
 * <ul>
 * <li>decimal degrees: {@code 50.4501 30.5234}, {@code 50.4501, 30.5234}, {@code -33.92 18.42},
 * {@code 50.4501N 30.5234E}, {@code N50.4501 E30.5234}, {@code 50.4501° N 30.5234° E};</li>
 * <li>degrees, minutes and seconds or degrees and decimal minutes: {@code 50°27'0.4"N 30°31'24.2"E} (also with
 * {@code ′ ″}), {@code 50 27 0.4 N 30 31 24.2 E}, {@code 50°27.006'N 30°31.404'E};</li>
 * <li>MGRS, 100 km to 1 m: {@code 36U UA 24182 91607}, {@code 36UUA 24182 91607}, {@code 36UUA2418291607},
 * {@code 36U UA 241 916};</li>
 * <li>UTM, metres: {@code 36U 324182 5591608}.</li>
 * </ul>
 * Without hemisphere letters latitude comes first; with them, either order. An MGRS reference gives the centre of
 * its square. The letter after a UTM zone is a latitude band as in MGRS, with N also read as "north"; see
 * {@link GridReferenceParser} for both rules.
 */
public final class PositionParser {
    private PositionParser() {
    }

    /** The position {@code text} denotes; a {@link PositionParseException} says what was not understood. */
    public static GeoPosition parse(String text) throws PositionParseException {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new PositionParseException(text, 0, "nothing to read");
        }
        Optional<GeoPosition> grid = GridReferenceParser.parse(text);
        return grid.isPresent() ? grid.get() : DegreesParser.parse(text);
    }
}
