package org.hubmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.hubmap.io.LayoutReader;
import org.hubmap.io.ReadProgress;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class GeodesicCircleTest {
    private static final GeoPosition ZNPP = new GeoPosition(34.586, 47.511);

    @Test
    void everyVertexLiesAtTheRadiusWithinAMillimetre() {
        for (GeoPosition centre : List.of(ZNPP, new GeoPosition(22.1, 52.4), new GeoPosition(40.2, 44.4))) {
            for (double radius : new double[] {50, 8_000, 30_000, 250_000}) {
                Polygon circle = GeodesicCircle.polygon(centre, radius, GeodesicCircle.DEFAULT_VERTEX_COUNT);
                for (Coordinate vertex : circle.getCoordinates()) {
                    double metres = Geodesic.WGS84.Inverse(centre.latDegrees(), centre.lonDegrees(), vertex.y,
                            vertex.x).s12;
                    assertEquals(radius, metres, 1e-3, centre + " " + radius);
                }
            }
        }
    }

    @Test
    void startsDueNorthAndGoesWestInEqualSteps() {
        Polygon circle = GeodesicCircle.polygon(ZNPP, 30_000, 72);
        Coordinate[] ring = circle.getExteriorRing().getCoordinates();
        assertEquals(73, ring.length);
        assertEquals(ring[0], ring[72]);
        for (int i = 0; i < 72; i++) {
            GeodesicData leg = Geodesic.WGS84.Inverse(ZNPP.latDegrees(), ZNPP.lonDegrees(), ring[i].y, ring[i].x);
            double expected = -5.0 * i;
            double azimuth = leg.azi1 - 360 * Math.round((leg.azi1 - expected) / 360);
            assertEquals(expected, azimuth, 1e-9, "vertex " + i);
        }
        assertEquals(ZNPP.lonDegrees(), ring[0].x, 1e-12);
        assertTrue(ring[1].x < ZNPP.lonDegrees(), "the second vertex lies west of north");
    }

    @Test
    void windsCounterClockwiseAsRfc7946Asks() {
        Polygon circle = GeodesicCircle.polygon(ZNPP, 30_000, 72);
        assertTrue(Orientation.isCCW(circle.getExteriorRing().getCoordinateSequence()));
        assertTrue(circle.isValid());
        assertEquals(0, circle.getNumInteriorRing());
    }

    /**
     * The circle zones of the sample layout were made with 72 vertices from due north going west, rounded to six
     * decimals; circles made here round to the same numbers.
     */
    @Test
    void matchesTheCircleZonesOfTheSampleLayout() throws Exception {
        List<LayoutFeature> circles = new ArrayList<>();
        LayoutReader.stream(Path.of("maps/sample-layout.geojson"), feature -> {
            if ("circle".equals(feature.properties().get("shape"))) {
                circles.add(feature);
            }
        }, ReadProgress.NONE);
        assertEquals(3, circles.size());
        for (LayoutFeature zone : circles) {
            List<?> centre = (List<?>) zone.properties().get("center");
            GeoPosition position = new GeoPosition(((Number) centre.get(0)).doubleValue(),
                    ((Number) centre.get(1)).doubleValue());
            double radius = ((Number) zone.properties().get("radius_m")).doubleValue();
            Coordinate[] stored = zone.geometry().orElseThrow().getCoordinates();
            Coordinate[] made = GeodesicCircle.polygon(position, radius, GeodesicCircle.DEFAULT_VERTEX_COUNT)
                    .getCoordinates();
            assertEquals(stored.length, made.length);
            for (int i = 0; i < made.length; i++) {
                assertEquals(stored[i].x, made[i].x, 0.5e-6 + 1e-12, zone.properties().get("name") + " " + i);
                assertEquals(stored[i].y, made[i].y, 0.5e-6 + 1e-12, zone.properties().get("name") + " " + i);
            }
        }
    }

    /**
     * A geodesic circle of radius r where the Gaussian curvature is K encloses 2 pi (1 - cos(r sqrt K)) / K, and a
     * regular polygon of n vertices on it the fraction n sin(2 pi / n) / (2 pi) of that. Reference: the curvature
     * 1 / (M N) of WGS84 at the centre, with Python.
     */
    @Test
    void enclosesTheAreaOfAnInscribedPolygonOfTheEllipsoidalCircle() {
        assertEquals(2_823_840_861.89, GeodesicArea.squareMetres(GeodesicCircle.polygon(ZNPP, 30_000, 72)),
                2_823_840_861.89 * 1e-7);
        assertEquals(1_961_001_704.06, GeodesicArea.squareMetres(GeodesicCircle.polygon(new GeoPosition(36.23,
                50.0), 25_000, 72)), 1_961_001_704.06 * 1e-7);
        // With 3600 vertices the polygon falls short of the circle by only (2 pi / 3600)^2 / 6, 5e-7 of it.
        double circleArea = 2_827_428_178.49;
        double fineArea = GeodesicArea.squareMetres(GeodesicCircle.polygon(ZNPP, 30_000, 3600));
        assertEquals(circleArea, fineArea, circleArea * 1e-6);
    }

    @Test
    void refusesRadiiAndVertexCountsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> GeodesicCircle.polygon(ZNPP, 0, 72));
        assertThrows(IllegalArgumentException.class, () -> GeodesicCircle.polygon(ZNPP, -5, 72));
        assertThrows(IllegalArgumentException.class, () -> GeodesicCircle.polygon(ZNPP, Double.NaN, 72));
        assertThrows(IllegalArgumentException.class, () -> GeodesicCircle.polygon(ZNPP, 1_000_001, 72));
        assertThrows(IllegalArgumentException.class, () -> GeodesicCircle.polygon(ZNPP, 30_000, 2));
    }

    @Test
    void refusesCirclesRoundAPoleOrAcrossTheAntimeridian() {
        assertThrows(IllegalArgumentException.class,
                () -> GeodesicCircle.polygon(new GeoPosition(0, 89.5), 100_000, 72));
        assertThrows(IllegalArgumentException.class,
                () -> GeodesicCircle.polygon(new GeoPosition(0, -89.5), 100_000, 72));
        assertThrows(IllegalArgumentException.class,
                () -> GeodesicCircle.polygon(new GeoPosition(179.9, 0), 100_000, 72));
        assertThrows(IllegalArgumentException.class,
                () -> GeodesicCircle.polygon(new GeoPosition(-179.9, 0), 100_000, 72));
    }
}
