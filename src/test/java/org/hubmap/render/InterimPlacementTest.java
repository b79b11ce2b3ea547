package org.hubmap.render;

import static org.hubmap.render.LayoutRendererTest.feature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.hubmap.geo.WebMercator;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.EditCommand;
import org.hubmap.model.edit.ReplaceFeatures;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Right after an edit the map draws the last placement less the names the edit may have made wrong, and then the
 * placement made again: never a name that was not placed, never one of the edited feature, never one near its new
 * symbol.
 */
class InterimPlacementTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final int ZOOM = 9;
    private static final BasemapOptions OPTIONS = BasemapOptions.defaults();

    private final SplittableRandom random = new SplittableRandom(3);

    private Layout layout() {
        List<LayoutFeature> features = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            String kind = i % 2 == 0 ? "hub" : "depot";
            features.add(feature(kind, "active", kind + " " + i, GEOMETRY.createPoint(new Coordinate(
                    29.5 + 2.5 * random.nextDouble(), 49.6 + 1.6 * random.nextDouble())), "nation", "POL"));
        }
        return new Layout("t", features);
    }

    /** A label by what it names and where. */
    private static String described(PlacedLabel label) {
        Object subject = label.feature().<Object>map(FeatureMark::feature).orElse(label.subject());
        return System.identityHashCode(subject) + " " + label.originX() + " " + label.originY();
    }

    @Test
    void afterAnEditTheLastPlacementIsShownLessTheNamesTheEditMayHaveMadeWrong() {
        Layout layout = layout();
        FeatureMarks marks = FeatureMarks.of(List.of(layout), Set.of());
        LabelPlacer placer = new LabelPlacer(TestBasemaps.bundled());
        LabelPlacement last = placer.placement(ZOOM, OPTIONS, marks);
        // Move a hub onto the spot where another feature's name stands.
        PlacedLabel neighbour = last.labels().stream().filter(l -> l.feature().isPresent()).skip(40).findFirst()
                .orElseThrow();
        double scale = MercatorGeometry.scale(ZOOM);
        Coordinate onName = new Coordinate(WebMercator.lonAtWorldX(neighbour.box().centerX() / scale),
                WebMercator.latAtWorldY(neighbour.box().centerY() / scale));
        LayoutFeature moved = layout.features().get(0).withGeometry(GEOMETRY.createPoint(onName));
        EditCommand move = ReplaceFeatures.of("Move", layout, Map.of(0, moved));
        FeatureMarks after = marks.updated(List.of(move.apply(layout)), Set.of(), new LayoutEdit(0, move.changes()));

        LabelPlacer.Placed interim = placer.placedWithoutWaiting(ZOOM, OPTIONS, after).orElseThrow();
        assertFalse(interim.complete());
        Set<String> placedBefore = new HashSet<>(last.labels().stream().map(InterimPlacementTest::described).toList());
        FeatureMark movedMark = after.marks().stream().filter(m -> m.feature() == moved).findFirst().orElseThrow();
        PixelBox newSymbol = movedMark.symbolBox().orElseThrow().shifted(movedMark.worldX() * scale,
                movedMark.worldY() * scale);
        for (PlacedLabel label : interim.placement().labels()) {
            assertTrue(placedBefore.contains(described(label)), "only names placed before are shown");
            assertTrue(label.feature().map(m -> m.feature() != layout.features().get(0)).orElse(true));
            assertFalse(label.box().intersects(newSymbol.grown(InterimPlacement.NEARBY_PIXELS)),
                    "no name near the moved symbol");
        }
        assertTrue(interim.placement().labels().size() < last.labels().size());
        assertTrue(interim.placement().labels().size() > last.labels().size() / 2, "the rest stay");

        LabelPlacement exact = placer.placement(ZOOM, OPTIONS, after);
        LabelPlacer.Placed settled = placer.placedWithoutWaiting(ZOOM, OPTIONS, after).orElseThrow();
        assertTrue(settled.complete());
        assertSame(exact, settled.placement());
    }

    @Test
    void withNothingPlacedAtTheZoomNamesArePlacedBeforeDrawing() {
        FeatureMarks marks = FeatureMarks.of(List.of(layout()), Set.of());
        LabelPlacer placer = new LabelPlacer(TestBasemaps.bundled());
        assertTrue(placer.placedWithoutWaiting(ZOOM, OPTIONS, marks).isEmpty());

        LayoutRenderer renderer = new LayoutRenderer(new MapLabeller(TestBasemaps.bundled()));
        MapViewport view = new MapViewport(30.7, 50.4, ZOOM + 0.5, 600, 400);
        assertTrue(draw(renderer, marks, view), "nothing to start from: placed first, complete");
        Layout layout = marks.layouts().get(0);
        EditCommand move = ReplaceFeatures.of("Move", layout, Map.of(3, layout.features().get(3)
                .withGeometry(GEOMETRY.createPoint(new Coordinate(30.7, 50.4)))));
        FeatureMarks after = marks.updated(List.of(move.apply(layout)), Set.of(), new LayoutEdit(0, move.changes()));
        assertFalse(draw(renderer, after, view), "right after the edit, some names wait");
        renderer.draw(new BufferedImage(600, 400, BufferedImage.TYPE_INT_ARGB).createGraphics(), after, OPTIONS,
                view);
        assertTrue(draw(renderer, after, view), "once placed, all are shown");
        assertEquals(after.size(), marks.size());
    }

    private static boolean draw(LayoutRenderer renderer, FeatureMarks marks, MapViewport view) {
        Graphics2D g = new BufferedImage(600, 400, BufferedImage.TYPE_INT_ARGB).createGraphics();
        try {
            return renderer.drawWithoutWaiting(g, marks, OPTIONS, view, MapOutput.IMAGE);
        } finally {
            g.dispose();
        }
    }
}
