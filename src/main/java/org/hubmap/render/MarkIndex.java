package org.hubmap.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Where the marks of one {@link FeatureMarks} lie, for culling and picking: an STRtree of each mark's extent in
 * world pixels at zoom 0. An area's extent is its envelope; a point's is its anchor, together with its protection
 * ring if it has one, because its symbol's size is in screen pixels and so spans more of the world the further the
 * map is zoomed out. Queries therefore grow their area by {@link #reachPixels()} converted at their zoom. Each
 * part of a feature of several parts is a mark of its own, with its own extent. Immutable and thread-safe.
 */
final class MarkIndex {
    /**
     * How far beyond its symbol box anything drawn for a point may reach, in screen pixels: the selection
     * highlight's margin and line, and the stroke through a closed site.
     */
    private static final double SYMBOL_MARGIN_PIXELS = 6;
    /** How far an area's boundary may be drawn beyond its outline, in screen pixels: half the widest line. */
    private static final double AREA_MARGIN_PIXELS = 6;
    /**
     * A query meeting more than this share of the marks' bounds reads every mark's extent in turn: walking the tree
     * to gather most of the marks costs more.
     */
    private static final double SCAN_SHARE = 0.1;

    /**
     * Above this share of the marks made anew since the tree was built, a patched index builds its own tree: the
     * marks outside the tree are read one by one by every query.
     */
    private static final double MOST_OUTSIDE_TREE_SHARE = 1.0 / 16;
    /** Up to this many marks outside the tree are always let be. */
    private static final int LEAST_OUTSIDE_TREE_LIMIT = 1_024;

    private final List<FeatureMark> marks;
    /**
     * The tree of the marks' extents. Its items are positions in the marks it was built for, which may be earlier
     * marks: {@link #treePositions} then says where each stands now.
     */
    private final STRtree tree;
    /** The position now of each item of the tree, or -1 for a mark gone; null when the tree was built for these. */
    private final int[] treePositions;
    /** The positions of marks not in the tree, in ascending order. */
    private final int[] outsideTree;
    private final Envelope bounds = new Envelope();
    private final double reachPixels;
    /**
     * What drawing a crowded view asks of every mark, in arrays by position in label order: read from one place
     * in memory rather than from objects scattered over the heap, which at 100 000 marks costs more than the work.
     */
    private final int[] minZooms;
    /** Each mark's extent as min x, min y, max x, max y, as in the tree. */
    private final double[] extents;
    /** The anchors' x and y, in pairs. */
    private final double[] anchors;
    /** An area's or ring's envelope as min x, min y, max x, max y; NaN for points without a ring. */
    private final double[] areaBoxes;
    /** A point's frame colour in the upper half and fill colour in the lower, as ARGB; 0 for areas. */
    private final long[] symbolColours;
    /** How far each mark's drawing reaches beyond its extent, in screen pixels. */
    private final double[] reaches;
    private final BitSet selected = new BitSet();
    private final BitSet severalParts = new BitSet();
    /**
     * The outline each mark adds to the simple look of zones: an unselected zone's, or a protection ring's; null
     * for none. Compared by identity: a feature keeps its shapes until it is edited.
     */
    private final FeatureMark.AreaShape[] simpleShapes;
    /**
     * The premultiplied ARGB tint of each of {@link #simpleShapes} in the simple look; 0 for an outline drawn as a
     * line instead, or for none.
     */
    private final int[] simpleTints;
    /** The positions of the marks of each feature of several parts, by {@link FeatureMark#featureKey()}. */
    private final Map<Long, List<Integer>> partPositions = new HashMap<>();

    MarkIndex(List<FeatureMark> marks) {
        this(marks, null, null);
    }

    /**
     * The index of {@code marks}, made from {@code before}, the index of the marks they follow from:
     * {@code previousPositions} gives for each mark its position there, or -1 for a mark made anew. What is known
     * of the marks kept is copied, and the tree kept with the few marks made anew beside it, so that an edit of a
     * few features of a large layout costs little more than copying arrays.
     */
    static MarkIndex patched(MarkIndex before, List<FeatureMark> marks, int[] previousPositions) {
        return new MarkIndex(marks, before, previousPositions);
    }

    private MarkIndex(List<FeatureMark> marks, MarkIndex before, int[] previousPositions) {
        this.marks = marks;
        int size = marks.size();
        this.minZooms = new int[size];
        this.anchors = new double[2 * size];
        this.extents = new double[4 * size];
        this.areaBoxes = new double[4 * size];
        this.symbolColours = new long[size];
        this.reaches = new double[size];
        this.simpleShapes = new FeatureMark.AreaShape[size];
        this.simpleTints = new int[size];
        int anew = 0;
        int at = 0;
        while (at < size) {
            int from = before == null ? -1 : previousPositions[at];
            if (from < 0) {
                describe(marks.get(at), at++);
                anew++;
                continue;
            }
            int run = 1;
            while (at + run < size && previousPositions[at + run] == from + run) {
                run++;
            }
            copy(before, from, at, run);
            at += run;
        }
        double reach = AREA_MARGIN_PIXELS;
        for (int i = 0; i < size; i++) {
            bounds.expandToInclude(extents[4 * i], extents[4 * i + 1]);
            bounds.expandToInclude(extents[4 * i + 2], extents[4 * i + 3]);
            reach = Math.max(reach, reaches[i]);
        }
        for (int i = severalParts.nextSetBit(0); i >= 0; i = severalParts.nextSetBit(i + 1)) {
            FeatureMark mark = marks.get(i);
            partPositions.computeIfAbsent(mark.featureKey(), key -> new ArrayList<>(mark.parts())).add(i);
        }
        this.reachPixels = reach;
        int[] moved = before == null ? null : movedPositions(before, previousPositions);
        int[] outside = moved == null ? null : outsideTree(before, moved, previousPositions, anew);
        if (outside == null || outside.length > Math.max(LEAST_OUTSIDE_TREE_LIMIT, size * MOST_OUTSIDE_TREE_SHARE)) {
            this.tree = new STRtree();
            for (int i = 0; i < size; i++) {
                tree.insert(new Envelope(extents[4 * i], extents[4 * i + 2], extents[4 * i + 1], extents[4 * i + 3]),
                        i);
            }
            tree.build();
            this.treePositions = null;
            this.outsideTree = new int[0];
        } else {
            this.tree = before.tree;
            this.treePositions = treePositions(before, moved);
            this.outsideTree = outside;
        }
    }

    /** Copies what {@code before} knows of its {@code count} marks from {@code from} on to positions {@code to} on. */
    private void copy(MarkIndex before, int from, int to, int count) {
        System.arraycopy(before.minZooms, from, minZooms, to, count);
        System.arraycopy(before.anchors, 2 * from, anchors, 2 * to, 2 * count);
        System.arraycopy(before.extents, 4 * from, extents, 4 * to, 4 * count);
        System.arraycopy(before.areaBoxes, 4 * from, areaBoxes, 4 * to, 4 * count);
        System.arraycopy(before.symbolColours, from, symbolColours, to, count);
        System.arraycopy(before.reaches, from, reaches, to, count);
        System.arraycopy(before.simpleShapes, from, simpleShapes, to, count);
        System.arraycopy(before.simpleTints, from, simpleTints, to, count);
        copyBits(before.selected, selected, from, to, count);
        copyBits(before.severalParts, severalParts, from, to, count);
    }

    private static void copyBits(BitSet source, BitSet target, int from, int to, int count) {
        for (int bit = source.nextSetBit(from); bit >= 0 && bit < from + count; bit = source.nextSetBit(bit + 1)) {
            target.set(to + bit - from);
        }
    }

    /** Reads what drawing and picking need of {@code mark}, at {@code i}. */
    private void describe(FeatureMark mark, int i) {
        Envelope extent = extentOf(mark);
        extents[4 * i] = extent.getMinX();
        extents[4 * i + 1] = extent.getMinY();
        extents[4 * i + 2] = extent.getMaxX();
        extents[4 * i + 3] = extent.getMaxY();
        minZooms[i] = mark.minZoom();
        selected.set(i, mark.selected());
        severalParts.set(i, mark.onePartOfSeveral());
        anchors[2 * i] = mark.worldX();
        anchors[2 * i + 1] = mark.worldY();
        Envelope area = mark.area().or(mark::ring).map(FeatureMark.AreaShape::envelope).orElse(null);
        areaBoxes[4 * i] = area == null ? Double.NaN : area.getMinX();
        areaBoxes[4 * i + 1] = area == null ? Double.NaN : area.getMinY();
        areaBoxes[4 * i + 2] = area == null ? Double.NaN : area.getMaxX();
        areaBoxes[4 * i + 3] = area == null ? Double.NaN : area.getMaxY();
        FeatureMark.AreaShape simple = mark.selected() ? mark.ring().orElse(null) : mark.area().or(mark::ring)
                .orElse(null);
        if (simple != null) {
            simpleShapes[i] = simple;
            simpleTints[i] = simple.world() instanceof Polygonal ? Symbology.simpleZoneFill(simple.style())
                    .map(ZoneMosaic::premultiplied).orElse(0) : 0;
        }
        reaches[i] = AREA_MARGIN_PIXELS;
        if (mark.point().isPresent()) {
            PointSymbolStyle style = mark.point().get();
            symbolColours[i] = (long) style.frame().getRGB() << 32 | style.fill().getRGB() & 0xffffffffL;
            PixelBox box = mark.symbolBox().orElseThrow();
            reaches[i] = SYMBOL_MARGIN_PIXELS + Math.max(Math.max(-box.minX(), box.maxX()),
                    Math.max(-box.minY(), box.maxY()));
        }
    }

    /** For each position in {@code before}, the position of the same mark now, or -1 for a mark gone. */
    private static int[] movedPositions(MarkIndex before, int[] previousPositions) {
        int[] moved = new int[before.marks.size()];
        Arrays.fill(moved, -1);
        for (int i = 0; i < previousPositions.length; i++) {
            if (previousPositions[i] >= 0) {
                moved[previousPositions[i]] = i;
            }
        }
        return moved;
    }

    /** Where the items of {@code before}'s tree stand now. */
    private static int[] treePositions(MarkIndex before, int[] moved) {
        int items = before.treePositions == null ? before.marks.size() : before.treePositions.length;
        int[] positions = new int[items];
        for (int item = 0; item < items; item++) {
            int then = before.treePositions == null ? item : before.treePositions[item];
            positions[item] = then < 0 ? -1 : moved[then];
        }
        return positions;
    }

    /** The positions now of the marks outside the tree: those outside it before and those made anew. */
    private static int[] outsideTree(MarkIndex before, int[] moved, int[] previousPositions, int anew) {
        int[] outside = new int[before.outsideTree.length + anew];
        int count = 0;
        for (int then : before.outsideTree) {
            if (moved[then] >= 0) {
                outside[count++] = moved[then];
            }
        }
        for (int i = 0; i < previousPositions.length; i++) {
            if (previousPositions[i] < 0) {
                outside[count++] = i;
            }
        }
        int[] sorted = Arrays.copyOf(outside, count);
        Arrays.sort(sorted);
        return sorted;
    }

    /** Calls {@code found} with the position of every mark whose extent may meet {@code area}. */
    private void query(Envelope area, IntConsumer found) {
        tree.query(area, item -> {
            int position = treePositions == null ? (Integer) item : treePositions[(Integer) item];
            if (position >= 0) {
                found.accept(position);
            }
        });
        for (int position : outsideTree) {
            if (meets(position, area)) {
                found.accept(position);
            }
        }
    }

    private boolean meets(int i, Envelope area) {
        return extents[4 * i] <= area.getMaxX() && extents[4 * i + 2] >= area.getMinX()
                && extents[4 * i + 1] <= area.getMaxY() && extents[4 * i + 3] >= area.getMinY();
    }

    private static Envelope extentOf(FeatureMark mark) {
        if (mark.area().isPresent()) {
            return mark.area().get().envelope();
        }
        Envelope extent = new Envelope(mark.worldX(), mark.worldX(), mark.worldY(), mark.worldY());
        mark.ring().ifPresent(ring -> extent.expandToInclude(ring.envelope()));
        return extent;
    }

    /** The farthest anything drawn for a mark reaches beyond its extent, in screen pixels, at any zoom. */
    double reachPixels() {
        return reachPixels;
    }

    /**
     * The positions in label order of the marks drawn at whole zoom {@code zoom} that may show in {@code area}
     * (world pixels at zoom 0) when the map is drawn at {@code scale} screen pixels per world pixel at zoom 0.
     */
    BitSet near(Envelope area, double scale, int zoom) {
        Envelope grown = new Envelope(area);
        grown.expandBy(reachPixels / scale);
        BitSet found = new BitSet(marks.size());
        if (grown.covers(bounds)) {
            found.set(0, marks.size());
        } else if (grown.intersection(bounds).getArea() > SCAN_SHARE * bounds.getArea()) {
            scan(grown, found);
        } else {
            query(grown, found::set);
        }
        for (int i = found.nextSetBit(0); i >= 0; i = found.nextSetBit(i + 1)) {
            if (minZooms[i] > zoom) {
                found.clear(i);
            }
        }
        return found;
    }

    /** Sets in {@code found} the positions of the marks whose extent meets {@code area}, reading every one. */
    private void scan(Envelope area, BitSet found) {
        for (int i = 0; i < marks.size(); i++) {
            if (meets(i, area)) {
                found.set(i);
            }
        }
    }

    /**
     * How crowded {@code area} (world pixels at zoom 0) is with the marks at the positions in {@code shown}: how
     * many symbols, how many zones and rings, and how much of it their envelopes cover in all.
     */
    Crowding crowding(BitSet shown, Envelope area) {
        int symbols = 0;
        int areas = 0;
        double covered = 0;
        for (int i = shown.nextSetBit(0); i >= 0; i = shown.nextSetBit(i + 1)) {
            symbols += symbolColours[i] != 0 ? 1 : 0;
            if (!Double.isNaN(areaBoxes[4 * i])) {
                areas++;
                covered += Math.max(0, Math.min(areaBoxes[4 * i + 2], area.getMaxX())
                        - Math.max(areaBoxes[4 * i], area.getMinX()))
                        * Math.max(0, Math.min(areaBoxes[4 * i + 3], area.getMaxY())
                        - Math.max(areaBoxes[4 * i + 1], area.getMinY()));
            }
        }
        return new Crowding(symbols, areas, covered);
    }

    /** The positions of the selected marks. */
    BitSet selectedPositions() {
        return (BitSet) selected.clone();
    }

    /**
     * The outline the mark at {@code position} adds to the simple look of zones (an unselected zone's or a
     * protection ring's), or null.
     */
    FeatureMark.AreaShape simpleShape(int position) {
        return simpleShapes[position];
    }

    /**
     * The premultiplied ARGB tint of {@link #simpleShape} in the simple look of zones, or 0 when it is drawn as a
     * line.
     */
    int simpleTint(int position) {
        return simpleTints[position];
    }

    /**
     * The envelope of the zone or ring of the mark at {@code position} as min x, min y, max x, max y in world pixels
     * at zoom 0 ({@code corner} 0 to 3); NaN for a point without a ring. It is also {@link #simpleShape}'s envelope
     * when that is not null, read here without visiting the shape.
     */
    double areaBound(int position, int corner) {
        return areaBoxes[4 * position + corner];
    }

    /** Whether the mark at {@code position} is selected. */
    boolean selected(int position) {
        return selected.get(position);
    }

    /** x of the anchor of the mark at {@code position}, in world pixels at zoom 0. */
    double anchorX(int position) {
        return anchors[2 * position];
    }

    /** y of the anchor of the mark at {@code position}, in world pixels at zoom 0. */
    double anchorY(int position) {
        return anchors[2 * position + 1];
    }

    /**
     * The frame colour (upper 32 bits) and fill colour (lower 32 bits), as ARGB, of the symbol at
     * {@code position}; 0 for a zone (a symbol's frame is never transparent black).
     */
    long symbolColours(int position) {
        return symbolColours[position];
    }

    /**
     * How crowded a view is.
     *
     * @param symbols how many symbols may show in it
     * @param areas how many zones and protection rings may show in it
     * @param coveredWorld the area of the view their envelopes cover in all, counted once for each, in square
     *     world pixels at zoom 0
     */
    record Crowding(int symbols, int areas, double coveredWorld) {
    }

    /**
     * The marks drawn at whole zoom {@code zoom} lying wholly inside {@code area} (world pixels at zoom 0): points
     * whose anchor is inside it, areas whose envelope is; of a feature of several parts, one mark, when every part
     * drawn lies wholly inside. In layout order.
     */
    List<FeatureMark> within(Envelope area, int zoom) {
        List<FeatureMark> inside = new ArrayList<>();
        Set<Long> decided = new HashSet<>();
        query(area, position -> {
            FeatureMark mark = marks.get(position);
            if (mark.minZoom() <= zoom && whollyInside(mark, area) && (!mark.onePartOfSeveral()
                    || decided.add(mark.featureKey()) && everyPartInside(mark, area, zoom))) {
                inside.add(mark);
            }
        });
        inside.sort(Comparator.comparingInt(FeatureMark::layoutIndex).thenComparingInt(FeatureMark::featureIndex));
        return inside;
    }

    private static boolean whollyInside(FeatureMark mark, Envelope area) {
        return mark.area().isPresent() ? area.covers(mark.area().get().envelope())
                : area.covers(mark.worldX(), mark.worldY());
    }

    /** Whether every part of {@code mark}'s feature drawn at whole zoom {@code zoom} lies wholly inside. */
    private boolean everyPartInside(FeatureMark mark, Envelope area, int zoom) {
        for (int position : partPositions.get(mark.featureKey())) {
            FeatureMark part = marks.get(position);
            if (part.minZoom() <= zoom && !whollyInside(part, area)) {
                return false;
            }
        }
        return true;
    }

    /** The marks in label order, with their positions. */
    List<FeatureMark> marks() {
        return marks;
    }
}
