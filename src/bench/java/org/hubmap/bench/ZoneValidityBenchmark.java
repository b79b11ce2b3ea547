package org.hubmap.bench;

import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.hubmap.model.ZoneValidity;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Measures how long deciding a zone's validity takes for zones of a million vertices: the check that the screen,
 * {@code validate} and {@code check} all make through {@link ZoneValidity}. Three shapes: a ring of spikes round one
 * centre (valid; every spike's box overlaps those of its many neighbours, which makes JTS's {@code IsValidOp}
 * compare nearly every pair of edges), the same ring with one spike bent across its neighbour (invalid), and a
 * wandering outline that crosses itself everywhere. {@code IsValidOp} alone is timed for the spiky ring at sizes it
 * can finish, to show how its time grows: four times for twice the vertices.
 *
 * <p>Run with {@code mvn -q test-compile exec:java -Dexec.mainClass=org.hubmap.bench.ZoneValidityBenchmark}.
 */
public final class ZoneValidityBenchmark {
    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final int MILLION = 1_000_000;

    private ZoneValidityBenchmark() {
    }

    public static void main(String[] args) {
        System.out.println("shape                       vertices   ZoneValidity ms   result");
        time("spiky ring, valid", spikyRing(MILLION, false));
        time("spiky ring, one crossing", spikyRing(MILLION, true));
        time("wandering, self-crossing", wandering(MILLION));
        System.out.println();
        System.out.println("JTS IsValidOp alone on the valid spiky ring:");
        for (int vertices : new int[] {5_000, 10_000, 20_000, 40_000}) {
            Polygon ring = spikyRing(vertices, false);
            long start = System.nanoTime();
            boolean valid = new IsValidOp(ring).isValid();
            System.out.printf(Locale.ROOT, "  %,9d vertices  %,9.0f ms  %s%n", vertices,
                    (System.nanoTime() - start) / 1e6, valid ? "valid" : "invalid");
        }
    }

    private static void time(String shape, Polygon zone) {
        ZoneValidity.problemOf(zone);
        long start = System.nanoTime();
        Optional<ZoneValidity.Problem> problem = ZoneValidity.problemOf(zone);
        System.out.printf(Locale.ROOT, "%-26s %,9d   %,15.0f   %s%n", shape, zone.getNumPoints(),
                (System.nanoTime() - start) / 1e6, problem.map(ZoneValidity.Problem::describe).orElse("valid"));
    }

    /** Spikes round (32 E, 49 N), alternately 0.2 and 1 degree out; {@code crossing} bends one across the next. */
    private static Polygon spikyRing(int vertices, boolean crossing) {
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices;
            double reach = i % 2 == 1 ? 1 : 0.2;
            if (crossing && i == vertices / 2 + 1) {
                angle += 2 * Math.PI * 3 / vertices;
            }
            ring[i] = new Coordinate(32 + reach * Math.cos(angle), 49 + 0.7 * reach * Math.sin(angle));
        }
        ring[vertices] = ring[0];
        return FACTORY.createPolygon(ring);
    }

    /** Random positions in a 4 by 2 degree box, joined in order. */
    private static Polygon wandering(int vertices) {
        SplittableRandom random = new SplittableRandom(1);
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int i = 0; i < vertices; i++) {
            ring[i] = new Coordinate(30 + 4 * random.nextDouble(), 48 + 2 * random.nextDouble());
        }
        ring[vertices] = ring[0];
        return FACTORY.createPolygon(ring);
    }
}
