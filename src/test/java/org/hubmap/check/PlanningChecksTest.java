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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

class PlanningChecksTest {
    /** A stand-in for Ukraine that holds every feature of these tests unless they are meant to be outside. */
    private static final PlanningChecks CHECKS = new PlanningChecks(box(22, 44, 40, 52.5));

    private static List<String> messages(Layout layout, CheckKind kind) {
        return CHECKS.check(layout).violations().stream().filter(v -> v.kind() == kind)
                .map(CheckViolation::message).toList();
    }

    private static Layout with(CheckSettings settings, Layout layout) {
        return settings.writeTo(layout);
    }

    private static CheckSettings only(CheckKind kind) {
        CheckSettings settings = CheckSettings.defaults();
        for (CheckKind other : CheckKind.values()) {
            settings = settings.withEnabled(other, other == kind);
        }
        return settings;
    }

    // Hubs and depots outside Ukraine

    @Test
    void aHubOutsideUkraineIsReportedWithItsDistanceFromTheBorder() {
        PlanningChecks checks = new PlanningChecks(box(30, 48, 32, 50));
        LonLat beyond = away(32, 49, 90, 12_300);
        Layout layout = layout(hub("h-1", "Lviv", 31, 49), hub("h-2", "Gateway", beyond.lon(), beyond.lat()),
                depot("d-1", "On the border", 32, 49), zone("z-1", "Far zone", "FRA", 35, 48, 36, 49));

        List<CheckViolation> violations = checks.check(layout).violations();
        assertEquals(1, violations.size());
        CheckViolation outside = violations.get(0);
        assertEquals(CheckKind.OUTSIDE_UKRAINE, outside.kind());
        assertEquals(Severity.ERROR, outside.severity());
        assertEquals("Hub Gateway is 12.3 km outside Ukraine.", outside.message());
        assertEquals(List.of(new InvolvedFeature(1, "h-2")), outside.features());
        assertEquals(Optional.of(beyond), outside.position());
    }

    @Test
    void aHubOfSeveralPointsShowsTheFirstOneOutside() {
        PlanningChecks checks = new PlanningChecks(box(30, 48, 32, 50));
        LayoutFeature twin = new LayoutFeature("h-3", Map.of("kind", "hub", "name", "Twin"),
                GEOMETRY.createMultiPointFromCoords(new Coordinate[] {new Coordinate(31, 49), new Coordinate(33, 49)}));
        CheckViolation violation = checks.check(layout(twin)).violations().get(0);
        assertEquals("Hub Twin does not lie wholly in Ukraine.", violation.message());
        assertEquals(Optional.of(new LonLat(33, 49)), violation.position());
    }

    @Test
    void featuresWithoutGeometryAreNotCheckedForTheirPlace() {
        PlanningChecks checks = new PlanningChecks(box(30, 48, 32, 50));
        Layout layout = layout(new LayoutFeature("h-4", Map.of("kind", "hub", "name", "Planned"), null));
        assertEquals(List.of(), checks.check(layout).violations());
    }

    // Depots near zone boundaries

    private static final LayoutFeature SECTOR_CENTRE = zone("z-centre", "Sector Centre", "FRA", 35, 48, 36, 49);

    @Test
    void aDepotOutsideAZoneButNearItsBoundaryIsReportedWithTheGeodesicDistance() {
        LonLat pavlohrad = away(35.5, 49, 0, 3_240);
        Layout layout = layout(SECTOR_CENTRE, depot("d-pav", "Depot Pavlohrad", pavlohrad));

        List<CheckViolation> violations = CHECKS.check(layout).violations();
        assertEquals(1, violations.size());
        CheckViolation near = violations.get(0);
        assertEquals(CheckKind.DEPOT_NEAR_ZONE_BOUNDARY, near.kind());
        assertEquals(Severity.WARNING, near.severity());
        assertEquals("Depot Pavlohrad is 3.2 km from the boundary of Sector Centre (minimum 5 km).", near.message());
        assertEquals(List.of(new InvolvedFeature(1, "d-pav"), new InvolvedFeature(0, "z-centre")), near.features());
        assertEquals(Optional.of(pavlohrad), near.position());
    }

    @Test
    void aDepotThreeKilometresNorthOfAnEastWestBoundaryAt48NorthIsThreeKilometresAway() {
        // Web Mercator would make it 4.5 km: its scale at 48 N is 1 / cos 48 = 1.49 times the ground's.
        LonLat depot = away(35.5, 48, 0, 3_000);
        Layout layout = layout(zone("z-s", "Sector South", "USA", 35, 47, 36, 48), depot("d", "North", depot));
        assertEquals(List.of("Depot North is 3.0 km from the boundary of Sector South (minimum 5 km)."),
                messages(layout, CheckKind.DEPOT_NEAR_ZONE_BOUNDARY));
    }

    @Test
    void depotsInsideZonesOrOnTheirBoundaryAreReportedToo() {
        Layout layout = layout(SECTOR_CENTRE, depot("d-1", "Inner", away(35.5, 49, 180, 2_500)),
                depot("d-2", "Line", 35.5, 49), depot("d-3", "Almost", away(35.5, 49, 0, 4_990)),
                depot("d-4", "Far", away(35.5, 49, 0, 5_100)), depot("d-5", "Centre", 35.5, 48.5),
                hub("h-1", "Near hub", 35.5, 49.01));
        assertEquals(List.of("Depot Inner is inside Sector Centre, 2.5 km from its boundary (minimum 5 km).",
                "Depot Line lies on the boundary of Sector Centre (minimum 5 km).",
                "Depot Almost is 4.9 km from the boundary of Sector Centre (minimum 5 km)."),
                messages(layout, CheckKind.DEPOT_NEAR_ZONE_BOUNDARY));
    }

    @Test
    void aDepotNearSeveralZonesIsReportedForEachInLayoutOrder() {
        // A degree of longitude at 48.5 N is about 73.9 km.
        Layout layout = layout(zone("z-e", "East", "FRA", 36.01, 48, 37, 49), SECTOR_CENTRE,
                depot("d", "Between", 36.004, 48.5));
        assertEquals(List.of("Depot Between is 443 m from the boundary of East (minimum 5 km).",
                "Depot Between is 296 m from the boundary of Sector Centre (minimum 5 km)."),
                messages(layout, CheckKind.DEPOT_NEAR_ZONE_BOUNDARY));
    }

    @Test
    void depotsAndHubsWithNoZoneAnywhereAreFine() {
        assertEquals(List.of(), CHECKS.check(layout(depot("d", "Alone", 35, 48), hub("h", "Alone too", 36, 48)))
                .violations());
    }

    @Test
    void theMinimumDistanceComesFromTheLayoutsSettings() {
        Layout layout = layout(SECTOR_CENTRE, depot("d-1", "Pavlohrad", away(35.5, 49, 0, 3_240)),
                depot("d-2", "Inner", away(35.5, 49, 180, 2_500)));
        assertEquals(List.of("Depot Inner is inside Sector Centre, 2.5 km from its boundary (minimum 3 km)."),
                messages(with(CheckSettings.defaults().withDepotZoneMinDistanceMetres(3_000), layout),
                        CheckKind.DEPOT_NEAR_ZONE_BOUNDARY));
        assertEquals(2, messages(with(CheckSettings.defaults().withDepotZoneMinDistanceMetres(12_500), layout),
                CheckKind.DEPOT_NEAR_ZONE_BOUNDARY).size());
        assertEquals(List.of(), messages(with(CheckSettings.defaults().withDepotZoneMinDistanceMetres(0), layout),
                CheckKind.DEPOT_NEAR_ZONE_BOUNDARY));
        assertEquals(List.of(), messages(with(CheckSettings.defaults().withEnabled(
                CheckKind.DEPOT_NEAR_ZONE_BOUNDARY, false), layout), CheckKind.DEPOT_NEAR_ZONE_BOUNDARY));
    }

    @Test
    void theMinimumIsWrittenInMetresUnderAKilometre() {
        Layout layout = layout(SECTOR_CENTRE, depot("d", "Close", away(35.5, 49, 0, 400)));
        assertEquals(List.of("Depot Close is 400 m from the boundary of Sector Centre (minimum 750 m)."),
                messages(with(CheckSettings.defaults().withDepotZoneMinDistanceMetres(750), layout),
                        CheckKind.DEPOT_NEAR_ZONE_BOUNDARY));
    }

    @Test
    void theEdgeOfAHoleIsABoundaryOfTheZone() {
        // 0.1 degrees of longitude at 48.5 N are about 7.4 km; 0.1 degrees of latitude about 11.1 km.
        Polygon ring = GEOMETRY.createPolygon(box(35, 48, 36, 49).getExteriorRing(),
                new LinearRing[] {box(35.4, 48.4, 35.6, 48.6).getExteriorRing()});
        Layout layout = layout(zone("z", "Ring", "FRA", ring), depot("d", "In the hole", 35.5, 48.5));
        assertEquals(List.of("Depot In the hole is 7.4 km from the boundary of Ring (minimum 10 km)."),
                messages(with(CheckSettings.defaults().withDepotZoneMinDistanceMetres(10_000), layout),
                        CheckKind.DEPOT_NEAR_ZONE_BOUNDARY));
    }

    // Overlapping zones and zones without a valid area

    private static final LayoutFeature WEST = zone("z-w", "Sector West", "GBR", 30, 50, 31, 51);
    private static final LayoutFeature EAST = zone("z-e", "Sector East", "USA", 30.5, 50, 31.5, 51);

    @Test
    void overlappingZonesAreReportedWithTheGeodesicAreaTheyShare() {
        List<CheckViolation> violations = CHECKS.check(layout(WEST, EAST)).violations();
        assertEquals(1, violations.size());
        CheckViolation overlap = violations.get(0);
        assertEquals(CheckKind.ZONE_OVERLAP, overlap.kind());
        assertEquals(Severity.ERROR, overlap.severity());
        assertEquals("Sector West and Sector East overlap by 3946.1 km².", overlap.message());
        assertEquals(List.of(new InvolvedFeature(0, "z-w"), new InvolvedFeature(1, "z-e")), overlap.features());
        LonLat inside = overlap.position().orElseThrow();
        assertTrue(inside.lon() > 30.5 && inside.lon() < 31 && inside.lat() > 50 && inside.lat() < 51, inside::toString);
    }

    @Test
    void smallOverlapsAreGivenInSquareMetres() {
        // 0.001 degrees by 0.001 degrees at 51 N: about 70 m by 111 m.
        LayoutFeature corner = zone("z-c", "Corner", "POL", 30.999, 50.999, 32, 52);
        assertEquals(List.of("Sector West and Corner overlap by 7809 m²."),
                messages(layout(WEST, corner), CheckKind.ZONE_OVERLAP));
    }

    @Test
    void zonesThatOnlyTouchDoNotOverlap() {
        Layout layout = layout(WEST, zone("z-side", "Side", "FRA", 31, 50, 32, 51),
                zone("z-corner", "Corner", "FRA", 31, 51, 32, 52), zone("z-far", "Far", "FRA", 35, 50, 36, 51));
        assertEquals(List.of(), CHECKS.check(layout).violations());
    }

    @Test
    void aZoneWhoseBoundaryCrossesItselfIsReportedAndLeftOutOfTheOverlaps() {
        LayoutFeature bowTie = zone("z-bow", "Bow", "FRA", GEOMETRY.createPolygon(new Coordinate[] {
            new Coordinate(30.2, 50.2), new Coordinate(30.8, 50.8), new Coordinate(30.8, 50.2),
            new Coordinate(30.2, 50.8), new Coordinate(30.2, 50.2)}));
        List<CheckViolation> violations = CHECKS.check(layout(WEST, bowTie)).violations();
        assertEquals(1, violations.size());
        CheckViolation invalid = violations.get(0);
        assertEquals(CheckKind.INVALID_ZONE, invalid.kind());
        assertEquals("Bow is not a valid area (self-intersection at 30.50000° E, 50.50000° N), so its overlaps with"
                + " other zones cannot be measured.", invalid.message());
        assertEquals(List.of(new InvolvedFeature(1, "z-bow")), invalid.features());
        assertEquals(Optional.of(new LonLat(30.5, 50.5)), invalid.position());

        Layout unchecked = with(CheckSettings.defaults().withEnabled(CheckKind.INVALID_ZONE, false),
                layout(WEST, bowTie));
        assertEquals(List.of(), CHECKS.check(unchecked).violations(), "still left out, but not reported");
    }

    @Test
    void zonesWithoutAnAreaAreReported() {
        Layout layout = layout(new LayoutFeature("z-1", Map.of("kind", "monitoring-zone", "name", "Plan",
                "nation", "FRA"), null), new LayoutFeature("z-2", Map.of("kind", "monitoring-zone", "name", "Dot",
                "nation", "FRA"), GEOMETRY.createPoint(new Coordinate(30, 50))),
                new LayoutFeature("z-3", Map.of("kind", "monitoring-zone", "name", "Blank", "nation", "FRA"),
                        GEOMETRY.createPolygon()));
        assertEquals(List.of("Plan has no geometry, so it covers no area.",
                "Dot has a Point, not a Polygon, so it covers no area.",
                "Blank has an empty geometry, so it covers no area."), messages(layout, CheckKind.INVALID_ZONE));
        assertEquals(Optional.of(new LonLat(30, 50)), CHECKS.check(layout).violations().get(1).position());
    }

    @Test
    void overlapsCanBeSwitchedOff() {
        Layout layout = with(CheckSettings.defaults().withEnabled(CheckKind.ZONE_OVERLAP, false), layout(WEST, EAST));
        assertEquals(List.of(), CHECKS.check(layout).violations());
    }

    // Zones without a nation

    @Test
    void zonesWithoutANationAreReported() {
        Layout layout = layout(WEST, zone("z-2", "Sector Nobody", null, 35, 48, 36, 49),
                zone("z-3", "Sector Blank", "  ", 37, 48, 38, 49));
        List<CheckViolation> violations = CHECKS.check(layout).violations();
        assertEquals(List.of("Sector Nobody has no nation; set the ISO 3166-1 alpha-3 code of the nation"
                + " responsible for it, such as GBR.", "Sector Blank has no nation; set the ISO 3166-1 alpha-3 code"
                + " of the nation responsible for it, such as GBR."), violations.stream()
                .map(CheckViolation::message).toList());
        assertEquals(CheckKind.ZONE_WITHOUT_NATION, violations.get(0).kind());
        assertEquals(Severity.WARNING, violations.get(0).severity());
        assertEquals(List.of(new InvolvedFeature(1, "z-2")), violations.get(0).features());
        assertEquals(Optional.of(new LonLat(35.5, 48.5)), violations.get(0).position());
    }

    // Names and ids used twice

    @Test
    void namesUsedTwiceAreFoundWithoutCaseOrSurroundingSpaces() {
        Layout layout = layout(hub("h-1", "Kyiv North", 30.45, 50.52), depot("d-1", " kyiv north ", 30.5, 50.5),
                zone("z-1", "KYIV NORTH", "UKR", 30, 50, 30.2, 50.2), point("o-1", "checkpoint", "Kyiv North", 30, 50),
                hub("h-2", "Lviv", 24, 49.8), depot("d-2", "  ", 30, 49), depot("d-3", "", 31, 49));
        List<CheckViolation> violations = CHECKS.check(with(only(CheckKind.DUPLICATE_NAME), layout)).violations();
        assertEquals(1, violations.size());
        CheckViolation duplicate = violations.get(0);
        assertEquals(CheckKind.DUPLICATE_NAME, duplicate.kind());
        assertEquals(Severity.WARNING, duplicate.severity());
        assertEquals("The name \"Kyiv North\" is used by 1 hub, 1 depot and 1 monitoring zone; give each its own"
                + " name.", duplicate.message());
        assertEquals(List.of(new InvolvedFeature(0, "h-1"), new InvolvedFeature(1, "d-1"),
                new InvolvedFeature(2, "z-1")), duplicate.features());
        assertEquals(Optional.of(new LonLat(30.45, 50.52)), duplicate.position());
    }

    @Test
    void idsUsedTwiceAreFoundAmongAllFeaturesAsWritten() {
        Layout layout = layout(hub("a", "A", 30, 50), depot("a", "B", 31, 50), zone("a", "Sector C", "FRA", 32, 50,
                32.1, 50.1), point("a", "checkpoint", "D", 33, 50), point(JsonNumber.of(7), "hub", "X", 30, 49),
                point(JsonNumber.of(7), "hub", "Y", 31, 49), point("7", "hub", "Z", 32, 49),
                point(null, "hub", "No id", 33, 49), point(null, "hub", "No id either", 34, 49));
        List<CheckViolation> violations = CHECKS.check(with(only(CheckKind.DUPLICATE_ID), layout)).violations();
        assertEquals(List.of("The id \"a\" is used by Hub A, Depot B, Sector C and 1 more feature; ids must be unique.",
                "The id 7 is used by Hub X and Hub Y; ids must be unique."), violations.stream()
                .map(CheckViolation::message).toList());
        assertEquals(Severity.ERROR, violations.get(0).severity());
        assertEquals(List.of(new InvolvedFeature(4, JsonNumber.of(7)), new InvolvedFeature(5, JsonNumber.of(7))),
                violations.get(1).features());
    }

    // The report

    @Test
    void violationsAreListedByKindThenInLayoutOrder() {
        PlanningChecks checks = new PlanningChecks(box(29, 47, 33, 52));
        Layout layout = layout(hub("x", "Twice", 30.1, 50.1), zone("z-1", "Twice", null, 30, 50, 31, 51),
                zone("z-2", "Other", "FRA", 30.5, 50.5, 31.5, 51.5), hub("x", "Abroad", 34, 50));
        assertEquals(List.of(CheckKind.OUTSIDE_UKRAINE, CheckKind.ZONE_OVERLAP, CheckKind.ZONE_WITHOUT_NATION,
                CheckKind.DUPLICATE_NAME, CheckKind.DUPLICATE_ID), checks.check(layout).violations().stream()
                .map(CheckViolation::kind).toList());
    }

    @Test
    void atMostTheLimitOfEachKindIsListedAndTheReportSaysSo() {
        PlanningChecks checks = new PlanningChecks(box(22, 44, 40, 52.5), 2);
        Layout layout = layout(zone("z-1", "One", null, 30, 50, 30.1, 50.1), zone("z-2", "Two", null, 31, 50, 31.1,
                50.1), zone("z-3", "Three", null, 32, 50, 32.1, 50.1), hub("h", "One", 33, 50));
        CheckReport report = checks.check(layout);
        assertEquals(2, report.violations().stream().filter(v -> v.kind() == CheckKind.ZONE_WITHOUT_NATION).count());
        assertEquals(Set.of(CheckKind.ZONE_WITHOUT_NATION), report.stoppedAtLimit());
        assertEquals(1, report.violations().stream().filter(v -> v.kind() == CheckKind.DUPLICATE_NAME).count());
        assertEquals(1000, PlanningChecks.LISTED_PER_KIND);
    }

    @Test
    void everyCheckStopsOnceItHasFoundMoreThanTheLimit() {
        PlanningChecks checks = new PlanningChecks(box(30, 48, 34, 52), 1);
        Layout layout = layout(hub("h", "Out A", 35, 49), hub("h", "Out B", 35, 50), depot("d-a", "On A", 35, 49),
                depot("d-b", "On B", 35, 50), zone("z", "Z1", null, 30, 48, 31, 49),
                zone("z", "Z1", null, 30.5, 48, 31.5, 49),
                zone("z-3", "Z3", "FRA", 30.2, 48, 31.2, 49), depot("d", "D", 30.5, 49.01),
                new LayoutFeature("z-6", Map.of("kind", "monitoring-zone", "name", "Twice", "nation", "FRA"), null),
                new LayoutFeature("z-7", Map.of("kind", "monitoring-zone", "name", "twice", "nation", "FRA"), null));
        CheckReport report = checks.check(layout);
        assertEquals(List.of(CheckKind.values()), report.violations().stream().map(CheckViolation::kind).toList());
        assertEquals(Set.of(CheckKind.values()), report.stoppedAtLimit());
    }

    @Test
    void theReportHasTheSettingsAndWhatWasWrongWithThem() {
        Layout layout = layout(WEST).withCollectionMember(CheckSettings.MEMBER, Map.of("depot_zone_min_distance_m",
                "far"));
        CheckReport report = CHECKS.check(layout);
        assertEquals(CheckSettings.defaults(), report.settings());
        assertEquals(List.of("\"hubmap:checks\": \"depot_zone_min_distance_m\" is \"far\", which is not a number of"
                + " metres; the default, 5 km, is used"), report.settingsWarnings());
        assertEquals(List.of(), report.violations());
        assertEquals(Set.of(), report.stoppedAtLimit());
    }

    @Test
    void anInterruptedThreadEndsTheRun() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> CHECKS.check(layout(WEST, EAST)));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aViolationInvolvesAtLeastOneFeature() {
        assertThrows(IllegalArgumentException.class, () -> new CheckViolation(CheckKind.DUPLICATE_ID, "none",
                List.of(), Optional.empty()));
    }
}
