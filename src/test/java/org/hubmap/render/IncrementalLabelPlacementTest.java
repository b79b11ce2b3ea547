package org.hubmap.render;

import static org.hubmap.render.LayoutRendererTest.feature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A placement made after an edit, starting from the one before it, is exactly the placement made from scratch:
 * the same names at the same places in the same order, and the same dots.
 */
class IncrementalLabelPlacementTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final String[] KINDS = {"hub", "depot", "monitoring-zone"};
    private static final int[] ZOOMS = {7, 9, 11};

    private final SplittableRandom random = new SplittableRandom(11);

    private LayoutFeature randomFeature(int number) {
        String kind = KINDS[random.nextInt(KINDS.length)];
        double lon = 29.5 + 2.5 * random.nextDouble();
        double lat = 49.6 + 1.6 * random.nextDouble();
        String name = (kind.equals("hub") ? "Hub " : kind.equals("depot") ? "Depot " : "Sector ") + number;
        return feature(kind, "active", name, geometryOf(kind, lon, lat), "nation", "POL");
    }

    private Geometry geometryOf(String kind, double lon, double lat) {
        if (!kind.equals("monitoring-zone")) {
            return GEOMETRY.createPoint(new Coordinate(lon, lat));
        }
        double side = 0.02 + 0.2 * random.nextDouble();
        return GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + side, lat),
            new Coordinate(lon + side, lat + side), new Coordinate(lon, lat + side), new Coordinate(lon, lat)});
    }

    /** One edit as the editor makes them: a new feature object for whatever changes. */
    private List<LayoutFeature> edited(List<LayoutFeature> features, int step) {
        List<LayoutFeature> next = new ArrayList<>(features);
        int index = random.nextInt(next.size());
        LayoutFeature chosen = next.get(index);
        switch (step % 4) {
            case 0 -> next.set(index, chosen.withGeometry(geometryOf(chosen.kind() == FeatureKind.MONITORING_ZONE
                    ? "monitoring-zone" : "hub", 29.5 + 2.5 * random.nextDouble(), 49.6 + 1.6 * random.nextDouble())));
            case 1 -> next.remove(index);
            case 2 -> next.add(random.nextInt(next.size()), randomFeature(10_000 + step));
            default -> next.set(index, feature(chosen.kind() == FeatureKind.MONITORING_ZONE ? "monitoring-zone"
                    : "depot", "planned", "Renamed " + step, chosen.geometry().orElseThrow(), "nation", "GBR"));
        }
        return next;
    }

    private static List<String> described(LabelPlacement placement) {
        List<String> lines = new ArrayList<>();
        for (PlacedLabel label : placement.labels()) {
            Object subject = label.feature().<Object>map(FeatureMark::feature).orElse(label.place());
            lines.add(System.identityHashCode(subject) + " " + label.originX() + " " + label.originY() + " "
                    + label.text().bounds());
        }
        for (PlacedDot dot : placement.dots()) {
            lines.add(dot.place().nameEnglish() + " " + dot.x() + " " + dot.y());
        }
        return lines;
    }

    @Test
    void aPlacementAfterEachEditIsThePlacementFromScratch() {
        List<LayoutFeature> features = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            features.add(randomFeature(i));
        }
        LabelPlacer incremental = new LabelPlacer(TestBasemaps.bundled());
        Set<LayoutFeature> selected = Set.of();
        int labelsCompared = 0;
        for (int step = 0; step < 16; step++) {
            if (step > 0) {
                features = edited(features, step);
            }
            if (step % 5 == 3) {
                selected = Set.of(features.get(random.nextInt(features.size())));
            }
            FeatureMarks marks = FeatureMarks.of(List.of(new Layout("t", features)), selected);
            LabelPlacer scratch = new LabelPlacer(TestBasemaps.bundled());
            for (int zoom : ZOOMS) {
                LabelPlacement expected = scratch.placement(zoom, BasemapOptions.defaults(), marks);
                LabelPlacement actual = incremental.placement(zoom, BasemapOptions.defaults(), marks);
                assertEquals(described(expected), described(actual), "step " + step + ", zoom " + zoom);
                labelsCompared += expected.labels().size();
            }
        }
        assertTrue(labelsCompared > 5_000, labelsCompared + " labels compared");
    }
}
