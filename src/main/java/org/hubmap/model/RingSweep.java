package org.hubmap.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.locationtech.jts.algorithm.LineIntersector;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Finds where a ring touches or crosses itself in time proportional to n log n for any shape of n edges, by
 * Shamos and Hoey's sweep: a line sweeps from west to east, keeping the edges it cuts in their order from south to
 * north, and only edges that become neighbours in that order are compared. Until the first crossing the order
 * holds, so the westernmost crossing or touch is always found.
 *
 * <p>JTS's {@code IsValidOp} compares every pair of edges whose boxes overlap, which is quick for the outlines
 * people draw, but in a ring of many spikes round one point nearly all boxes overlap and it took minutes at a
 * million vertices. Positions are compared with JTS's exact orientation test and line intersector, so the answer
 * is the one {@code IsValidOp} gives for a polygon without holes, though the place reported may be another of the
 * ring's crossings.
 */
final class RingSweep {
    private final Coordinate[] vertices;
    private final int edgeCount;
    private final LineIntersector intersector = new RobustLineIntersector();
    private ZoneValidity.Problem found;

    private RingSweep(Coordinate[] vertices) {
        this.vertices = vertices;
        this.edgeCount = vertices.length - 1;
    }

    /**
     * Where the closed ring {@code ring} touches or crosses itself, or empty when it is simple. Repeated
     * consecutive positions are allowed, as JTS allows them.
     *
     * @throws IllegalArgumentException when the ring has fewer than three distinct consecutive positions, which
     *     has no edges to sweep ({@link #canSweep} says beforehand); ask {@code IsValidOp} then
     */
    static Optional<ZoneValidity.Problem> selfIntersection(Coordinate[] ring) {
        Coordinate[] vertices = withoutRepeats(ring);
        if (vertices.length < 4) {
            throw new IllegalArgumentException("a ring of fewer than three distinct consecutive positions");
        }
        return new RingSweep(vertices).sweep();
    }

    /** Whether a ring has finite positions, at least three of them distinct in a row: what the sweep needs. */
    static boolean canSweep(Coordinate[] ring) {
        int distinct = 0;
        for (int i = 0; i < ring.length; i++) {
            if (!Double.isFinite(ring[i].x) || !Double.isFinite(ring[i].y)) {
                return false;
            }
            if (i > 0 && !ring[i].equals2D(ring[i - 1])) {
                distinct++;
            }
        }
        return distinct >= 3;
    }

    private static Coordinate[] withoutRepeats(Coordinate[] ring) {
        List<Coordinate> kept = new ArrayList<>(ring.length);
        for (Coordinate c : ring) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).equals2D(c)) {
                kept.add(c);
            }
        }
        return kept.toArray(Coordinate[]::new);
    }

    private Optional<ZoneValidity.Problem> sweep() {
        TreeSet<Integer> cut = new TreeSet<>(this::southToNorth);
        for (int event : events()) {
            int edge = event >> 1;
            if ((event & 1) == 0) {
                cut.add(edge);
                Integer south = cut.lower(edge);
                Integer north = cut.higher(edge);
                compare(south, edge);
                compare(edge, north);
            } else {
                Integer south = cut.lower(edge);
                Integer north = cut.higher(edge);
                cut.remove(edge);
                compare(south, north);
            }
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /**
     * Each edge's start (code {@code 2 * edge}) at its western end and its end ({@code 2 * edge + 1}) at its
     * eastern end, west to east, south to north; at one position edges start before others end, so that edges
     * meeting there are cut together.
     */
    private int[] events() {
        int[] events = new int[2 * edgeCount];
        for (int i = 0; i < events.length; i++) {
            events[i] = i;
        }
        // A merge sort of plain ints: boxing two million events to sort them took longer than the sweep itself.
        int[] spare = new int[events.length];
        for (int width = 1; width < events.length; width *= 2) {
            for (int from = 0; from < events.length; from += 2 * width) {
                merge(events, spare, from, Math.min(from + width, events.length),
                        Math.min(from + 2 * width, events.length));
            }
            int[] sorted = spare;
            spare = events;
            events = sorted;
        }
        return events;
    }

    private void merge(int[] from, int[] to, int start, int middle, int end) {
        int left = start;
        int right = middle;
        for (int i = start; i < end; i++) {
            boolean takeLeft = right >= end || left < middle && eventOrder(from[left], from[right]) <= 0;
            to[i] = takeLeft ? from[left++] : from[right++];
        }
    }

    private int eventOrder(int a, int b) {
        int byPosition = eventPosition(a).compareTo(eventPosition(b));
        if (byPosition != 0) {
            return byPosition;
        }
        int byKind = Integer.compare(a & 1, b & 1);
        return byKind != 0 ? byKind : Integer.compare(a, b);
    }

    private Coordinate eventPosition(int event) {
        return (event & 1) == 0 ? west(event >> 1) : east(event >> 1);
    }

    private Coordinate west(int edge) {
        Coordinate a = vertices[edge];
        Coordinate b = vertices[edge + 1];
        return a.compareTo(b) <= 0 ? a : b;
    }

    private Coordinate east(int edge) {
        Coordinate a = vertices[edge];
        Coordinate b = vertices[edge + 1];
        return a.compareTo(b) <= 0 ? b : a;
    }

    /**
     * The order of two edges the sweep line cuts at once, from south to north: where the edge that starts later
     * starts, seen from the other. Edges that do not cross keep this order wherever both are cut. A start that lies
     * on the other edge is a touch, noted as found unless it is the vertex the two edges share.
     */
    private int southToNorth(Integer a, Integer b) {
        if (a.intValue() == b.intValue()) {
            return 0;
        }
        int startCompared = west(a).compareTo(west(b));
        boolean aLater = startCompared > 0 || startCompared == 0 && a > b;
        int later = aLater ? a : b;
        int other = aLater ? b : a;
        int side = sideOf(other, later);
        return aLater ? side : -side;
    }

    /** 1 when {@code later} lies north of {@code other} where {@code later} starts, else -1. */
    private int sideOf(int other, int later) {
        Coordinate start = west(later);
        Coordinate from = west(other);
        Coordinate to = east(other);
        int orientation = Orientation.index(from, to, start);
        if (orientation != Orientation.COLLINEAR) {
            return orientation == Orientation.COUNTERCLOCKWISE ? 1 : -1;
        }
        if (from.x == to.x && (start.y > to.y || start.y < from.y)) {
            return start.y > to.y ? 1 : -1;
        }
        if (!sharesVertex(other, later, start)) {
            note(other, later);
        }
        int turn = Orientation.index(from, to, east(later));
        if (turn != Orientation.COLLINEAR) {
            return turn == Orientation.COUNTERCLOCKWISE ? 1 : -1;
        }
        if (start.equals2D(from)) {
            note(other, later);
        }
        return Integer.compare(later, other);
    }

    private boolean sharesVertex(int a, int b, Coordinate at) {
        if (!adjacent(a, b)) {
            return false;
        }
        int shared = (a + 1) % edgeCount == b ? b : a;
        return vertices[shared].equals2D(at);
    }

    private boolean adjacent(int a, int b) {
        return (a + 1) % edgeCount == b || (b + 1) % edgeCount == a;
    }

    private void compare(Integer a, Integer b) {
        if (a != null && b != null && found == null) {
            note(a, b);
        }
    }

    /** Notes where edges {@code a} and {@code b} meet, unless only at the vertex they share. */
    private void note(int a, int b) {
        if (found != null) {
            return;
        }
        intersector.computeIntersection(vertices[a], vertices[a + 1], vertices[b], vertices[b + 1]);
        if (!intersector.hasIntersection()) {
            return;
        }
        boolean touchesOnlyAtSharedVertex = adjacent(a, b)
                && intersector.getIntersectionNum() == LineIntersector.POINT_INTERSECTION;
        if (touchesOnlyAtSharedVertex) {
            return;
        }
        int kind = intersector.isProper() ? TopologyValidationError.SELF_INTERSECTION
                : TopologyValidationError.RING_SELF_INTERSECTION;
        Coordinate at = intersector.getIntersection(0);
        found = new ZoneValidity.Problem(TopologyValidationError.errMsg[kind], new Coordinate(at.x, at.y));
    }
}
