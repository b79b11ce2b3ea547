package org.hubmap.render;

import static org.hubmap.render.LayoutRendererTest.feature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.FeatureStatus;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** Picking features with a click or a rubber band, as the editor does. */
class FeatureHitTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final int ZOOM = 9;
    private static final double SCALE = MercatorGeometry.scale(ZOOM);

    private static Point point(double lon, double lat) {
        return GEOMETRY.createPoint(new Coordinate(lon, lat));
    }

    /** An axis-aligned square zone of {@code half} degrees either side of a centre. */
    private static Polygon square(double lon, double lat, double half) {
        return GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(lon - half, lat - half),
            new Coordinate(lon + half, lat - half), new Coordinate(lon + half, lat + half),
            new Coordinate(lon - half, lat + half), new Coordinate(lon - half, lat - half)});
    }

    private static FeatureMarks marks(Set<LayoutFeature> selected, LayoutFeature... features) {
        return FeatureMarks.of(List.of(new Layout("t", List.of(features))), selected);
    }

    /** The world position (zoom 0) of screen pixel offset (dx, dy) at {@link #ZOOM} from a place. */
    private static Optional<FeatureHit> click(FeatureMarks marks, double lon, double lat, double dx, double dy,
            double tolerance) {
        return marks.hitTest(MercatorGeometry.worldX(lon) + dx / SCALE, MercatorGeometry.worldY(lat) + dy / SCALE,
                ZOOM, tolerance);
    }

    @Test
    void aClickOnASymbolFindsItsFeature() {
        LayoutFeature hub = feature("hub", "active", "Hub", point(30.5, 50.4));
        LayoutFeature depot = feature("depot", "active", "Depot", point(30.7, 50.4));
        FeatureMarks marks = marks(Set.of(), hub, depot);
        FeatureHit hit = click(marks, 30.7, 50.4, 3, -2, 0).orElseThrow();
        assertSame(depot, hit.feature());
        assertEquals(0, hit.layoutIndex());
        assertEquals(1, hit.featureIndex());
        assertTrue(click(marks, 30.6, 50.4, 0, 0, 3).isEmpty(), "nothing between them");
    }

    @Test
    void theToleranceGrowsTheSymbolsBox() {
        LayoutFeature hub = feature("hub", "active", "Hub", point(30.5, 50.4));
        FeatureMarks marks = marks(Set.of(), hub);
        double halfWidth = Symbology.point(FeatureKind.HUB, FeatureStatus.ACTIVE).widthPixels() / 2 + 1;
        assertTrue(click(marks, 30.5, 50.4, halfWidth + 3, 0, 0).isEmpty(), "3 px right of the frame");
        assertSame(hub, click(marks, 30.5, 50.4, halfWidth + 3, 0, 4).orElseThrow().feature());
    }

    @Test
    void theTopMostSymbolWins() {
        LayoutFeature depot = feature("depot", "active", "Depot", point(30.5, 50.4));
        LayoutFeature hub = feature("hub", "active", "Hub", point(30.5001, 50.4));
        assertSame(hub, click(marks(Set.of(), depot, hub), 30.5, 50.4, 0, 0, 0).orElseThrow().feature(),
                "hubs are drawn over depots");
        assertSame(depot, click(marks(Set.of(depot), depot, hub), 30.5, 50.4, 0, 0, 0).orElseThrow().feature(),
                "the selection is drawn over everything");
    }

    @Test
    void aSymbolInsideAZoneIsPickedBeforeTheZone() {
        LayoutFeature zone = feature("monitoring-zone", "active", "Zone", square(30.5, 50.4, 0.2));
        LayoutFeature hub = feature("hub", "active", "Hub", point(30.5, 50.4));
        FeatureMarks marks = marks(Set.of(), zone, hub);
        assertSame(hub, click(marks, 30.5, 50.4, 0, 0, 2).orElseThrow().feature());
        assertSame(zone, click(marks, 30.6, 50.3, 0, 0, 2).orElseThrow().feature(), "inside, off the symbol");
    }

    @Test
    void aZoneBoundaryIsHitWithinTheTolerance() {
        LayoutFeature zone = feature("monitoring-zone", "planned", "Zone", square(30.5, 50.4, 0.2));
        FeatureMarks marks = marks(Set.of(), zone);
        double edgeX = SCALE * MercatorGeometry.worldX(30.7);
        double outside = 4;
        assertTrue(marks.hitTest((edgeX + outside) / SCALE, MercatorGeometry.worldY(50.4), ZOOM, 1).isEmpty());
        assertSame(zone, marks.hitTest((edgeX + outside) / SCALE, MercatorGeometry.worldY(50.4), ZOOM, 3)
                .orElseThrow().feature(), "4 px out is within 3 px and half the 2.5 px line");
    }

    @Test
    void ofNestedZonesTheSmallestAroundTheClickWins() {
        LayoutFeature large = feature("monitoring-zone", "active", "Large", square(30.5, 50.4, 0.5));
        LayoutFeature small = feature("monitoring-zone", "active", "Small", square(30.5, 50.4, 0.1));
        FeatureMarks marks = marks(Set.of(), small, large);
        assertSame(small, click(marks, 30.5, 50.4, 0, 0, 2).orElseThrow().feature());
        assertSame(large, click(marks, 30.8, 50.4, 0, 0, 2).orElseThrow().feature());
    }

    @Test
    void theNearerOfTwoBoundariesWins() {
        // Edges at 30.48 and 30.52 degrees, about 7 px either side of 30.5 at zoom 9.
        LayoutFeature west = feature("monitoring-zone", "active", "West", square(30.28, 50.4, 0.2));
        LayoutFeature east = feature("monitoring-zone", "active", "East", square(30.72, 50.4, 0.2));
        FeatureMarks marks = marks(Set.of(), west, east);
        double middleX = SCALE * MercatorGeometry.worldX(30.5);
        double y = MercatorGeometry.worldY(50.4);
        assertSame(west, marks.hitTest((middleX - 2) / SCALE, y, ZOOM, 10).orElseThrow().feature());
        assertSame(east, marks.hitTest((middleX + 2) / SCALE, y, ZOOM, 10).orElseThrow().feature());
    }

    @Test
    void featuresNotDrawnAtTheZoomAreNotHit() {
        LayoutFeature depot = feature("depot", "active", "Depot", point(30.5, 50.4));
        FeatureMarks marks = marks(Set.of(), depot);
        int depotZoom = Symbology.point(FeatureKind.DEPOT, FeatureStatus.ACTIVE).minZoom();
        double x = MercatorGeometry.worldX(30.5);
        double y = MercatorGeometry.worldY(50.4);
        assertTrue(marks.hitTest(x, y, depotZoom - 0.01, 2).isEmpty());
        assertSame(depot, marks.hitTest(x, y, depotZoom, 2).orElseThrow().feature());
    }

    @Test
    void aRubberBandSelectsWhatLiesWhollyInsideIt() {
        LayoutFeature inside = feature("hub", "active", "Inside", point(30.5, 50.4));
        LayoutFeature outside = feature("hub", "active", "Outside", point(31.5, 50.4));
        LayoutFeature zoneInside = feature("monitoring-zone", "active", "Zone in", square(30.6, 50.3, 0.05));
        LayoutFeature zoneAcross = feature("monitoring-zone", "active", "Zone across", square(31.0, 50.4, 0.3));
        FeatureMarks marks = marks(Set.of(), zoneAcross, outside, zoneInside, inside);
        Envelope band = new Envelope(MercatorGeometry.worldX(30.2), MercatorGeometry.worldX(31.1),
                MercatorGeometry.worldY(50.6), MercatorGeometry.worldY(50.1));
        List<FeatureHit> hits = marks.within(band, ZOOM);
        assertEquals(List.of(zoneInside, inside), hits.stream().map(FeatureHit::feature).toList(),
                "in file order");
        assertEquals(List.of(2, 3), hits.stream().map(FeatureHit::featureIndex).toList());
        assertTrue(marks.within(band, 3).isEmpty(), "nothing is drawn at zoom 3");
    }

    @Test
    void nothingOnTheMapHitsNothing() {
        assertTrue(FeatureMarks.none().hitTest(150, 90, ZOOM, 5).isEmpty());
        assertTrue(FeatureMarks.none().within(new Envelope(0, 256, 0, 256), ZOOM).isEmpty());
    }
}
