package org.hubmap.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Small hand-made features and layouts for comparing and merging, in longitude/latitude degrees. */
final class TestFeatures {
    static final GeometryFactory GEOMETRY = new GeometryFactory();

    private TestFeatures() {
    }

    static Layout layout(LayoutFeature... features) {
        return new Layout("test.geojson", List.of(features));
    }

    static LayoutFeature hub(Object id, String name, double lon, double lat) {
        return point(id, "hub", name, lon, lat);
    }

    static LayoutFeature point(Object id, String kind, String name, double lon, double lat) {
        return new LayoutFeature(id, properties(kind, name), GEOMETRY.createPoint(new Coordinate(lon, lat)));
    }

    /** A zone covering the longitude/latitude box. */
    static LayoutFeature zone(Object id, String name, double west, double south, double east, double north) {
        return new LayoutFeature(id, properties("monitoring-zone", name), box(west, south, east, north));
    }

    static Polygon box(double west, double south, double east, double north) {
        return GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(west, south), new Coordinate(east, south),
            new Coordinate(east, north), new Coordinate(west, north), new Coordinate(west, south)});
    }

    /** Kind, name, status planned and nation UKR, in that order. */
    static Map<String, Object> properties(String kind, String name) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(FeatureSchema.KIND, kind);
        properties.put(FeatureSchema.NAME, name);
        properties.put(FeatureSchema.STATUS, "planned");
        properties.put(FeatureSchema.NATION, "UKR");
        return properties;
    }

    /** {@code feature} with another id (null for none), as a colleague's tool might write it. */
    static LayoutFeature withId(LayoutFeature feature, Object id) {
        return LayoutFeature.builder().id(id).properties(feature.properties())
                .geometry(feature.geometry().orElse(null)).build();
    }

    /** {@code feature}, a point, moved {@code metres} along the geodesic leaving at {@code azimuthDegrees}. */
    static LayoutFeature movedPoint(LayoutFeature feature, double azimuthDegrees, double metres) {
        Coordinate at = feature.geometry().orElseThrow().getCoordinate();
        GeodesicData end = Geodesic.WGS84.Direct(at.y, at.x, azimuthDegrees, metres);
        return feature.withGeometry(GEOMETRY.createPoint(new Coordinate(end.lon2, end.lat2)));
    }
}
