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
        int x0 = (int) Math.floor(box.minX() / CELL_PIXELS);
        int x1 = (int) Math.floor(box.maxX() / CELL_PIXELS);
        int y0 = (int) Math.floor(box.minY() / CELL_PIXELS);
        int y1 = (int) Math.floor(box.maxY() / CELL_PIXELS);
        long[] keys = new long[(x1 - x0 + 1) * (y1 - y0 + 1)];
        int i = 0;
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                keys[i++] = ((long) x << 32) | (y & 0xffffffffL);
            }
        }
        return keys;
    }
}
