package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

class GeometryPathsTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static List<double[]> points(Path2D path) {
        List<double[]> points = new ArrayList<>();
        double[] coords = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            if (it.currentSegment(coords) != PathIterator.SEG_CLOSE) {
                points.add(new double[] {coords[0], coords[1]});
            }
        }
        return points;
    }

    @Test
    void thinningScalesShiftsAndDropsVerticesCloserThanTheStep() {
        LineString line = GEOMETRY.createLineString(new Coordinate[] {new Coordinate(0, 0), new Coordinate(0.1, 0),
            new Coordinate(0.3, 0), new Coordinate(1, 0), new Coordinate(1.05, 0.02)});
        Path2D.Double path = new Path2D.Double();
        GeometryPaths.appendThinned(path, line, 10, 5, -1, 4);
        List<double[]> points = points(path);
        assertEquals(3, points.size(), "1 and 3 px from the last kept are dropped; the end is kept");
        assertArrayEquals(new double[] {5, -1}, points.get(0), 1e-9);
        assertArrayEquals(new double[] {15, -1}, points.get(1), 1e-9);
        assertArrayEquals(new double[] {15.5, -0.8}, points.get(2), 1e-9);
    }
}
