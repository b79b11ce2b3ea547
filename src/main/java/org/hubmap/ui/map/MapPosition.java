package org.hubmap.ui.map;

import java.util.Locale;
import org.hubmap.geo.MgrsFormat;

/** A point on the map in degrees of longitude and latitude (WGS84). */
public record MapPosition(double lon, double lat) {

    /** Decimal degrees with hemisphere letters, latitude first as people read it: {@code 50.45012° N  30.52340° E}. */
    public String degreesText() {
        return String.format(Locale.ROOT, "%.5f° %s  %.5f° %s", Math.abs(lat), lat < 0 ? "S" : "N",
                Math.abs(lon), lon < 0 ? "W" : "E");
    }

    /** The MGRS reference to one metre, such as {@code 36U UU 12345 67890}; empty where MGRS is undefined. */
    public String mgrsText() {
        return MgrsFormat.format(lon, lat);
    }
}
