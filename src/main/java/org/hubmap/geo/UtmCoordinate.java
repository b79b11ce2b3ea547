package org.hubmap.geo;

import java.util.Optional;

/**
 * A position on the Universal Transverse Mercator grid of WGS84: zone 1..60, the MGRS latitude band letter (which
 * also names the hemisphere), easting in metres (500,000 on the zone's central meridian) and northing in metres
 * (from the equator north of it; south of it from 10,000 km south of the equator, so that northings stay
 * positive). The grid covers 80°S to 84°N.
 */
record UtmCoordinate(int zone, char band, double eastingMetres, double northingMetres) {
    static final double FALSE_EASTING_METRES = 500_000;
    static final double SOUTHERN_FALSE_NORTHING_METRES = 10_000_000;
    static final int ZONE_COUNT = 60;

    UtmCoordinate {
        if (zone < 1 || zone > ZONE_COUNT) {
            throw new IllegalArgumentException("UTM zone must be within 1..60: " + zone);
        }
        if (!LatitudeBands.isBand(band)) {
            throw new IllegalArgumentException("not a latitude band letter: " + band);
        }
    }

    /** The grid position in the zone that holds {@code position}; empty beyond 84°N and 80°S. */
    static Optional<UtmCoordinate> of(GeoPosition position) {
        double lat = position.latDegrees();
        if (!LatitudeBands.covers(lat)) {
            return Optional.empty();
        }
        int zone = zoneOf(position.lonDegrees(), lat);
        double[] xy = TransverseMercator.forward(longitudeFromMeridian(position.lonDegrees(), zone), lat);
        double northing = lat < 0 ? xy[1] + SOUTHERN_FALSE_NORTHING_METRES : xy[1];
        return Optional.of(new UtmCoordinate(zone, LatitudeBands.letterOf(lat), xy[0] + FALSE_EASTING_METRES,
                northing));
    }

    /**
     * The zone of a position: six degrees of longitude each from 180°W, a position on a zone edge belonging to the
     * zone east of it, with the exceptions that MGRS and UTM make around Norway (zone 32 widened to 3°E in 56°N..64°N)
     * and Svalbard (zones 31, 33, 35 and 37 only, in 72°N..84°N).
     */
    static int zoneOf(double lonDegrees, double latDegrees) {
        int zone = Math.min(ZONE_COUNT, (int) Math.floor((lonDegrees + 180) / 6) + 1);
        if (latDegrees >= 56 && latDegrees < 64 && lonDegrees >= 3 && lonDegrees < 12) {
            return 32;
        }
        if (latDegrees >= 72 && lonDegrees >= 0 && lonDegrees < 42) {
            if (lonDegrees < 9) {
                return 31;
            } else if (lonDegrees < 21) {
                return 33;
            } else if (lonDegrees < 33) {
                return 35;
            }
            return 37;
        }
        return zone;
    }

    /** The longitude in degrees of a zone's central meridian. */
    static double centralMeridianDegrees(int zone) {
        return 6.0 * zone - 183;
    }

    /** The position on the ellipsoid; the band letter says which hemisphere the northing counts in. */
    GeoPosition toPosition() {
        double y = LatitudeBands.isNorthern(band) ? northingMetres : northingMetres - SOUTHERN_FALSE_NORTHING_METRES;
        double[] lonLat = TransverseMercator.reverse(eastingMetres - FALSE_EASTING_METRES, y);
        double lon = centralMeridianDegrees(zone) + lonLat[0];
        // Zones 1 and 60 reach across the antimeridian.
        if (lon > 180) {
            lon -= 360;
        } else if (lon < -180) {
            lon += 360;
        }
        return new GeoPosition(lon, lonLat[1]);
    }

    /** Zone, band, easting and northing rounded to the metre, such as {@code 36U 324182 5591608}. */
    String text() {
        return new StringBuilder(20).append(zone).append(band).append(' ').append(Math.round(eastingMetres))
                .append(' ').append(Math.round(northingMetres)).toString();
    }

    /** The longitude difference from the zone's central meridian, within -180..180 degrees. */
    private static double longitudeFromMeridian(double lonDegrees, int zone) {
        double difference = lonDegrees - centralMeridianDegrees(zone);
        if (difference > 180) {
            return difference - 360;
        }
        return difference < -180 ? difference + 360 : difference;
    }
}
