package org.hubmap.check;

import static org.hubmap.check.TestLayouts.GEOMETRY;
import static org.hubmap.check.TestLayouts.box;
import static org.hubmap.check.TestLayouts.depot;
import static org.hubmap.check.TestLayouts.hub;
import static org.hubmap.check.TestLayouts.layout;
import static org.hubmap.check.TestLayouts.point;
import static org.hubmap.check.TestLayouts.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/**
 * A layout streamed into a {@link CompactLayout} is checked exactly as the whole layout is, while only zones and
 * sites that are not points are kept as features.
 */
class CompactLayoutTest {
    private static final PlanningChecks CHECKS = new PlanningChecks(box(22, 44, 40, 52.5));

    private static CompactLayout compact(Layout layout) {
        CompactLayout compact = new CompactLayout();
        layout.features().forEach(compact::add);
        return compact;
    }

    @Test
    void everyViolationIsTheSameAsForTheWholeLayout() {
        LayoutFeature twoPoints = new LayoutFeature("mp", Map.of("kind", "hub", "name", "Twin"),
                GEOMETRY.createMultiPointFromCoords(new Coordinate[] {new Coordinate(30, 49),
                    new Coordinate(45, 49)}));
        LayoutFeature other = new LayoutFeature(JsonNumber.of("7"), Map.of("name", "Road"), null);
        Layout layout = layout(hub("h-1", "Lviv", 30.5, 50.4), depot("d-1", "lviv ", 30.5, 50.4),
                hub("h-2", "Far", 45, 49), hub("h-2", "", 31, 49), point(JsonNumber.of("7"), "depot", "Ш\u00e9", 31.5,
                        48.2), point("7", "depot", null, 32, 48), other, twoPoints,
                zone("z-1", "Alpha", "FRA", 33, 47, 34, 48), zone("z-2", "Beta", "", 33.5, 47.5, 35, 49),
                depot("d-2", "Near Alpha", 33.01, 47.5));

        CheckReport whole = CHECKS.check(layout);
        CheckReport compacted = CHECKS.check(compact(layout), layout.collectionMembers());

        assertTrue(whole.violations().size() >= 7, whole.violations().toString());
        assertEquals(whole.violations(), compacted.violations());
    }

    @Test
    void settingsAreReadFromTheCollectionMembers() {
        Layout layout = CheckSettings.defaults().withEnabled(CheckKind.DUPLICATE_NAME, false)
                .writeTo(layout(hub("a", "Same", 30, 49), hub("b", "Same", 31, 49)));

        CheckReport report = CHECKS.check(compact(layout), layout.collectionMembers());

        assertEquals(List.of(), report.violations());
        assertEquals(CHECKS.check(layout).settings(), report.settings());
    }

    @Test
    void pointSitesAreKeptAsNumbersNotFeatures() {
        CompactLayout compact = new CompactLayout();
        for (int i = 0; i < 10_000; i++) {
            compact.add(i % 2 == 0 ? hub("h" + i, "Hub " + i, 30 + i * 1e-4, 49) : depot("d" + i, "", 31, 48));
        }
        compact.add(zone("z", "Zone", "FRA", 33, 47, 34, 48));

        assertEquals(10_001, compact.size());
        assertEquals(1, compact.keptWhole(), "only the zone");
        assertEquals("Hub 9998", compact.name(9998));
        assertEquals("d9999", compact.id(9999));
        assertEquals(hub("h42", "Hub 42", 30 + 42 * 1e-4, 49).geometry(), compact.feature(42).geometry());
    }

    @Test
    void uuidIdsComeBackAsWritten() {
        List<String> ids = List.of("beeb8da1-658e-4c67-b893-a2eefb32555e", "BEEB8DA1-658E-4C67-B893-A2EEFB32555E",
                "beeb8da1-658e-4c67-b893-a2eefb32555", "00000000-0000-0000-0000-000000000000",
                "beeb8da1x658e-4c67-b893-a2eefb32555e", "ffffffff-ffff-ffff-ffff-ffffffffffff");
        CompactLayout compact = new CompactLayout();
        ids.forEach(id -> compact.add(hub(id, "Hub", 30, 49)));

        for (int i = 0; i < ids.size(); i++) {
            assertEquals(ids.get(i), compact.id(i));
        }
    }
}
