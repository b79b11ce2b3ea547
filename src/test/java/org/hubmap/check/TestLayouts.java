package org.hubmap.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Small hand-made layouts for the checks' tests, in longitude/latitude degrees. */
final class TestLayouts {
    static final GeometryFactory GEOMETRY = new GeometryFactory();

    private TestLayouts() {
    }

    static Layout layout(LayoutFeature... features) {
        return new Layout("test", List.of(features));
    }

    static LayoutFeature hub(String id, String name, double lon, double lat) {
        return point(id, "hub", name, lon, lat);
    }

    static LayoutFeature depot(String id, String name, double lon, double lat) {
        return point(id, "depot", name, lon, lat);
    }

    static LayoutFeature depot(String id, String name, LonLat position) {
        return depot(id, name, position.lon(), position.lat());
    }

    static LayoutFeature point(Object id, String kind, String name, double lon, double lat) {
        return new LayoutFeature(id, properties(kind, name, "UKR"), GEOMETRY.createPoint(new Coordinate(lon, lat)));
    }

    /** A zone covering the longitude/latitude box, its edges straight in degrees. */
    static LayoutFeature zone(String id, String name, String nation, double west, double south, double east,
            double north) {
        return zone(id, name, nation, box(west, south, east, north));
    }

    static LayoutFeature zone(String id, String name, String nation, Geometry area) {
        return new LayoutFeature(id, properties("monitoring-zone", name, nation), area);
    }

    static Polygon box(double west, double south, double east, double north) {
        return GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(west, south), new Coordinate(east, south),
            new Coordinate(east, north), new Coordinate(west, north), new Coordinate(west, south)});
    }

    /** The point {@code metres} from ({@code lon}, {@code lat}) along the geodesic leaving at {@code azimuth}. */
    static LonLat away(double lon, double lat, double azimuthDegrees, double metres) {
        GeodesicData end = Geodesic.WGS84.Direct(lat, lon, azimuthDegrees, metres);
        return new LonLat(end.lon2, end.lat2);
    }

    private static Map<String, Object> properties(String kind, String name, String nation) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("kind", kind);
        if (name != null) {
            properties.put("name", name);
        }
        if (nation != null) {
            properties.put("nation", nation);
        }
        return properties;
    }
}
