package org.hubmap.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.junit.jupiter.api.Test;

class StarShapedPolygonTest {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Test
    void acceptsCirclesAndDrawnZonesWithHolesWellInside() {
        Polygon circle = FACTORY.createPolygon(ring(30, 50, 0.2, 0, 64, true, 0, new SplittableRandom(1)));
        assertTrue(StarShapedPolygon.isCertainlyValid(circle));
        Polygon clockwise = FACTORY.createPolygon(ring(30, 50, 0.2, 0, 64, false, 0, new SplittableRandom(1)));
        assertTrue(StarShapedPolygon.isCertainlyValid(clockwise), "validity does not depend on winding");
        SplittableRandom random = new SplittableRandom(2);
        Polygon withHoles = FACTORY.createPolygon(ring(30, 50, 0.3, 0.4, 40, true, 0, random), new LinearRing[] {
            ring(30.05, 50, 0.03, 0.2, 10, false, 0, random), ring(29.95, 50.02, 0.02, 0.2, 9, false, 0, random)});
        assertTrue(StarShapedPolygon.isCertainlyValid(withHoles));
    }

    @Test
    void leavesCrossedTouchingAndTwiceWoundRingsToJts() {
        assertFalse(StarShapedPolygon.isCertainlyValid(polygon(30, 50, 31, 51, 31, 50, 30, 51, 30, 50)), "bow tie");
        double[] pentagram = new double[12];
        for (int i = 0; i <= 5; i++) {
            pentagram[2 * i] = 30 + Math.cos(Math.toRadians(144 * i));
            pentagram[2 * i + 1] = 50 + Math.sin(Math.toRadians(144 * i));
        }
        assertFalse(StarShapedPolygon.isCertainlyValid(polygon(pentagram)), "winds round twice");
        assertFalse(StarShapedPolygon.isCertainlyValid(polygon(30, 50, 31, 50, 31, 50, 31, 51, 30, 50)),
                "repeated vertex");
        Polygon touchingHole = FACTORY.createPolygon(ring(30, 50, 1, 0, 4, true, 0, new SplittableRandom(3)),
                new LinearRing[] {FACTORY.createLinearRing(coordinates(30, 50, 30.5, 49.9, 31, 50, 30.5, 50.1,
                        30, 50))});
        assertFalse(StarShapedPolygon.isCertainlyValid(touchingHole));
    }

    @Test
    void everyPolygonItAcceptsIsValidForJts() {
        SplittableRandom random = new SplittableRandom(42);
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            double x = 22 + 18 * random.nextDouble();
            double y = 44 + 8 * random.nextDouble();
            double radius = Math.pow(10, -6 + 6 * random.nextDouble());
            LinearRing shell = ring(x, y, radius, random.nextDouble(), 3 + random.nextInt(40), random.nextBoolean(),
                    random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0, random);
            LinearRing[] holes = new LinearRing[random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0];
            for (int h = 0; h < holes.length; h++) {
                double holeRadius = radius * random.nextDouble();
                holes[h] = ring(x + radius * (random.nextDouble() - 0.5), y + radius * (random.nextDouble() - 0.5),
                        holeRadius, random.nextDouble(), 3 + random.nextInt(12), random.nextBoolean(), 0, random);
            }
            Polygon polygon = FACTORY.createPolygon(shell, holes);
            if (StarShapedPolygon.isCertainlyValid(polygon)) {
                accepted++;
                assertTrue(new IsValidOp(polygon).isValid(), () -> "accepted but invalid: " + polygon);
            }
        }
        assertTrue(accepted > 5_000, "accepted " + accepted);
    }

    /**
     * A closed ring of {@code vertices} positions around a centre at evenly spread angles, each shrunk towards the
     * centre by up to {@code jitter} of the radius, with {@code swaps} pairs of vertices swapped to tangle it.
     */
    private static LinearRing ring(double x, double y, double radius, double jitter, int vertices,
            boolean counterClockwise, int swaps, SplittableRandom random) {
        Coordinate[] coordinates = new Coordinate[vertices + 1];
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices * (counterClockwise ? 1 : -1);
            double r = radius * (1 - jitter * random.nextDouble());
            coordinates[i] = new Coordinate(x + r * Math.cos(angle), y + r * Math.sin(angle));
        }
        for (int s = 0; s < swaps; s++) {
            int a = random.nextInt(vertices);
            int b = random.nextInt(vertices);
            Coordinate swapped = coordinates[a];
            coordinates[a] = coordinates[b];
            coordinates[b] = swapped;
        }
        coordinates[vertices] = coordinates[0].copy();
        return FACTORY.createLinearRing(coordinates);
    }

    private static Polygon polygon(double... xy) {
        return FACTORY.createPolygon(coordinates(xy));
    }

    private static Coordinate[] coordinates(double... xy) {
        Coordinate[] coordinates = new Coordinate[xy.length / 2];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return coordinates;
    }
}
