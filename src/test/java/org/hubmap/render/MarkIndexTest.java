package org.hubmap.render;

import static org.hubmap.render.LayoutRendererTest.feature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/** Culling finds the same marks whether it walks the tree (small views) or reads every mark (large ones). */
class MarkIndexTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static FeatureMarks scattered() {
        SplittableRandom random = new SplittableRandom(3);
        List<LayoutFeature> features = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            double lon = 23 + 16 * random.nextDouble();
            double lat = 45 + 7 * random.nextDouble();
            if (i % 4 == 0) {
                double side = 0.05 + 0.3 * random.nextDouble();
                features.add(feature("monitoring-zone", "active", "z" + i, GEOMETRY.createPolygon(new Coordinate[] {
                    new Coordinate(lon, lat), new Coordinate(lon + side, lat), new Coordinate(lon + side, lat + side),
                    new Coordinate(lon, lat + side), new Coordinate(lon, lat)})));
            } else {
                features.add(feature(i % 2 == 0 ? "hub" : "depot", "active", "p" + i,
                        GEOMETRY.createPoint(new Coordinate(lon, lat))));
            }
        }
        return FeatureMarks.of(List.of(new Layout("t", features)), Set.of());
    }

    /** The views' share of the marks' bounds, on each side: small ones walk the tree, large ones read all. */
    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.2, 0.5, 0.9})
    void nearFindsEveryMarkWhoseExtentMeetsTheGrownView(double share) {
        FeatureMarks marks = scattered();
        MarkIndex index = marks.index();
        Envelope all = new Envelope();
        marks.marks().forEach(m -> all.expandToInclude(extentOf(m)));
        Envelope view = new Envelope(all.getMinX() + all.getWidth() * 0.3,
                all.getMinX() + all.getWidth() * (0.3 + share * 0.7), all.getMinY() + all.getHeight() * 0.2,
                all.getMinY() + all.getHeight() * (0.2 + share * 0.8));
        double scale = MercatorGeometry.scale(8);
        BitSet found = index.near(view, scale, 8);
        Envelope grown = new Envelope(view);
        grown.expandBy(index.reachPixels() / scale);
        BitSet expected = new BitSet();
        for (int i = 0; i < marks.size(); i++) {
            if (extentOf(marks.marks().get(i)).intersects(grown)) {
                expected.set(i);
            }
        }
        assertEquals(expected, found);
        assertTrue(found.cardinality() > 0 && found.cardinality() < marks.size(), found.cardinality() + " found");
    }

    private static Envelope extentOf(FeatureMark mark) {
        return mark.area().map(FeatureMark.AreaShape::envelope)
                .orElseGet(() -> new Envelope(mark.worldX(), mark.worldX(), mark.worldY(), mark.worldY()));
    }
}
