package org.hubmap.check;

/** A position on the WGS84 ellipsoid in degrees, longitude first: where the map should go to show a violation. */
public record LonLat(double lon, double lat) {
}
