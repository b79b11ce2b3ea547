package org.hubmap.render;

import static org.hubmap.render.LayoutRendererTest.feature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Which placed names a view shows: all of them at a whole zoom, and never two that meet between whole zooms. */
class ShownLabelsTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final LabelPlacer PLACER = new LabelPlacer(TestBasemaps.bundled());

    private static FeatureMarks crowd() {
        SplittableRandom random = new SplittableRandom(4);
        List<LayoutFeature> features = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            double lon = 29.8 + 1.6 * random.nextDouble();
            double lat = 49.9 + 1.0 * random.nextDouble();
            if (i % 3 == 0) {
                double side = 0.05 + 0.25 * random.nextDouble();
                features.add(feature("monitoring-zone", "active", "Monitoring sector " + i,
                        GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + side,
                            lat), new Coordinate(lon + side, lat + side), new Coordinate(lon, lat + side),
                            new Coordinate(lon, lat)})));
            } else {
                features.add(feature(i % 2 == 0 ? "hub" : "depot", "active", "Site " + i,
                        GEOMETRY.createPoint(new Coordinate(lon, lat))));
            }
        }
        return FeatureMarks.of(List.of(new Layout("t", features)), Set.of());
    }

    private static PixelBox letters(PlacedLabel label, ScreenFrame frame, int zoom) {
        double placed = MercatorGeometry.scale(zoom);
        return label.text().bounds().shifted(LayoutRenderer.screenX(label, frame, placed),
                LayoutRenderer.screenY(label, frame, placed));
    }

    @Test
    void aWholeZoomShowsEveryNamePlacedInTheView() {
        FeatureMarks marks = crowd();
        MapViewport view = new MapViewport(30.6, 50.4, 9, 1200, 800);
        ScreenFrame frame = ScreenFrame.of(view);
        LabelPlacement placement = PLACER.placement(9, BasemapOptions.defaults(), marks);
        long inView = placement.labels().stream().filter(l -> {
            PixelBox box = letters(l, frame, 9).grown(BasemapStyle.LABEL_HALO_WIDTH_PIXELS);
            return box.maxX() >= 0 && box.maxY() >= 0 && box.minX() <= 1200 && box.minY() <= 800;
        }).count();
        assertEquals(inView, LayoutRenderer.shownLabels(placement, frame, 9).size());
        assertTrue(inView > 50, inView + " names in view");
    }

    @Test
    void betweenWholeZoomsNoTwoNamesShownMeet() {
        FeatureMarks marks = crowd();
        int dropped = 0;
        for (double zoom = 8.1; zoom < 11; zoom += 0.2) {
            int whole = LayoutRenderer.placementZoom(zoom);
            ScreenFrame frame = ScreenFrame.of(new MapViewport(30.6, 50.4, zoom, 1200, 800));
            LabelPlacement placement = PLACER.placement(whole, BasemapOptions.defaults(), marks);
            List<PlacedLabel> shown = LayoutRenderer.shownLabels(placement, frame, whole);
            for (int i = 0; i < shown.size(); i++) {
                for (int j = i + 1; j < shown.size(); j++) {
                    if (letters(shown.get(i), frame, whole).intersects(letters(shown.get(j), frame, whole))) {
                        fail("zoom " + zoom + ": " + shown.get(i).text() + " meets " + shown.get(j).text());
                    }
                }
            }
            long inView = placement.labels().stream().filter(l -> {
                PixelBox box = letters(l, frame, whole).grown(BasemapStyle.LABEL_HALO_WIDTH_PIXELS);
                return box.maxX() >= 0 && box.maxY() >= 0 && box.minX() <= 1200 && box.minY() <= 800;
            }).count();
            dropped += (int) (inView - shown.size());
        }
        assertTrue(dropped > 0, "some names met and were left out");
    }
}
