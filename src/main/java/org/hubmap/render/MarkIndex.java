package org.hubmap.render;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private final List<FeatureMark> marks;
    private final STRtree tree = new STRtree();
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
    private final BitSet selected = new BitSet();
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
        this.marks = marks;
        this.minZooms = new int[marks.size()];
        this.anchors = new double[2 * marks.size()];
        this.extents = new double[4 * marks.size()];
        this.areaBoxes = new double[4 * marks.size()];
        this.symbolColours = new long[marks.size()];
        this.simpleShapes = new FeatureMark.AreaShape[marks.size()];
        this.simpleTints = new int[marks.size()];
        double reach = AREA_MARGIN_PIXELS;
        for (int i = 0; i < marks.size(); i++) {
            FeatureMark mark = marks.get(i);
            Envelope extent = extentOf(mark);
            tree.insert(extent, i);
            extents[4 * i] = extent.getMinX();
            extents[4 * i + 1] = extent.getMinY();
            extents[4 * i + 2] = extent.getMaxX();
            extents[4 * i + 3] = extent.getMaxY();
            bounds.expandToInclude(extent);
            minZooms[i] = mark.minZoom();
            selected.set(i, mark.selected());
            if (mark.onePartOfSeveral()) {
                partPositions.computeIfAbsent(mark.featureKey(), key -> new ArrayList<>(mark.parts())).add(i);
            }
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
            if (mark.point().isPresent()) {
                PointSymbolStyle style = mark.point().get();
                symbolColours[i] = (long) style.frame().getRGB() << 32 | style.fill().getRGB() & 0xffffffffL;
                PixelBox box = mark.symbolBox().orElseThrow();
                reach = Math.max(reach, SYMBOL_MARGIN_PIXELS + Math.max(Math.max(-box.minX(), box.maxX()),
                        Math.max(-box.minY(), box.maxY())));
            }
        }
        tree.build();
        this.reachPixels = reach;
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
            tree.query(grown, item -> found.set((Integer) item));
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
            if (extents[4 * i] <= area.getMaxX() && extents[4 * i + 2] >= area.getMinX()
                    && extents[4 * i + 1] <= area.getMaxY() && extents[4 * i + 3] >= area.getMinY()) {
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
        tree.query(area, item -> {
            FeatureMark mark = marks.get((Integer) item);
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
