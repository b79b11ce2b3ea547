package org.hubmap.check;

import static org.hubmap.check.TestLayouts.GEOMETRY;
import static org.hubmap.check.TestLayouts.away;
import static org.hubmap.check.TestLayouts.box;
import static org.hubmap.check.TestLayouts.depot;
import static org.hubmap.check.TestLayouts.hub;
import static org.hubmap.check.TestLayouts.layout;
import static org.hubmap.check.TestLayouts.point;
import static org.hubmap.check.TestLayouts.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Hubs and depots at the same position, or less than 10 m apart. */
class SamePositionCheckTest {
    private static final PlanningChecks CHECKS = new PlanningChecks(box(22, 44, 40, 52.5));

    private static List<CheckViolation> violations(Layout layout) {
        return CHECKS.check(layout).violations().stream().filter(v -> v.kind() == CheckKind.SAME_POSITION)
                .toList();
    }

    private static List<String> messages(Layout layout) {
        return violations(layout).stream().map(CheckViolation::message).toList();
    }

    private static LayoutFeature multiPointHub(String id, String name, LonLat... points) {
        Coordinate[] coordinates = new Coordinate[points.length];
        for (int i = 0; i < points.length; i++) {
            coordinates[i] = new Coordinate(points[i].lon(), points[i].lat());
        }
        return new LayoutFeature(id, Map.of("kind", "hub", "name", name),
                GEOMETRY.createMultiPointFromCoords(coordinates));
    }

    @Test
    void aDepotOnAHubIsAWarningNamingBoth() {
        Layout layout = layout(hub("h-lviv", "Lviv", 24.03, 49.84), depot("d-lviv", "Lviv Stores", 24.03, 49.84));
        List<CheckViolation> found = violations(layout);
        assertEquals(1, found.size());
        CheckViolation same = found.get(0);
        assertEquals(Severity.WARNING, same.severity());
        assertEquals("Hub Lviv and Depot Lviv Stores are at the same position.", same.message());
        assertEquals(List.of(new InvolvedFeature(0, "h-lviv"), new InvolvedFeature(1, "d-lviv")), same.features());
        assertEquals(Optional.of(new LonLat(24.03, 49.84)), same.position());
        assertEquals("Hubs or depots at the same position", CheckKind.SAME_POSITION.title());
        assertEquals("same-position", CheckKind.SAME_POSITION.code());
    }

    @Test
    void threeFeaturesAtOnePlaceAreOneViolation() {
        LonLat site = new LonLat(30.5, 50.45);
        Layout layout = layout(hub("h", "Kyiv North", site.lon(), site.lat()),
                depot("d-1", "Fuel", away(site.lon(), site.lat(), 0, 3)),
                zone("z", "Sector", "FRA", 30, 50, 31, 51),
                depot("d-2", "Ammunition", away(site.lon(), site.lat(), 90, 4)));
        List<CheckViolation> found = violations(layout);
        assertEquals(1, found.size());
        assertEquals("Hub Kyiv North, Depot Fuel and Depot Ammunition are each within 4 m of another of them"
                + " (minimum 10 m).", found.get(0).message());
        assertEquals(List.of(0, 1, 3), found.get(0).features().stream().map(InvolvedFeature::index).toList());
        assertEquals(Optional.of(site), found.get(0).position(), "at the first feature");
    }

    @Test
    void twoFeaturesCloserThanTenMetresAreGivenTheirDistance() {
        assertEquals(List.of("Hub A and Depot B are 6 m apart (minimum 10 m)."),
                messages(layout(hub("h", "A", 33, 48), depot("d", "B", away(33, 48, 45, 6.2)))));
        assertEquals(List.of("Hub A and Depot B are 9 m apart (minimum 10 m)."),
                messages(layout(hub("h", "A", 33, 48), depot("d", "B", away(33, 48, 200, 9.8)))),
                "never rounded up to the minimum");
    }

    @Test
    void featuresTenMetresOrMoreApartAreNot() {
        assertEquals(List.of(), messages(layout(hub("h", "A", 33, 48), depot("d", "B", away(33, 48, 0, 50)))));
        assertEquals(List.of(), messages(layout(hub("h", "A", 33, 48), depot("d", "B", away(33, 48, 120, 10.5)))));
        assertEquals(List.of(), messages(layout(hub("h", "A", 33, 48), depot("d", "B", away(33, 48, 270, 10.01)))));
        assertEquals(1, messages(layout(hub("h", "A", 33, 48), depot("d", "B", away(33, 48, 270, 9.99)))).size());
    }

    @Test
    void featuresLinkedThroughOneAnotherAreOneGroup() {
        // A to B and B to C are 8 m; A to C 16 m.
        LonLat b = away(35, 47, 0, 8);
        LonLat c = away(b.lon(), b.lat(), 0, 8);
        Layout layout = layout(depot("d-c", "C", c), hub("h-a", "A", 35, 47), depot("d-b", "B", b));
        assertEquals(List.of("Depot C, Hub A and Depot B are each within 8 m of another of them (minimum 10 m)."),
                messages(layout));
    }

    @Test
    void separatePlacesAreSeparateViolationsInLayoutOrder() {
        Layout layout = layout(hub("h-1", "One", 30, 50), hub("h-2", "Two", 31, 50), depot("d-2", "Two", 31, 50),
                depot("d-1", "One", 30, 50), hub("h-3", "Alone", 32, 50));
        List<CheckViolation> found = violations(layout);
        assertEquals(List.of("Hub One and Depot One are at the same position.",
                "Hub Two and Depot Two are at the same position."), found.stream().map(CheckViolation::message)
                .toList());
        assertEquals(List.of(0, 3), found.get(0).features().stream().map(InvolvedFeature::index).toList());
    }

    @Test
    void thePointsOfAMultiPointCountButNotAgainstEachOther() {
        LonLat west = new LonLat(36.2, 49.99);
        LonLat east = away(36.3, 49.99, 0, 2);
        Layout onADepot = layout(multiPointHub("h", "Twin", west, new LonLat(36.3, 49.99)),
                depot("d", "East", east));
        CheckViolation found = violations(onADepot).get(0);
        assertEquals("Hub Twin and Depot East are 2 m apart (minimum 10 m).", found.message());
        assertEquals(Optional.of(new LonLat(36.3, 49.99)), found.position(), "at the hub's point near the depot");

        assertEquals(List.of(), messages(layout(multiPointHub("h", "Pair", west, away(36.2, 49.99, 90, 2)))),
                "one feature's own points");
    }

    @Test
    void thePointsOfACollectionCount() {
        Geometry collection = GEOMETRY.createGeometryCollection(new Geometry[] {
            box(30, 50, 30.1, 50.1), GEOMETRY.createPoint(new Coordinate(30.05, 50.05))});
        Layout layout = layout(new LayoutFeature("h", Map.of("kind", "hub", "name", "Compound"), collection),
                depot("d", "Inside", 30.05, 50.05), depot("d-2", "On the corner", 30, 50));
        assertEquals(List.of("Hub Compound and Depot Inside are at the same position."), messages(layout));
    }

    @Test
    void onlyHubsAndDepotsAreCompared() {
        Layout layout = layout(hub("h", "A", 30, 50), point("o", "checkpoint", "Gate", 30, 50),
                zone("z", "Sector", "FRA", 30, 50, 31, 51), new LayoutFeature("h-2", Map.of("kind", "hub"), null));
        assertEquals(List.of(), messages(layout));
    }

    @Test
    void unnamedFeaturesAreNamedByKindAndId() {
        Layout layout = layout(hub("h-9", "", 30, 50), depot("d-9", " ", 30, 50));
        assertEquals(List.of("Unnamed hub with id \"h-9\" and unnamed depot with id \"d-9\" are at the same"
                + " position."), messages(layout));
    }

    @Test
    void aLargePileIsListedByFiveNamesAndACount() {
        List<LayoutFeature> pile = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            pile.add(depot("d-" + i, "D" + i, 30, 50));
        }
        List<CheckViolation> found = violations(new Layout("t", pile));
        assertEquals(List.of("Depot D0, Depot D1, Depot D2, Depot D3, Depot D4 and 3 more features are at the same"
                + " position."), found.stream().map(CheckViolation::message).toList());
        assertEquals(8, found.get(0).features().size(), "every one involved");
    }

    @Test
    void theCheckCanBeSwitchedOff() {
        Layout layout = layout(hub("h", "A", 30, 50), depot("d", "B", 30, 50));
        CheckSettings off = CheckSettings.defaults().withEnabled(CheckKind.SAME_POSITION, false);
        Layout switchedOff = off.writeTo(layout);
        assertEquals(List.of(), messages(switchedOff));
        assertEquals(Map.of("depot_zone_min_distance_m", org.hubmap.model.JsonNumber.of(5000),
                "disabled", List.of("same-position")), switchedOff.collectionMembers().get(CheckSettings.MEMBER));
        assertEquals(off, CheckSettings.readFrom(switchedOff).settings());
        assertEquals(1, messages(CheckSettings.defaults().writeTo(switchedOff)).size(), "and on again");
    }
}
