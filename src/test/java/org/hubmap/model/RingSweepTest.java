package org.hubmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.valid.IsValidOp;

class RingSweepTest {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Test
    void findsNothingInSimpleRings() {
        assertTrue(sweep(0, 0, 4, 0, 4, 4, 0, 4, 0, 0).isEmpty(), "square");
        assertTrue(sweep(0, 0, 4, 0, 4, 4, 2, 1, 0, 4, 0, 0).isEmpty(), "concave");
        assertTrue(sweep(0, 0, 2, 0, 4, 0, 4, 4, 4, 4, 0, 4, 0, 0).isEmpty(), "straight vertex, repeated position");
    }

    @Test
    void findsACrossingWhereTheEdgesCross() {
        Optional<ZoneValidity.Problem> bowTie = sweep(0, 0, 2, 2, 2, 0, 0, 2, 0, 0);
        assertEquals("Self-intersection", bowTie.orElseThrow().reason());
        assertTrue(bowTie.orElseThrow().where().equals2D(new Coordinate(1, 1)));
    }

    @Test
    void findsATouchAtAVertexAndAnEdgeFoldedBack() {
        Optional<ZoneValidity.Problem> figureEight = sweep(0, 0, 2, 2, 4, 0, 4, 4, 2, 2, 0, 4, 0, 0);
        assertEquals("Ring Self-intersection", figureEight.orElseThrow().reason());
        assertTrue(figureEight.orElseThrow().where().equals2D(new Coordinate(2, 2)));
        assertFalse(sweep(0, 0, 4, 0, 4, 4, 4, 2, 4, 6, 0, 4, 0, 0).isEmpty(), "an edge running back over the last");
        assertFalse(sweep(0, 0, 4, 0, 4, 4, 2, 0, 0, 4, 0, 0).isEmpty(), "a vertex on another edge");
        assertFalse(sweep(0, 0, 0, 4, 2, 4, 0, 2, -2, 2, 0, 0).isEmpty(), "a vertex on a north-south edge");
    }

    @Test
    void refusesRingsWithoutThreeEdges() {
        assertThrows(IllegalArgumentException.class, () -> sweep(0, 0, 1, 1, 1, 1, 0, 0));
    }

    /**
     * Rings on a small grid touch, cross, fold back and run along each other in every way there is: the sweep
     * must find a problem exactly when JTS's {@code IsValidOp} does.
     */
    @Test
    void agreesWithJtsOnRandomRingsOnAGrid() {
        SplittableRandom random = new SplittableRandom(7);
        int invalid = 0;
        for (int trial = 0; trial < 30_000; trial++) {
            int vertices = 3 + random.nextInt(10);
            int grid = 2 + random.nextInt(5);
            Coordinate[] ring = new Coordinate[vertices + 1];
            for (int i = 0; i < vertices; i++) {
                ring[i] = new Coordinate(random.nextInt(grid), random.nextInt(grid));
            }
            ring[vertices] = ring[0];
            if (Arrays.stream(ring).distinct().count() < 3 || !threeDistinctInARow(ring)) {
                continue;
            }
            boolean jtsValid = new IsValidOp(FACTORY.createPolygon(ring)).isValid();
            Optional<ZoneValidity.Problem> problem = RingSweep.selfIntersection(ring);
            assertEquals(jtsValid, problem.isEmpty(), () -> "ring " + Arrays.toString(ring) + ": " + problem);
            invalid += jtsValid ? 0 : 1;
        }
        assertTrue(invalid > 1000, "the trials must include many invalid rings, had " + invalid);
    }

    @Test
    void findsTheOneCrossingInARingOfManySpikes() {
        int vertices = 6_000;
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices + (i == vertices / 2 + 1 ? 2 * Math.PI * 3 / vertices : 0);
            double reach = i % 2 == 1 ? 1 : 0.2;
            ring[i] = new Coordinate(32 + reach * Math.cos(angle), 49 + 0.7 * reach * Math.sin(angle));
        }
        ring[vertices] = ring[0];
        assertFalse(new IsValidOp(FACTORY.createPolygon(ring)).isValid());
        assertEquals("Self-intersection", RingSweep.selfIntersection(ring).orElseThrow().reason());
    }

    private static boolean threeDistinctInARow(Coordinate[] ring) {
        int changes = 0;
        for (int i = 1; i < ring.length; i++) {
            changes += ring[i].equals2D(ring[i - 1]) ? 0 : 1;
        }
        return changes >= 3;
    }

    private static Optional<ZoneValidity.Problem> sweep(double... xy) {
        Coordinate[] ring = new Coordinate[xy.length / 2];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return RingSweep.selfIntersection(ring);
    }
}
