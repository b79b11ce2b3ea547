package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.hubmap.model.Layout;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

class FeatureHitTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static Layout twoFeatures() {
        return new Layout("t", List.of(
                LayoutRendererTest.feature("depot", "active", "D", GEOMETRY.createPoint(new Coordinate(30.22, 48.75))),
                LayoutRendererTest.feature("monitoring-zone", "active", "Z", GEOMETRY.createPolygon(new Coordinate[] {
                    new Coordinate(30, 48), new Coordinate(31, 48), new Coordinate(31, 49), new Coordinate(30, 49),
                    new Coordinate(30, 48)}))));
    }

    @Test
    void findsTheSymbolUnderThePointerBeforeTheZoneUnderIt() {
        FeatureMarks marks = FeatureMarks.of(List.of(twoFeatures()), Set.of());
        double x = MercatorGeometry.worldX(30.22);
        double y = MercatorGeometry.worldY(48.75);
        assertEquals(0, marks.hitTest(x, y, 6, 6).orElseThrow().featureIndex());
        double zoneOnly = MercatorGeometry.worldX(30.8);
        assertEquals(1, marks.hitTest(zoneOnly, y, 6, 6).orElseThrow().featureIndex());
        assertTrue(marks.hitTest(MercatorGeometry.worldX(35), y, 6, 6).isEmpty());
    }

    @Test
    void aBoxSelectsWhatLiesWhollyInsideIt() {
        FeatureMarks marks = FeatureMarks.of(List.of(twoFeatures()), Set.of());
        Envelope box = new Envelope(MercatorGeometry.worldX(30.1), MercatorGeometry.worldX(30.4),
                MercatorGeometry.worldY(48.9), MercatorGeometry.worldY(48.6));
        assertEquals(List.of(0), marks.within(box).stream().map(FeatureHit::featureIndex).toList());
    }
}
