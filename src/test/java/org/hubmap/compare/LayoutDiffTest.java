package org.hubmap.compare;

import static org.hubmap.compare.TestFeatures.GEOMETRY;
import static org.hubmap.compare.TestFeatures.box;
import static org.hubmap.compare.TestFeatures.hub;
import static org.hubmap.compare.TestFeatures.layout;
import static org.hubmap.compare.TestFeatures.movedPoint;
import static org.hubmap.compare.TestFeatures.point;
import static org.hubmap.compare.TestFeatures.withId;
import static org.hubmap.compare.TestFeatures.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubmap.geo.CircleZone;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.GeodesicCircle;
import org.hubmap.geo.GeodesicShift;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;

class LayoutDiffTest {
    private static final LayoutFeature KYIV = hub("hub-kyiv", "Hub Kyiv", 30.5234, 50.4501);
    private static final LayoutFeature LVIV = hub("hub-lviv", "Hub Lviv", 24.0297, 49.8397);
    private static final LayoutFeature ODESA = hub("hub-odesa", "Hub Odesa", 30.7233, 46.4825);

    @Test
    void featuresOnlyOneSideHasAreAddedOrRemovedInTheirLayoutsOrder() {
        LayoutFeature dnipro = hub("hub-dnipro", "Hub Dnipro", 35.0462, 48.4647);
        LayoutDiff diff = LayoutDiff.between(layout(KYIV, LVIV, ODESA), layout(dnipro, LVIV, withId(KYIV, "x")));

        assertEquals(List.of(dnipro, diff.added().get(1)), diff.added());
        assertEquals("x", diff.added().get(1).id());
        assertEquals(List.of(KYIV, ODESA), diff.removed());
        assertEquals(List.of(), diff.changed());
        assertEquals(1, diff.unchanged());
        assertFalse(diff.isEmpty());
    }

    @Test
    void aMovedPointGivesItsGeodesicDistance() {
        LayoutFeature moved = KYIV.withGeometry(GEOMETRY.createPoint(new Coordinate(30.5408, 50.4612)));
        FeatureDifference difference = onlyChange(LayoutDiff.between(layout(KYIV), layout(moved)));

        // python3-geographiclib 2.0: Geodesic.WGS84.Inverse(50.4501, 30.5234, 50.4612, 30.5408)['s12']
        assertEquals(1746.848, difference.movedMetres(), 1.0);
        assertTrue(difference.moved());
        assertFalse(difference.reshaped(), "a point is never reshaped");
        assertEquals(List.of(), difference.properties());
    }

    @Test
    void aZoneMovedByDegreesMovesByItsCentroidAndKeepsItsShape() {
        LayoutFeature before = zone("zone-1", "Sector 1", 35.0, 47.95, 35.2, 48.15);
        LayoutFeature after = before.withGeometry(box(35.3, 48.15, 35.5, 48.35));
        FeatureDifference difference = onlyChange(LayoutDiff.between(layout(before), layout(after)));

        // python3-geographiclib 2.0: the centroids (35.1, 48.05) and (35.4, 48.25), Inverse(...)['s12']
        assertEquals(31_509.590, difference.movedMetres(), 1.0);
        assertFalse(difference.reshaped(), "every corner moved as the centroid did");
    }

    @Test
    void aZoneMovedAlongGeodesicsAsHubMapMovesItIsNotReshaped() {
        LayoutFeature before = zone("zone-1", "Sector 1", 35.0, 47.95, 35.4, 48.25);
        LayoutFeature after = GeodesicShift.shift(before, 130, 42_000);
        FeatureDifference difference = onlyChange(LayoutDiff.between(layout(before), layout(after)));

        assertEquals(42_000, difference.movedMetres(), 100, "the centroid moves as the corners do, near enough");
        assertFalse(difference.reshaped());
    }

    @Test
    void aZoneWithOneCornerMovedOrScaledIsReshaped() {
        LayoutFeature before = zone("zone-1", "Sector 1", 35.0, 47.95, 35.2, 48.15);
        Coordinate[] corners = before.geometry().orElseThrow().getCoordinates();
        corners[2] = new Coordinate(35.21, 48.16);
        LayoutFeature cornerMoved = before.withGeometry(GEOMETRY.createPolygon(corners));
        Geometry scaled = AffineTransformation.scaleInstance(1.1, 1.1, 35.1, 48.05)
                .transform(before.geometry().orElseThrow());
        LayoutFeature grown = before.withGeometry(scaled);

        FeatureDifference corner = onlyChange(LayoutDiff.between(layout(before), layout(cornerMoved)));
        FeatureDifference scale = onlyChange(LayoutDiff.between(layout(before), layout(grown)));

        assertTrue(corner.reshaped());
        assertTrue(corner.movedMetres() > 100 && corner.movedMetres() < 1000, "the centroid moved a little: "
                + corner.movedMetres());
        assertTrue(scale.reshaped());
        assertEquals(0, scale.movedMetres(), "scaled about its centroid, it stays where it was");
    }

    @Test
    void aCircleZoneMadeAgainRoundANewCentreMovesByItsCentreAndIsReshapedOnlyWhenItsRadiusChanges() {
        LayoutFeature circle = CircleZone.withCircle(zone("zone-c", "Circle", 0, 0, 1, 1),
                new GeoPosition(33.0, 47.0), 5_000);
        LayoutFeature coarse = circle.withGeometry(GeodesicCircle.polygon(new GeoPosition(33.0, 47.0), 5_000, 16));
        LayoutFeature moved = CircleZone.withCircle(coarse, new GeoPosition(33.0, 47.0003), 5_000);
        LayoutFeature grown = CircleZone.withCircle(coarse, new GeoPosition(33.0, 47.0), 6_000);

        FeatureDifference move = onlyChange(LayoutDiff.between(layout(coarse), layout(moved)));
        FeatureDifference growth = onlyChange(LayoutDiff.between(layout(coarse), layout(grown)));

        // python3-geographiclib 2.0: Geodesic.WGS84.Inverse(47.0, 33.0, 47.0003, 33.0)['s12']
        assertEquals(33.351, move.movedMetres(), 0.01, "between the centres");
        assertFalse(move.reshaped(), "16 vertices before, more after, but the same circle");
        assertEquals(0, growth.movedMetres());
        assertTrue(growth.reshaped());
    }

    @Test
    void aRingStartingAtAnotherCornerOrWindingTheOtherWayIsTheSameGeometry() {
        LayoutFeature before = zone("zone-1", "Sector 1", 35.0, 47.95, 35.2, 48.15);
        LayoutFeature after = before.withGeometry(GEOMETRY.createPolygon(new Coordinate[] {
            new Coordinate(35.2, 48.15), new Coordinate(35.2, 47.95), new Coordinate(35.0, 47.95),
            new Coordinate(35.0, 48.15), new Coordinate(35.2, 48.15)}));

        assertTrue(LayoutDiff.between(layout(before), layout(after)).isEmpty());
    }

    @Test
    void aGeometryThatAppearsIsReshapedWithoutAMove() {
        LayoutFeature before = new LayoutFeature("z", TestFeatures.properties("monitoring-zone", "Z"), null);
        FeatureDifference difference = onlyChange(LayoutDiff.between(layout(before),
                layout(before.withGeometry(box(35, 48, 35.1, 48.1)))));

        assertTrue(difference.geometryChanged());
        assertTrue(difference.reshaped());
        assertEquals(0, difference.movedMetres());
    }

    @Test
    void propertiesChangedAddedAndRemovedAreListedWithNullForTheMissingSide() {
        LayoutFeature before = KYIV.withProperty(FeatureSchema.CAPACITY, JsonNumber.of("1200.5"))
                .withProperty("fuel", true);
        Map<String, Object> properties = new LinkedHashMap<>(before.properties());
        properties.put(FeatureSchema.STATUS, "active");
        properties.remove("fuel");
        properties.put(FeatureSchema.CAPACITY, JsonNumber.of("1200.50"));
        properties.put(FeatureSchema.NOTES, "Night moves only");
        properties.put("checked", null);
        FeatureDifference difference = onlyChange(LayoutDiff.between(layout(before),
                layout(before.withProperties(properties))));

        assertEquals(List.of(
                new PropertyChange(FeatureSchema.STATUS, "planned", "active", PropertyChange.Kind.CHANGED),
                new PropertyChange("fuel", true, null, PropertyChange.Kind.REMOVED),
                new PropertyChange(FeatureSchema.NOTES, null, "Night moves only", PropertyChange.Kind.ADDED),
                new PropertyChange("checked", null, null, PropertyChange.Kind.ADDED)),
                difference.properties(), "1200.5 and 1200.50 are the same number");
        assertFalse(difference.geometryChanged());
        assertFalse(difference.moved());
    }

    @Test
    void featuresWithoutIdPairWithinFiftyMetresOfTheSameKindAndName() {
        LayoutFeature depot = point(null, "depot", "Depot Mykolaiv", 32.0, 46.97);
        LayoutFeature near = movedPoint(depot, 0, 45).withProperty(FeatureSchema.NAME, " depot mykolaiv");
        LayoutFeature far = movedPoint(depot, 0, 55);
        LayoutFeature otherKind = point(null, "hub", "Depot Mykolaiv", 32.0, 46.97);

        LayoutDiff nearby = LayoutDiff.between(layout(depot), layout(near));
        LayoutDiff tooFar = LayoutDiff.between(layout(depot), layout(far));
        LayoutDiff anotherKind = LayoutDiff.between(layout(depot), layout(otherKind));

        FeatureDifference moved = onlyChange(nearby);
        assertEquals(45, moved.movedMetres(), 0.01);
        assertEquals(List.of(FeatureSchema.NAME), moved.properties().stream().map(PropertyChange::key).toList());
        assertEquals(List.of(far), tooFar.added());
        assertEquals(List.of(depot), tooFar.removed());
        assertEquals(List.of(otherKind), anotherKind.added());
    }

    @Test
    void featuresWithoutIdTakeTheNearestAndAFeatureWithAnIdNeverPairsWithOneWithout() {
        LayoutFeature west = point(null, "depot", "Depot", 32.0, 46.97);
        LayoutFeature east = movedPoint(west, 90, 40);
        LayoutFeature nearEast = movedPoint(east, 90, 5);
        LayoutFeature withId = withId(west, "depot-1");

        LayoutDiff diff = LayoutDiff.between(layout(west, east), layout(nearEast, withId));

        assertEquals(1, diff.changed().size());
        assertSame(east, diff.changed().get(0).before(), "the nearer of the two, though the other is in range");
        assertEquals(List.of(withId), diff.added());
        assertEquals(List.of(west), diff.removed());
    }

    @Test
    void duplicateIdsAreReportedAndPairedInOrder() {
        LayoutFeature first = hub("same", "Hub A", 30, 50);
        LayoutFeature second = hub("same", "Hub B", 31, 50);
        LayoutFeature third = hub("same", "Hub C", 32, 50);

        LayoutDiff diff = LayoutDiff.between(layout(first, second), layout(first, second.withProperty(
                FeatureSchema.STATUS, "active"), third));

        assertEquals(List.of(new DuplicateId("same", 2)), diff.duplicateIdsBefore());
        assertEquals(List.of(new DuplicateId("same", 3)), diff.duplicateIdsAfter());
        assertEquals(1, diff.changed().size());
        assertSame(second, diff.changed().get(0).before());
        assertEquals(List.of(third), diff.added());
        assertEquals(1, diff.unchanged());
    }

    @Test
    void theStringSevenAndTheNumberSevenAreDifferentIds() {
        LayoutFeature text = hub("7", "Hub", 30, 50);
        LayoutFeature number = hub(JsonNumber.of(7), "Hub", 30, 50);

        LayoutDiff diff = LayoutDiff.between(layout(text), layout(number));

        assertEquals(List.of(number), diff.added());
        assertEquals(List.of(text), diff.removed());
    }

    @Test
    void sameLayoutsWrittenDifferentlyAreEqual() {
        LayoutFeature before = KYIV.withProperty("sizes", List.of(JsonNumber.of("1e3"), JsonNumber.of(2)));
        LayoutFeature after = hub("hub-kyiv", "Hub Kyiv", 30.52340000000001, 50.4501)
                .withProperty("sizes", List.of(JsonNumber.of("1000"), JsonNumber.of("2.0")));

        LayoutDiff diff = LayoutDiff.between(layout(before), layout(after));

        assertTrue(diff.isEmpty(), () -> diff.toString());
        assertEquals(1, diff.unchanged());
    }

    @Test
    void anEmptyPositionIsNoPositionAtAll() {
        assertTrue(FeaturePosition.of(GEOMETRY.createPolygon()).isEmpty());
        GeoPosition centre = FeaturePosition.of(box(35.0, 47.95, 35.2, 48.15)).orElseThrow();
        assertEquals(35.1, centre.lonDegrees(), 1e-12);
        assertEquals(48.05, centre.latDegrees(), 1e-12);
    }

    private static FeatureDifference onlyChange(LayoutDiff diff) {
        assertEquals(List.of(), diff.added());
        assertEquals(List.of(), diff.removed());
        assertEquals(1, diff.changed().size(), () -> diff.changed().toString());
        return diff.changed().get(0);
    }
}
