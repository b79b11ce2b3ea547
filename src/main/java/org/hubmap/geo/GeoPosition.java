package org.hubmap.geo;

/**
 * A position on the WGS84 ellipsoid in degrees: longitude in [-180, 180], east positive, and latitude in [-90, 90],
 * north positive. Longitude comes first, as in GeoJSON; only text meant for people puts latitude first.
 */
public record GeoPosition(double lonDegrees, double latDegrees) {
    public GeoPosition {
        if (!(lonDegrees >= -180 && lonDegrees <= 180)) {
            throw new IllegalArgumentException("longitude must be within -180..180 degrees: " + lonDegrees);
        }
        if (!(latDegrees >= -90 && latDegrees <= 90)) {
            throw new IllegalArgumentException("latitude must be within -90..90 degrees: " + latDegrees);
        }
    }
}
