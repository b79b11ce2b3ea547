package org.hubmap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.hubmap.geo.GeoPosition;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class SitesNearbyTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static LayoutFeature site(String kind, String name, double lon, double lat) {
        return new LayoutFeature(name, Map.of("kind", kind, "name", name),
                GEOMETRY.createPoint(new Coordinate(lon, lat)));
    }

    @Test
    void findsTheHubsAndDepotsWithinTenMetresButNotThePlacedSiteItself() {
        LayoutFeature hub = site("hub", "Hub Kyiv", 30.5, 50.45);
        LayoutFeature depot = site("depot", "Depot Near", 30.5, 50.45 + 8 / 111_250.0);
        LayoutFeature far = site("depot", "Depot Far", 30.5, 50.45 + 12 / 111_250.0);
        LayoutFeature zone = site("monitoring-zone", "Zone", 30.5, 50.45);
        LayoutFeature placed = site("depot", "Depot New", 30.5, 50.45);
        Layout layout = new Layout("plan", List.of(hub, depot, far, zone, placed));

        assertEquals(List.of(hub, depot), SitesNearby.at(layout, new GeoPosition(30.5, 50.45), placed));
        assertEquals(List.of(), SitesNearby.at(layout, new GeoPosition(31, 50.45), placed));
    }

    @Test
    void eachPointOfAMultiPointCounts() {
        LayoutFeature multi = new LayoutFeature("m", Map.of("kind", "hub", "name", "Hub Twin"),
                GEOMETRY.createMultiPointFromCoords(new Coordinate[] {new Coordinate(30, 50),
                    new Coordinate(31, 50)}));
        Layout layout = new Layout("plan", List.of(multi));
        assertEquals(List.of(multi), SitesNearby.at(layout, new GeoPosition(31, 50), null));
    }
}
