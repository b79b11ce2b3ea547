package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.FeatureStatus;
import org.junit.jupiter.api.Test;

class SymbologyTest {

    @Test
    void everyKindAndStatusHasAPointAndAnAreaStyle() {
        for (FeatureKind kind : FeatureKind.values()) {
            for (FeatureStatus status : FeatureStatus.values()) {
                PointSymbolStyle point = Symbology.point(kind, status);
                AreaStyle area = Symbology.area(kind, status);
                assertNotNull(point, kind + " " + status);
                assertNotNull(area, kind + " " + status);
                assertTrue(point.heightPixels() > 0 && point.label().font() != null);
                assertTrue(area.boundary().widthPixels() > 0 && area.label().font() != null);
            }
        }
    }

    @Test
    void hubsAndDepotsHaveFriendlyFramesDashedWhilePlanned() {
        for (FeatureKind kind : List.of(FeatureKind.HUB, FeatureKind.DEPOT)) {
            PointSymbolStyle active = Symbology.point(kind, FeatureStatus.ACTIVE);
            PointSymbolStyle planned = Symbology.point(kind, FeatureStatus.PLANNED);
            assertTrue(active.framed());
            assertEquals(Symbology.FRIENDLY_FRAME, active.frame());
            assertEquals(0, active.frameDashPixels().length, "active frames are solid");
            assertTrue(planned.frameDashPixels().length > 0, "planned frames are dashed");
            assertTrue(Symbology.point(kind, FeatureStatus.DEGRADED).conditionBar().isPresent());
            assertTrue(Symbology.point(kind, FeatureStatus.CLOSED).struckThrough());
        }
        assertNotEquals(Symbology.point(FeatureKind.HUB, FeatureStatus.ACTIVE).icon(),
                Symbology.point(FeatureKind.DEPOT, FeatureStatus.ACTIVE).icon(), "hub and depot glyphs differ");
    }

    @Test
    void zoneBoundariesAreDashedAndEachStatusHasItsOwnPattern() {
        List<String> patterns = new ArrayList<>();
        for (FeatureStatus status : FeatureStatus.values()) {
            AreaStyle zone = Symbology.area(FeatureKind.MONITORING_ZONE, status);
            assertTrue(zone.boundary().dashPixels().length > 0, status + " boundary is dashed");
            patterns.add(Arrays.toString(zone.boundary().dashPixels()) + zone.hatch().isPresent());
        }
        assertEquals(4, patterns.stream().distinct().count(),
                "planned, active, degraded and closed read apart without colour; unknown looks like active");
    }

    @Test
    void protectionRingsAreLighterThanZones() {
        AreaStyle ring = Symbology.protectionRing();
        AreaStyle zone = Symbology.area(FeatureKind.MONITORING_ZONE, FeatureStatus.ACTIVE);
        assertTrue(ring.boundary().widthPixels() < zone.boundary().widthPixels());
        assertTrue(ring.fill().orElseThrow().getAlpha() < zone.fill().orElseThrow().getAlpha());
    }

    @Test
    void symbolStylesCompareByWhatTheyDraw() {
        PointSymbolStyle planned = Symbology.point(FeatureKind.HUB, FeatureStatus.PLANNED);
        assertEquals(planned, Symbology.point(FeatureKind.HUB, FeatureStatus.PLANNED), "dashes compared by length");
        assertEquals(planned.hashCode(), Symbology.point(FeatureKind.HUB, FeatureStatus.PLANNED).hashCode());
        assertNotEquals(planned, Symbology.point(FeatureKind.HUB, FeatureStatus.ACTIVE));
        assertNotEquals(planned, planned.scaled(2));
    }

    @Test
    void crowdedViewsShowSymbolsWithLessDetail() {
        double overlay = 2100 * 1350;
        int fullCount = Symbology.FULL_DETAIL_COUNT;
        assertEquals(SymbolDetail.FULL, Symbology.symbolDetail(fullCount, 100 * 100), "few symbols, small view");
        int roomyForCodes = (int) (overlay / Math.pow(Symbology.NATION_CODE_ROOM_PIXELS, 2));
        assertEquals(SymbolDetail.FULL, Symbology.symbolDetail(roomyForCodes, overlay));
        assertEquals(SymbolDetail.WITHOUT_NATION_CODES, Symbology.symbolDetail(roomyForCodes + 1, overlay));
        int roomy = (int) (overlay / Math.pow(Symbology.FULL_SYMBOL_ROOM_PIXELS, 2));
        assertEquals(SymbolDetail.WITHOUT_NATION_CODES, Symbology.symbolDetail(roomy, overlay));
        assertEquals(SymbolDetail.SIMPLE, Symbology.symbolDetail(roomy + 1, overlay));
        assertEquals(SymbolDetail.FULL, Symbology.symbolDetail(roomy + 1, 20_000 * 14_000), "a poster keeps them");
    }

    @Test
    void crowdedViewsShowZonesInTheirSimpleLook() {
        double overlay = 2100 * 1350;
        int roomy = (int) (overlay / Math.pow(Symbology.FULL_ZONE_ROOM_PIXELS, 2));
        assertTrue(Symbology.zonesInFull(Symbology.FULL_DETAIL_COUNT, 100 * 100, 100 * 100));
        assertTrue(Symbology.zonesInFull(roomy, overlay, overlay));
        assertFalse(Symbology.zonesInFull(roomy + 1, overlay, overlay));
        assertTrue(Symbology.zonesInFull(10, Symbology.MOST_ZONE_LAYERS * overlay, overlay));
        assertFalse(Symbology.zonesInFull(10, Symbology.MOST_ZONE_LAYERS * overlay + 1, overlay),
                "a few zones stacked deeper than that");
        AreaStyle active = Symbology.area(FeatureKind.MONITORING_ZONE, FeatureStatus.ACTIVE);
        assertEquals(active.fill(), Symbology.simpleZoneFill(active));
        AreaStyle planned = Symbology.area(FeatureKind.MONITORING_ZONE, FeatureStatus.PLANNED);
        Color fill = Symbology.simpleZoneFill(planned).orElseThrow();
        assertEquals(planned.hatch().orElseThrow().getRGB() & 0xffffff, fill.getRGB() & 0xffffff,
                "a hatched zone is tinted in its hatch's colour");
        assertEquals(active.fill().orElseThrow().getAlpha(), fill.getAlpha());
    }

    /** Zone statuses must stay apart for the one reader in twelve men with a red-green deficiency. */
    @Test
    void zoneStatusColoursStayApartUnderSimulatedDeuteranopia() {
        List<Color> colours = new ArrayList<>();
        for (FeatureStatus status : List.of(FeatureStatus.ACTIVE, FeatureStatus.PLANNED, FeatureStatus.DEGRADED,
                FeatureStatus.CLOSED, FeatureStatus.UNKNOWN)) {
            colours.add(Symbology.area(FeatureKind.MONITORING_ZONE, status).boundary().color());
        }
        for (int i = 0; i < colours.size(); i++) {
            for (int j = i + 1; j < colours.size(); j++) {
                double seen = ColourVision.difference(ColourVision.deuteranopia(colours.get(i)),
                        ColourVision.deuteranopia(colours.get(j)));
                assertTrue(seen > 15, colours.get(i) + " and " + colours.get(j) + " differ by only " + seen);
            }
        }
    }

    @Test
    void deuteranopiaSimulationMatchesKnownColours() {
        Color red = ColourVision.deuteranopia(Color.RED);
        Color green = ColourVision.deuteranopia(Color.GREEN);
        assertTrue(ColourVision.difference(red, green) < ColourVision.difference(Color.RED, Color.GREEN) / 2,
                "red and green draw together");
        assertEquals(Color.WHITE, ColourVision.deuteranopia(Color.WHITE));
        Color blue = ColourVision.deuteranopia(Color.BLUE);
        assertTrue(blue.getBlue() > 200, "blue stays blue");
    }
}
