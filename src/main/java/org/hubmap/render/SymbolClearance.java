package org.hubmap.render;

import java.util.Arrays;

/**
 * The rule that keeps a feature's name from naming another feature, and the symbols of one placement it is checked
 * against. A name beside a symbol sits at most {@link #MOST_GAP_PIXELS} from its own symbol, and every other
 * symbol stays at least {@link #CLEARANCE_PIXELS} farther from it than its own; a zone's name keeps that clearance
 * from every symbol but its own centre mark. Distances are {@link PixelBox#distanceTo} between boxes.
 *
 * <p>The rule holds at the placement's whole zoom and at every zoom until the next one: there a name keeps its
 * place beside its own symbol while the other symbols move away from that symbol, each along the line from it, by
 * up to as far again as they were (the map's scale doubles), and the test follows each of them along that path.
 * Screen and sheets show names from one placement, so the rule holds on both. Not thread-safe; one placement uses
 * one instance.
 */
final class SymbolClearance {
    /** How far a name beside a symbol may be from it: the gap the placement leaves, and the rounding of its origin. */
    static final double MOST_GAP_PIXELS = BasemapStyle.LABEL_GAP_PIXELS + Symbology.SYMBOL_GAP_PIXELS + 0.5;
    /** How much farther than its own symbol every other symbol stays from a name. */
    static final double CLEARANCE_PIXELS = 5;

    private final OccupiedSpace boxes = new OccupiedSpace();
    private double[] anchors = new double[2 * 256];
    private int[] owners = new int[256];
    private int count;
    /** The farthest any symbol's box reaches from its anchor, along x or y. */
    private double reach;

    /**
     * Adds the symbol of the mark at position {@code owner}: its box and its anchor, in world pixels at the
     * placement's zoom.
     */
    void add(PixelBox box, double anchorX, double anchorY, int owner) {
        if (count == owners.length) {
            owners = Arrays.copyOf(owners, 2 * count);
            anchors = Arrays.copyOf(anchors, 4 * count);
        }
        boxes.occupy(box);
        anchors[2 * count] = anchorX;
        anchors[2 * count + 1] = anchorY;
        owners[count++] = owner;
        reach = Math.max(reach, Math.max(Math.max(anchorX - box.minX(), box.maxX() - anchorX),
                Math.max(anchorY - box.minY(), box.maxY() - anchorY)));
    }

    /**
     * The space whose symbols {@link #othersStayClear} may look at for a name {@code name} kept less than
     * {@code distance} from no other symbol, for a feature anchored at ({@code ownX}, {@code ownY}): a symbol
     * whose path meets the name grown by {@code distance} has its anchor between there and the feature's anchor.
     */
    PixelBox searchArea(PixelBox name, double distance, double ownX, double ownY) {
        return name.grown(distance).including(ownX, ownY).grown(2 * reach);
    }

    /**
     * Whether every symbol but the one of the mark at {@code owner} stays at least {@code distance} from
     * {@code name} while the map zooms from the placement's whole zoom to the next, with the name kept in place
     * beside the feature anchored at ({@code ownX}, {@code ownY}).
     */
    boolean othersStayClear(PixelBox name, double distance, double ownX, double ownY, int owner) {
        PixelBox near = name.grown(distance);
        return !boxes.anyMeeting(searchArea(name, distance, ownX, ownY), number -> owners[number] != owner
                && comesNear(boxes.box(number), anchors[2 * number] - ownX, anchors[2 * number + 1] - ownY, near));
    }

    /**
     * Whether {@code box}, moved by ({@code dx}, {@code dy}) times some t from 0 to 1, meets {@code near}: edges
     * that only touch do not meet, as in {@link PixelBox#intersects}.
     */
    static boolean comesNear(PixelBox box, double dx, double dy, PixelBox near) {
        double[] x = overlapSpan(box.minX(), box.maxX(), dx, near.minX(), near.maxX());
        double[] y = overlapSpan(box.minY(), box.maxY(), dy, near.minY(), near.maxY());
        double from = Math.max(x[0], y[0]);
        double to = Math.min(x[1], y[1]);
        // Some t in [0, 1] lies strictly between from and to.
        return from < to && from < 1 && to > 0;
    }

    /**
     * The open span (from, to) of t at which [{@code min}, {@code max}] moved by {@code d} times t overlaps
     * ({@code lo}, {@code hi}) along one axis: unbounded when it never moves and overlaps, empty when it never
     * moves and does not.
     */
    private static double[] overlapSpan(double min, double max, double d, double lo, double hi) {
        if (d == 0) {
            return min < hi && lo < max ? new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}
                    : new double[] {0, 0};
        }
        // Overlap while min + d t < hi and lo < max + d t.
        double a = (hi - min) / d;
        double b = (lo - max) / d;
        return d > 0 ? new double[] {b, a} : new double[] {a, b};
    }
}
