package org.hubmap.io;

import static org.hubmap.io.DiagnosticCode.CRS_IGNORED;
import static org.hubmap.io.DiagnosticCode.CRS_NOT_WGS84;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code crs} member of the 2008 GeoJSON specification, which RFC 7946 dropped: every RFC 7946 position is
 * WGS84 longitude and latitude. A {@code crs} that names WGS84 is accepted with a warning; any other is refused,
 * because reading its numbers as degrees would put every feature in the wrong place.
 */
final class CrsMember {
    private static final Set<String> WGS84_NAMES = Set.of("urn:ogc:def:crs:ogc:1.3:crs84", "urn:ogc:def:crs:ogc::crs84",
            "crs84", "epsg:4326", "urn:ogc:def:crs:epsg::4326", "urn:ogc:def:crs:epsg:4326",
            "http://www.opengis.net/def/crs/ogc/1.3/crs84", "http://www.opengis.net/def/crs/epsg/0/4326");

    private CrsMember() {
    }

    /** Warns of an obsolete WGS84 {@code crs}, or throws for any other. {@code value} is the member's JSON. */
    static void check(Object value, JsonPlace place, Warnings warnings) throws GeoJsonSyntaxError {
        if (value == null) {
            warnings.add(CRS_IGNORED, place, "\"crs\": null is a GeoJSON 2008 member that RFC 7946 dropped; ignored");
            return;
        }
        String name = nameOf(value);
        if (name != null && WGS84_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
            warnings.add(CRS_IGNORED, place, "\"crs\" is a GeoJSON 2008 member that RFC 7946 dropped; it names " + name
                    + ", which is WGS84 longitude/latitude as RFC 7946 assumes, so it is kept and ignored");
            return;
        }
        throw new GeoJsonSyntaxError(CRS_NOT_WGS84, place, "\"crs\" names "
                + (name == null ? "a coordinate system HubMap cannot"
                + " identify" : name) + "; RFC 7946 layouts are WGS84 longitude/latitude only: reproject the file"
                + " (for example ogr2ogr -f GeoJSON -t_srs EPSG:4326 out.geojson in.geojson)");
    }

    private static String nameOf(Object value) {
        if (value instanceof Map<?, ?> crs && "name".equals(crs.get("type"))
                && crs.get("properties") instanceof Map<?, ?> named
                && named.get("name") instanceof String name) {
            return name;
        }
        return null;
    }
}
