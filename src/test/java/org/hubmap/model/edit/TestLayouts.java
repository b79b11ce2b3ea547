package org.hubmap.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Small layouts for the command tests, and a check that a layout holds the very feature objects expected. */
final class TestLayouts {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final String[] KINDS = {"hub", "depot", "monitoring-zone"};

    private TestLayouts() {
    }

    /** A point feature of {@code kind} named after {@code number}. */
    static LayoutFeature feature(String kind, int number) {
        return new LayoutFeature(kind + "-" + number, Map.of("kind", kind, "name", kind + " " + number),
                GEOMETRY.createPoint(new Coordinate(22.5 + number % 170 / 10.0, 44.5 + number % 70 / 10.0)));
    }

    /** A layout of {@code count} features, hub, depot and zone in turn, with one collection member. */
    static Layout layout(int count) {
        List<LayoutFeature> features = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            features.add(feature(KINDS[i % KINDS.length], i));
        }
        return new Layout("test", features, Map.of("name", "Test layout"), null);
    }

    /** {@code feature} moved east by {@code degrees}. */
    static LayoutFeature moved(LayoutFeature feature, double degrees) {
        Coordinate c = feature.geometry().orElseThrow().getCoordinate();
        return feature.withGeometry(GEOMETRY.createPoint(new Coordinate(c.x + degrees, c.y)));
    }

    /** Asserts that {@code actual} holds exactly the objects of {@code expected}, in order. */
    static void assertSameFeatures(List<LayoutFeature> expected, Layout actual) {
        assertEquals(expected.size(), actual.features().size(), "number of features");
        for (int i = 0; i < expected.size(); i++) {
            assertSame(expected.get(i), actual.features().get(i), "feature " + i);
        }
    }
}
