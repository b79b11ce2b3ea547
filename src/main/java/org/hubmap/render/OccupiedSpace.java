package org.hubmap.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The boxes already taken by labels and dots while placing labels, bucketed in a coarse grid so that a test for
 * free space looks only at nearby boxes. Not thread-safe; one placement uses one instance.
 */
final class OccupiedSpace {
    private static final double CELL_PIXELS = 128;

    private final Map<Long, List<PixelBox>> cells = new HashMap<>();

    void occupy(PixelBox box) {
        for (long cell : cellsOf(box)) {
            cells.computeIfAbsent(cell, c -> new ArrayList<>()).add(box);
        }
    }

    /** Whether {@code box} meets no occupied box other than one equal to {@code ignored}, which may be null. */
    boolean isFree(PixelBox box, PixelBox ignored) {
        for (long cell : cellsOf(box)) {
            for (PixelBox taken : cells.getOrDefault(cell, List.of())) {
                if (taken.intersects(box) && !taken.equals(ignored)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long[] cellsOf(PixelBox box) {
        // Longs, because at the deepest zooms a world is more than 2^31 cells wide.
        long x0 = (long) Math.floor(box.minX() / CELL_PIXELS);
        long x1 = (long) Math.floor(box.maxX() / CELL_PIXELS);
        long y0 = (long) Math.floor(box.minY() / CELL_PIXELS);
        long y1 = (long) Math.floor(box.maxY() / CELL_PIXELS);
        long[] keys = new long[(int) ((x1 - x0 + 1) * (y1 - y0 + 1))];
        int i = 0;
        for (long x = x0; x <= x1; x++) {
            for (long y = y0; y <= y1; y++) {
                keys[i++] = mixed((x << 32) ^ y);
            }
        }
        return keys;
    }

    /**
     * The cell's key with its bits mixed, one to one, by SplitMix64's finaliser. A Long hashes to its halves'
     * exclusive or, which for (x, y) keys is the same all along each diagonal: unmixed, the map's buckets fill up
     * and every lookup slows to a tree search.
     */
    private static long mixed(long key) {
        long z = (key ^ (key >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
