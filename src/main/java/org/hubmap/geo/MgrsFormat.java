package org.hubmap.geo;

import mil.nga.mgrs.MGRS;
import mil.nga.mgrs.grid.GridType;

/** Military Grid Reference System text for positions, using NGA's reference implementation. */
public final class MgrsFormat {
    private MgrsFormat() {
    }

    /**
     * The MGRS reference of a position to 1 metre, grouped as {@code 36U UU 12345 67890}. MGRS is undefined
     * beyond 84°N and 80°S (the polar UPS zones), where this returns an empty string.
     */
    public static String format(double lonDegrees, double latDegrees) {
        if (latDegrees > 84 || latDegrees < -80 || !Double.isFinite(lonDegrees) || !Double.isFinite(latDegrees)) {
            return "";
        }
        MGRS mgrs = MGRS.from(lonDegrees, latDegrees);
        String en = mgrs.getEastingAndNorthing(GridType.METER);
        String easting = en.substring(0, en.length() / 2);
        String northing = en.substring(en.length() / 2);
        return mgrs.getZone() + "" + mgrs.getBand() + " " + mgrs.getColumnRowId() + " " + easting + " " + northing;
    }
}
