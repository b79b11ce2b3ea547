package org.hubmap.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * Country outlines from the basemap bundled with the application ({@code maps/countries.geojson}, copied to the
 * class path as {@code /basemap/countries.geojson}): land territory as Polygons or MultiPolygons in
 * longitude/latitude degrees (WGS84), Ukraine within its internationally recognised borders, Crimea included.
 */
public final class CountryOutline {
    private static final String RESOURCE = "/basemap/countries.geojson";
    private static final String UKRAINE = "UKR";

    private static Geometry ukraine;

    private CountryOutline() {
    }

    /** Ukraine's outline, read from the bundled file at the first call and kept for the later ones. */
    public static synchronized Geometry ukraine() throws IOException {
        if (ukraine == null) {
            ukraine = bundled(UKRAINE);
        }
        return ukraine;
    }

    /** The outline of the country whose {@code iso_a3} property is {@code isoA3} in the bundled file. */
    static Geometry bundled(String isoA3) throws IOException {
        try (InputStream in = CountryOutline.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new NoSuchFileException(RESOURCE.substring(1), null, "not bundled with the application");
            }
            return find(GeoJsonFeatureReader.read(in, RESOURCE.substring(1)), isoA3);
        }
    }

    private static Geometry find(List<GeoJsonFeature> countries, String isoA3) throws IOException {
        for (GeoJsonFeature country : countries) {
            if (country.text("iso_a3").filter(isoA3::equals).isPresent()) {
                return country.geometry();
            }
        }
        throw new IOException(RESOURCE.substring(1) + ": no country with iso_a3 \"" + isoA3 + "\"");
    }
}
