package org.hubmap.check;

import java.util.Arrays;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;

/**
 * The pairs among many points that lie less than a few metres apart on the WGS84 ellipsoid, found without
 * measuring every pair. Points are filed in cubic cells of a grid in Earth-centred, Earth-fixed coordinates, whose
 * side is twice the distance sought: a geodesic is never shorter than the straight line through the Earth between
 * its ends, so a point closer than that distance to another lies, along each axis, in the other's cell or in the
 * neighbouring one on the side of the half the other lies in: one of 8 cells, at the poles and across the
 * antimeridian alike. Only those pairs are measured, first along the straight line, then on the ellipsoid, so the
 * work grows with the points and the pairs found, not with the square of the points.
 *
 * <p>Points at exactly the same position, as when a feature is copied, are paired with the first of them at 0 m
 * and are not filed again, so that a pile of them costs one measurement per point.
 */
final class ClosePoints {
    private static final double SEMI_MAJOR_AXIS_METRES = Geodesic.WGS84.EquatorialRadius();
    private static final double FIRST_ECCENTRICITY_SQUARED = Geodesic.WGS84.Flattening()
            * (2 - Geodesic.WGS84.Flattening());
    /**
     * Cells along each axis from the Earth's centre to its surface, at most, for a distance sought of 5 m or more;
     * for less, distant cells share a key, which costs needless measurements but misses nothing.
     */
    private static final long CELL_OFFSET = 1L << 20;
    private static final int BITS_PER_AXIS = 21;
    private static final long AXIS_MASK = (1L << BITS_PER_AXIS) - 1;
    /** Points between checks for a cancelled run. */
    private static final int POINTS_PER_INTERRUPT_CHECK = 4096;

    private final double[] lons;
    private final double[] lats;
    private final int count;
    private final double limitMetres;
    private final double cellMetres;
    /** Earth-centred, Earth-fixed x, y and z of each point in metres. */
    private final double[] xyz;
    /** Open addressing: each cell's key and the first point filed in it; -1 for an empty slot. */
    private final long[] cellKeys;
    private final int[] cellFirst;
    /** The next point filed in the same cell, or -1; -2 for a point not filed, at an earlier point's position. */
    private final int[] nextInCell;
    private final int slotMask;
    private final int slotShift;

    private int[] firsts = new int[16];
    private int[] seconds = new int[16];
    private double[] metres = new double[16];
    private int pairs;

    private ClosePoints(double[] lons, double[] lats, int count, double limitMetres) {
        this.lons = lons;
        this.lats = lats;
        this.count = count;
        this.limitMetres = limitMetres;
        this.cellMetres = 2 * limitMetres;
        this.xyz = new double[3 * count];
        // At most two thirds full rather than half: probes stay short, and ten million points take 200 MB less.
        int slots = Integer.highestOneBit(Math.max(4, count + count / 2 - 1)) << 1;
        this.cellKeys = new long[slots];
        this.cellFirst = new int[slots];
        this.nextInCell = new int[count];
        this.slotMask = slots - 1;
        this.slotShift = Long.numberOfLeadingZeros(slots) + 1;
        Arrays.fill(cellKeys, -1);
    }

    /**
     * The pairs of the first {@code count} points of {@code lons} and {@code lats} (degrees) that lie less than
     * {@code limitMetres} apart, geodesic on WGS84, each pair once; points at the same position are paired with the
     * first of them only, which the pairs join them all to.
     *
     * @param limitMetres the distance sought, more than 0 and at most a few kilometres
     */
    static Pairs find(double[] lons, double[] lats, int count, double limitMetres) {
        ClosePoints points = new ClosePoints(lons, lats, count, limitMetres);
        points.fileAll();
        points.pairNeighbours();
        return points.sorted();
    }

    /**
     * Pairs of points, nearest first.
     *
     * @param firsts the first point of each pair
     * @param seconds the second point of each pair
     * @param metres the geodesic distance between them
     */
    record Pairs(int[] firsts, int[] seconds, double[] metres) {
        int size() {
            return firsts.length;
        }
    }

    /** Files every point in its cell, or pairs it at 0 m with an earlier point at the same position. */
    private void fileAll() {
        for (int i = 0; i < count; i++) {
            if (i % POINTS_PER_INTERRUPT_CHECK == 0) {
                Violations.stopIfInterrupted();
            }
            toEarthCentred(i);
            long key = key(cell(i, 0), cell(i, 1), cell(i, 2));
            int slot = slotOf(key);
            int same = -1;
            for (int j = cellKeys[slot] == key ? cellFirst[slot] : -1; j >= 0 && same < 0; j = nextInCell[j]) {
                same = lons[j] == lons[i] && lats[j] == lats[i] ? j : -1;
            }
            if (same >= 0) {
                add(same, i, 0);
                nextInCell[i] = -2;
            } else {
                nextInCell[i] = cellKeys[slot] == key ? cellFirst[slot] : -1;
                cellKeys[slot] = key;
                cellFirst[slot] = i;
            }
        }
    }

    /**
     * Pairs each filed point with every later filed point near enough in the 8 cells its distance reaches: its own
     * and, along each axis, the neighbour on the side of the half of its cell it lies in.
     */
    private void pairNeighbours() {
        for (int i = 0; i < count; i++) {
            if (i % POINTS_PER_INTERRUPT_CHECK == 0) {
                Violations.stopIfInterrupted();
            }
            if (nextInCell[i] == -2) {
                continue;
            }
            long x = cell(i, 0);
            long y = cell(i, 1);
            long z = cell(i, 2);
            long towardsX = side(i, 0, x);
            long towardsY = side(i, 1, y);
            long towardsZ = side(i, 2, z);
            for (long dx = 0; dx <= 1; dx++) {
                for (long dy = 0; dy <= 1; dy++) {
                    for (long dz = 0; dz <= 1; dz++) {
                        long key = key(x + dx * towardsX, y + dy * towardsY, z + dz * towardsZ);
                        int slot = slotOf(key);
                        for (int j = cellKeys[slot] == key ? cellFirst[slot] : -1; j >= 0; j = nextInCell[j]) {
                            if (j > i) {
                                pairIfNear(i, j);
                            }
                        }
                    }
                }
            }
        }
    }

    private void pairIfNear(int i, int j) {
        double dx = xyz[3 * i] - xyz[3 * j];
        double dy = xyz[3 * i + 1] - xyz[3 * j + 1];
        double dz = xyz[3 * i + 2] - xyz[3 * j + 2];
        if (dx * dx + dy * dy + dz * dz >= limitMetres * limitMetres) {
            return;
        }
        double geodesic = Geodesic.WGS84.Inverse(lats[i], lons[i], lats[j], lons[j], GeodesicMask.DISTANCE).s12;
        if (geodesic < limitMetres) {
            add(i, j, geodesic);
        }
    }

    private void add(int first, int second, double distance) {
        if (pairs == firsts.length) {
            firsts = Arrays.copyOf(firsts, 2 * pairs);
            seconds = Arrays.copyOf(seconds, 2 * pairs);
            metres = Arrays.copyOf(metres, 2 * pairs);
        }
        firsts[pairs] = first;
        seconds[pairs] = second;
        metres[pairs++] = distance;
    }

    /** The pairs found, nearest first; of pairs as near, those found first first. */
    private Pairs sorted() {
        Integer[] order = new Integer[pairs];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, (a, b) -> Double.compare(metres[a], metres[b]));
        int[] f = new int[pairs];
        int[] s = new int[pairs];
        double[] m = new double[pairs];
        for (int k = 0; k < pairs; k++) {
            f[k] = firsts[order[k]];
            s[k] = seconds[order[k]];
            m[k] = metres[order[k]];
        }
        return new Pairs(f, s, m);
    }

    /** Earth-centred, Earth-fixed coordinates of point {@code i} on the ellipsoid's surface. */
    private void toEarthCentred(int i) {
        double lat = Math.toRadians(lats[i]);
        double lon = Math.toRadians(lons[i]);
        double sinLat = Math.sin(lat);
        double primeVertical = SEMI_MAJOR_AXIS_METRES / Math.sqrt(1 - FIRST_ECCENTRICITY_SQUARED * sinLat * sinLat);
        double fromAxis = primeVertical * Math.cos(lat);
        xyz[3 * i] = fromAxis * Math.cos(lon);
        xyz[3 * i + 1] = fromAxis * Math.sin(lon);
        xyz[3 * i + 2] = primeVertical * (1 - FIRST_ECCENTRICITY_SQUARED) * sinLat;
    }

    /** The cell of point {@code i} along {@code axis} (0 to 2), counted from the Earth's centre. */
    private long cell(int i, int axis) {
        return (long) Math.floor(xyz[3 * i + axis] / cellMetres);
    }

    /** -1 where point {@code i} lies in the lower half of its cell {@code cell} along {@code axis}, else 1. */
    private long side(int i, int axis, long cell) {
        return xyz[3 * i + axis] < (cell + 0.5) * cellMetres ? -1 : 1;
    }

    private static long key(long x, long y, long z) {
        return (x + CELL_OFFSET & AXIS_MASK) << 2 * BITS_PER_AXIS | (y + CELL_OFFSET & AXIS_MASK) << BITS_PER_AXIS
                | z + CELL_OFFSET & AXIS_MASK;
    }

    /** The slot that holds {@code key}, or the empty one it would go in. */
    private int slotOf(long key) {
        // Fibonacci hashing: the top bits of the product mix every bit of the key.
        int slot = (int) (key * 0x9E3779B97F4A7C15L >>> slotShift);
        while (cellKeys[slot] != -1 && cellKeys[slot] != key) {
            slot = slot + 1 & slotMask;
        }
        return slot;
    }
}
