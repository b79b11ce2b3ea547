package org.hubmap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Test;

/** The grid finds exactly the pairs that measuring every pair finds, anywhere on the Earth. */
class ClosePointsTest {
    private static Set<String> found(double[] lons, double[] lats, double limitMetres) {
        ClosePoints.Pairs pairs = ClosePoints.find(lons, lats, lons.length, limitMetres);
        Set<String> found = new TreeSet<>();
        for (int k = 0; k < pairs.size(); k++) {
            int a = Math.min(pairs.firsts()[k], pairs.seconds()[k]);
            int b = Math.max(pairs.firsts()[k], pairs.seconds()[k]);
            assertTrue(k == 0 || pairs.metres()[k] >= pairs.metres()[k - 1], "nearest first");
            found.add(a + "-" + b);
        }
        return found;
    }

    private static Set<String> everyPairMeasured(double[] lons, double[] lats, double limitMetres) {
        Set<String> near = new TreeSet<>();
        for (int a = 0; a < lons.length; a++) {
            for (int b = a + 1; b < lons.length; b++) {
                if (Geodesic.WGS84.Inverse(lats[a], lons[a], lats[b], lons[b], GeodesicMask.DISTANCE).s12
                        < limitMetres) {
                    near.add(a + "-" + b);
                }
            }
        }
        return near;
    }

    @Test
    void findsThePairsThatMeasuringEveryPairFinds() {
        SplittableRandom random = new SplittableRandom(7);
        // 500 points in some 70 m by 65 m: thousands of pairs under 10 m.
        double[] lons = new double[500];
        double[] lats = new double[500];
        for (int i = 0; i < lons.length; i++) {
            lons[i] = 30.5 + 0.001 * random.nextDouble();
            lats[i] = 50.4 + 0.0006 * random.nextDouble();
        }
        Set<String> expected = everyPairMeasured(lons, lats, 10);
        assertTrue(expected.size() > 1000, expected.size() + " pairs");
        assertEquals(expected, found(lons, lats, 10));
    }

    @Test
    void findsPairsAcrossTheAntimeridianAndThePole() {
        // 0.00008 degrees of longitude at the equator are 8.9 m; 0.00004 degrees from the pole are 4.5 m.
        double[] lons = {179.99996, -179.99996, 0, 180, 45, 10};
        double[] lats = {0, 0, 89.99996, 89.99996, 90, -89.9};
        assertEquals(everyPairMeasured(lons, lats, 10), found(lons, lats, 10));
        assertEquals(Set.of("0-1", "2-3", "2-4", "3-4"), found(lons, lats, 10));
    }

    @Test
    void aPileAtOnePositionIsPairedWithItsFirstPointAtNoDistance() {
        double[] lons = {30, 30, 30, 30};
        double[] lats = {50, 50, 50, 50};
        ClosePoints.Pairs pairs = ClosePoints.find(lons, lats, 4, 10);
        assertEquals(3, pairs.size());
        for (int k = 0; k < 3; k++) {
            assertEquals(0, pairs.firsts()[k]);
            assertEquals(k + 1, pairs.seconds()[k]);
            assertEquals(0, pairs.metres()[k]);
        }
    }
}
