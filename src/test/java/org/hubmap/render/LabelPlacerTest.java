package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {
    private final LabelPlacer placer = new LabelPlacer(TestBasemaps.bundled());

    private static boolean hasLabel(LabelPlacement placement, String text, PlaceKind kind) {
        return placement.labels().stream()
                .anyMatch(l -> l.place().kind() == kind && l.place().nameEnglish().equals(text));
    }

    @Test
    void noTwoLabelsOverlapAtAnyZoom() {
        for (LabelLanguage language : LabelLanguage.values()) {
            for (int zoom = 4; zoom <= 12; zoom++) {
                List<PlacedLabel> labels = placer.placement(zoom, BasemapOptions.defaults().withLanguage(language))
                        .labels();
                for (int i = 0; i < labels.size(); i++) {
                    for (int j = i + 1; j < labels.size(); j++) {
                        if (labels.get(i).box().intersects(labels.get(j).box())) {
                            fail("zoom " + zoom + ": " + labels.get(i).place().nameEnglish() + " overlaps "
                                    + labels.get(j).place().nameEnglish());
                        }
                    }
                }
            }
        }
    }

    @Test
    void labelsCoverNoDotButTheirOwn() {
        for (int zoom = 4; zoom <= 12; zoom++) {
            LabelPlacement placement = placer.placement(zoom, BasemapOptions.defaults());
            for (PlacedLabel label : placement.labels()) {
                for (PlacedDot dot : placement.dots()) {
                    if (dot.place() != label.place() && label.box().intersects(dot.box())) {
                        fail("zoom " + zoom + ": " + label.place().nameEnglish() + " covers the dot of "
                                + dot.place().nameEnglish());
                    }
                }
            }
        }
    }

    @Test
    void kyivIsNamedFromZoomFiveUp() {
        for (int zoom = 5; zoom <= 12; zoom++) {
            assertTrue(hasLabel(placer.placement(zoom, BasemapOptions.defaults()), "Kyiv", PlaceKind.CAPITAL),
                    "zoom " + zoom);
        }
    }

    @Test
    void placesAtTheDeepestZoom() {
        assertTrue(hasLabel(placer.placement(30, BasemapOptions.defaults()), "Kyiv", PlaceKind.CAPITAL));
    }

    @Test
    void moreNamesAppearAsTheMapZoomsIn() {
        int previous = 0;
        for (int zoom = 5; zoom <= 11; zoom++) {
            int settlements = (int) placer.placement(zoom, BasemapOptions.defaults()).labels().stream()
                    .filter(l -> l.place().kind().isSettlement()).count();
            assertTrue(settlements >= previous * 0.9, "zoom " + zoom + ": " + settlements + " after " + previous);
            previous = settlements;
        }
        assertTrue(previous > 400, "nearly every settlement is named at zoom 11: " + previous);
    }

    @Test
    void smallPlacesWaitForHigherZooms() {
        LabelPlacement five = placer.placement(5, BasemapOptions.defaults());
        assertTrue(five.dots().stream().noneMatch(d -> d.place().kind() == PlaceKind.TOWN
                || d.place().kind() == PlaceKind.SMALL_TOWN));
        assertTrue(hasLabel(five, "Kharkiv", PlaceKind.REGIONAL_CENTRE));
        assertTrue(hasLabel(placer.placement(7, BasemapOptions.defaults()), "Kryvyi Rih", PlaceKind.TOWN));
        assertTrue(placer.placement(8, BasemapOptions.defaults()).dots().stream()
                .noneMatch(d -> d.place().kind() == PlaceKind.SMALL_TOWN));
        assertTrue(hasLabel(placer.placement(9, BasemapOptions.defaults()), "Bucha", PlaceKind.SMALL_TOWN));
    }

    @Test
    void areasAreNamedAtTheirZooms() {
        LabelPlacement six = placer.placement(6, BasemapOptions.defaults());
        assertTrue(hasLabel(six, "Belarus", PlaceKind.COUNTRY));
        assertTrue(hasLabel(six, "Black Sea", PlaceKind.SEA));
        assertFalse(six.labels().stream().anyMatch(l -> l.place().kind() == PlaceKind.OBLAST));
        LabelPlacement eight = placer.placement(8, BasemapOptions.defaults());
        assertTrue(hasLabel(eight, "Poltava Oblast", PlaceKind.OBLAST));
        assertFalse(eight.labels().stream().anyMatch(l -> l.place().kind() == PlaceKind.COUNTRY));
        assertFalse(eight.labels().stream().anyMatch(l -> l.place().kind() == PlaceKind.LAKE));
        assertTrue(hasLabel(placer.placement(10, BasemapOptions.defaults()), "Kyiv Reservoir", PlaceKind.LAKE));
        assertFalse(hasLabel(placer.placement(10, BasemapOptions.defaults().withLayer(BasemapLayer.LAKES, false)),
                "Kyiv Reservoir", PlaceKind.LAKE));
    }

    @Test
    void everyUkrainianOblastCentreKeepsItsDot() {
        long ukrainianCentres = TestBasemaps.bundled().places().stream()
                .filter(p -> p.inUkraine() && p.kind() == PlaceKind.REGIONAL_CENTRE).count();
        for (int zoom = 5; zoom <= 11; zoom++) {
            long dots = placer.placement(zoom, BasemapOptions.defaults()).dots().stream()
                    .filter(d -> d.place().inUkraine() && d.place().kind() == PlaceKind.REGIONAL_CENTRE).count();
            assertEquals(ukrainianCentres, dots, "zoom " + zoom);
        }
    }

    @Test
    void namesFollowTheLanguage() {
        BasemapOptions ukrainian = BasemapOptions.defaults().withLanguage(LabelLanguage.UKRAINIAN);
        PlacedLabel kyiv = placer.placement(7, ukrainian).labels().get(0);
        assertEquals("Kyiv", kyiv.place().nameEnglish());
        PlacedLabel english = placer.placement(7, BasemapOptions.defaults()).labels().get(0);
        assertTrue(kyiv.box().width() != english.box().width(), "Київ and Kyiv differ in width");
    }

    @Test
    void layerSwitchesDecideWhatIsPlaced() {
        LabelPlacement dotsOnly = placer.placement(7,
                BasemapOptions.defaults().withLayer(BasemapLayer.PLACE_LABELS, false));
        assertTrue(dotsOnly.labels().isEmpty());
        assertTrue(dotsOnly.dots().size() > 100);
        LabelPlacement noCities = placer.placement(7, BasemapOptions.defaults().withLayer(BasemapLayer.CITIES, false));
        assertTrue(noCities.dots().isEmpty());
        assertTrue(noCities.labels().stream().noneMatch(l -> l.place().kind().isSettlement()));
        assertTrue(hasLabel(noCities, "Black Sea", PlaceKind.SEA));
        LabelPlacement noSea = placer.placement(7, BasemapOptions.defaults().withLayer(BasemapLayer.SEA, false));
        assertFalse(hasLabel(noSea, "Black Sea", PlaceKind.SEA));
    }

    @Test
    void placementsAreRememberedPerZoomAndOptions() {
        LabelPlacement first = placer.placement(8, BasemapOptions.defaults());
        assertSame(first, placer.placement(8, BasemapOptions.defaults()));
        assertEquals(8, first.zoom());
    }

    @Test
    void labelsAndDotsNearAnAreaAreFound() {
        LabelPlacement placement = placer.placement(7, BasemapOptions.defaults());
        PlacedLabel kyiv = placement.labels().get(0);
        PixelBox area = PixelBox.around(kyiv.box().centerX(), kyiv.box().centerY(), 1);
        assertTrue(placement.labelsNear(area).contains(kyiv));
        PixelBox nowhere = PixelBox.ofSize(0, 0, 256, 256);
        assertTrue(placement.labelsNear(nowhere).isEmpty());
        assertTrue(placement.dotsNear(nowhere).isEmpty());
    }
}
