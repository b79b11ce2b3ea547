package org.hubmap.render;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The boxes already taken by labels and dots while placing labels, bucketed in a coarse grid so that a test for
 * free space looks only at nearby boxes. Placing the names of 100 000 features asks it millions of times, so it
 * keeps boxes and buckets in arrays of numbers rather than maps of objects: a cell's key finds its bucket by open
 * addressing, and a bucket lists box numbers. Not thread-safe; one placement uses one instance.
 */
final class OccupiedSpace {
    private static final double CELL_PIXELS = 128;

    /** Each box as min x, min y, max x, max y. */
    private double[] boxes = new double[4 * 256];
    private int boxCount;
    /** Cell keys by slot; a slot is in use when its bucket is not null. */
    private long[] keys = new long[1024];
    /** Per slot, the numbers of the boxes meeting the cell, preceded by how many there are. */
    private int[][] buckets = new int[1024][];
    private int cellCount;

    void occupy(PixelBox box) {
        if (4 * boxCount == boxes.length) {
            boxes = Arrays.copyOf(boxes, 2 * boxes.length);
        }
        int number = boxCount++;
        boxes[4 * number] = box.minX();
        boxes[4 * number + 1] = box.minY();
        boxes[4 * number + 2] = box.maxX();
        boxes[4 * number + 3] = box.maxY();
        long x0 = cell(box.minX());
        long x1 = cell(box.maxX());
        long y0 = cell(box.minY());
        long y1 = cell(box.maxY());
        for (long x = x0; x <= x1; x++) {
            for (long y = y0; y <= y1; y++) {
                add(bucketFor(key(x, y)), number);
            }
        }
    }

    /** Whether {@code box} meets no occupied box other than one equal to {@code ignored}, which may be null. */
    boolean isFree(PixelBox box, PixelBox ignored) {
        long x0 = cell(box.minX());
        long x1 = cell(box.maxX());
        long y0 = cell(box.minY());
        long y1 = cell(box.maxY());
        for (long x = x0; x <= x1; x++) {
            for (long y = y0; y <= y1; y++) {
                int slot = slotOf(key(x, y));
                if (buckets[slot] != null && meetsAny(buckets[slot], box, ignored)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether {@code test} holds for the number (counted from 0 in the order of occupying) of some occupied box
     * that meets {@code box}. A box may be tested more than once.
     */
    boolean anyMeeting(PixelBox box, IntPredicate test) {
        long x0 = cell(box.minX());
        long x1 = cell(box.maxX());
        long y0 = cell(box.minY());
        long y1 = cell(box.maxY());
        for (long x = x0; x <= x1; x++) {
            for (long y = y0; y <= y1; y++) {
                int[] bucket = buckets[slotOf(key(x, y))];
                if (bucket == null) {
                    continue;
                }
                for (int i = 1; i <= bucket[0]; i++) {
                    int at = 4 * bucket[i];
                    if (boxes[at] < box.maxX() && box.minX() < boxes[at + 2] && boxes[at + 1] < box.maxY()
                            && box.minY() < boxes[at + 3] && test.test(bucket[i])) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The box occupied {@code number}th, counted from 0. */
    PixelBox box(int number) {
        int at = 4 * number;
        return new PixelBox(boxes[at], boxes[at + 1], boxes[at + 2], boxes[at + 3]);
    }

    private boolean meetsAny(int[] bucket, PixelBox box, PixelBox ignored) {
        for (int i = 1; i <= bucket[0]; i++) {
            int at = 4 * bucket[i];
            // Edges that only touch do not meet, as in PixelBox.intersects.
            if (boxes[at] < box.maxX() && box.minX() < boxes[at + 2] && boxes[at + 1] < box.maxY()
                    && box.minY() < boxes[at + 3] && !isIgnored(at, ignored)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the box at {@code at} equals {@code ignored}, as PixelBox.equals compares. */
    private boolean isIgnored(int at, PixelBox ignored) {
        return ignored != null && Double.compare(boxes[at], ignored.minX()) == 0
                && Double.compare(boxes[at + 1], ignored.minY()) == 0
                && Double.compare(boxes[at + 2], ignored.maxX()) == 0
                && Double.compare(boxes[at + 3], ignored.maxY()) == 0;
    }

    private static long cell(double pixels) {
        // Longs, because at the deepest zooms a world is more than 2^31 cells wide.
        return (long) Math.floor(pixels / CELL_PIXELS);
    }

    /**
     * The cell's key with its bits mixed, one to one, by SplitMix64's finaliser, so that neighbouring cells spread
     * over the slots.
     */
    private static long key(long x, long y) {
        long z = (x << 32) ^ y;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slotOf(long key) {
        int mask = keys.length - 1;
        int slot = (int) key & mask;
        while (buckets[slot] != null && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** The slot of {@code key}'s bucket, made if it is missing. */
    private int bucketFor(long key) {
        int slot = slotOf(key);
        if (buckets[slot] == null) {
            if (2 * (cellCount + 1) > keys.length) {
                grow();
                slot = slotOf(key);
            }
            keys[slot] = key;
            buckets[slot] = new int[4];
            cellCount++;
        }
        return slot;
    }

    private void add(int slot, int number) {
        int[] bucket = buckets[slot];
        if (bucket[0] + 1 == bucket.length) {
            bucket = Arrays.copyOf(bucket, 2 * bucket.length);
            buckets[slot] = bucket;
        }
        bucket[++bucket[0]] = number;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[][] oldBuckets = buckets;
        keys = new long[2 * oldKeys.length];
        buckets = new int[2 * oldBuckets.length][];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldBuckets[i] != null) {
                int slot = slotOf(oldKeys[i]);
                keys[slot] = oldKeys[i];
                buckets[slot] = oldBuckets[i];
            }
        }
    }
}
