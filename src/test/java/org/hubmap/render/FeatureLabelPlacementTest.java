package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hubmap.io.LayoutReader;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Feature names and basemap names share one placement: no overlaps, no covered symbols, features first. */
class FeatureLabelPlacementTest {
    private static final LabelPlacer PLACER = new LabelPlacer(TestBasemaps.bundled());
    private static Layout sample;
    private static FeatureMarks marks;

    @BeforeAll
    static void readSample() throws Exception {
        sample = LayoutReader.read(Path.of("maps/sample-layout.geojson"));
        marks = FeatureMarks.of(List.of(sample), Set.of());
    }

    private static String nameOf(PlacedLabel label) {
        return label.feature().map(m -> "feature " + m.label()).orElseGet(() -> label.place().nameEnglish());
    }

    private static List<PixelBox> symbolBoxes(FeatureMarks features, int zoom) {
        List<PixelBox> boxes = new ArrayList<>();
        double scale = MercatorGeometry.scale(zoom);
        for (FeatureMark mark : features.marks()) {
            if (mark.minZoom() <= zoom) {
                mark.symbolBox().ifPresent(b -> boxes.add(b.shifted(mark.worldX() * scale, mark.worldY() * scale)));
            }
        }
        return boxes;
    }

    @ParameterizedTest
    @ValueSource(ints = {6, 8, 10})
    void noLabelsOverlapAndNoneCoversASymbol(int zoom) {
        LabelPlacement placement = PLACER.placement(zoom, BasemapOptions.defaults(), marks);
        List<PlacedLabel> labels = placement.labels();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                if (labels.get(i).box().intersects(labels.get(j).box())) {
                    fail("zoom " + zoom + ": " + nameOf(labels.get(i)) + " overlaps " + nameOf(labels.get(j)));
                }
            }
            for (PixelBox symbol : symbolBoxes(marks, zoom)) {
                if (labels.get(i).box().intersects(symbol)) {
                    fail("zoom " + zoom + ": " + nameOf(labels.get(i)) + " covers a symbol");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 10})
    void everyFeatureIsNamedOnceZoomedIn(int zoom) {
        LabelPlacement placement = PLACER.placement(zoom, BasemapOptions.defaults(), marks);
        long named = placement.labels().stream().filter(l -> l.feature().isPresent()).count();
        assertEquals(sample.features().size(), named);
    }

    @Test
    void capitalsAndOblastCentresAreNamedBeforeFeaturesAndFeaturesBeforeOtherPlaces() {
        LabelPlacement placement = PLACER.placement(7, BasemapOptions.defaults(), marks);
        List<PlacedLabel> labels = placement.labels();
        int firstFeature = 0;
        while (labels.get(firstFeature).feature().isEmpty()) {
            PlaceKind kind = labels.get(firstFeature).place().kind();
            assertTrue(kind == PlaceKind.CAPITAL || kind == PlaceKind.REGIONAL_CENTRE, nameOf(labels.get(firstFeature))
                    + " is named before the features");
            firstFeature++;
        }
        assertTrue(labels.stream().anyMatch(l -> l.place() != null && l.place().nameEnglish().equals("Kyiv")),
                "Kyiv is named beside Hub Kyiv North");
        long hubs = labels.stream()
                .filter(l -> l.feature().map(m -> m.feature().kind() == FeatureKind.HUB).orElse(false)).count();
        assertEquals(sample.count(FeatureKind.HUB), hubs, "every hub is named at zoom 7");
        boolean otherPlaces = false;
        for (PlacedLabel label : labels.subList(firstFeature, labels.size())) {
            otherPlaces |= label.feature().isEmpty();
            assertFalse(otherPlaces && label.feature().isPresent(), nameOf(label) + " is named after a town");
        }
    }

    @Test
    void kyivKeepsItsNameAtEveryZoomAUserSeesTheSampleAt() {
        for (double zoom : new double[] {5, 5.5, 6, 6.5, 7, 7.5, 8}) {
            LabelPlacement placement = PLACER.placement(LayoutRenderer.placementZoom(zoom), BasemapOptions.defaults(),
                    marks);
            assertTrue(placement.labels().stream()
                    .anyMatch(l -> l.place() != null && l.place().nameEnglish().equals("Kyiv")),
                    "Kyiv is named at zoom " + zoom + " with the sample layout open");
        }
    }

    @Test
    void theSelectedFeatureIsNamedFirstEvenBelowItsLabelZoom() {
        LayoutFeature depot = sample.features().stream().filter(f -> "depot-izmail".equals(f.id())).findFirst()
                .orElseThrow();
        FeatureMarks selected = FeatureMarks.of(List.of(sample), Set.of(depot));
        int zoom = Symbology.point(FeatureKind.DEPOT, depot.featureStatus()).minZoom();
        LabelPlacement placement = PLACER.placement(zoom, BasemapOptions.defaults(), selected);
        assertTrue(placement.labels().get(0).feature().orElseThrow().feature() == depot);
        LabelPlacement unselected = PLACER.placement(zoom, BasemapOptions.defaults(), marks);
        assertFalse(unselected.labels().stream().anyMatch(l -> l.feature().map(m -> m.feature() == depot)
                .orElse(false)), "depots are not named at zoom " + zoom + " unless selected");
    }

    @Test
    void basemapNamesMakeRoomForFeatures() {
        LabelPlacement alone = PLACER.placement(8, BasemapOptions.defaults());
        LabelPlacement shared = PLACER.placement(8, BasemapOptions.defaults(), marks);
        long basemapAlone = alone.labels().size();
        long basemapShared = shared.labels().stream().filter(l -> l.feature().isEmpty()).count();
        assertTrue(basemapShared < basemapAlone, basemapShared + " basemap names beside features, " + basemapAlone
                + " alone");
    }
}
