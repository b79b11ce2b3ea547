package org.hubmap.render;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Where the marks of one {@link FeatureMarks} lie, for culling and picking: an STRtree of each mark's extent in
 * world pixels at zoom 0. An area's extent is its envelope; a point's is its anchor, together with its protection
 * ring if it has one, because its symbol's size is in screen pixels and so spans more of the world the further the
 * map is zoomed out. Queries therefore grow their area by {@link #reachPixels()} converted at their zoom.
 * Immutable and thread-safe.
 */
final class MarkIndex {
    /**
     * How far beyond its symbol box anything drawn for a point may reach, in screen pixels: the selection
     * highlight's margin and line, and the stroke through a closed site.
     */
    private static final double SYMBOL_MARGIN_PIXELS = 6;
    /** How far an area's boundary may be drawn beyond its outline, in screen pixels: half the widest line. */
    private static final double AREA_MARGIN_PIXELS = 6;

    private final List<FeatureMark> marks;
    private final STRtree tree = new STRtree();
    private final Envelope bounds = new Envelope();
    private final double reachPixels;

    MarkIndex(List<FeatureMark> marks) {
        this.marks = marks;
        double reach = AREA_MARGIN_PIXELS;
        for (int i = 0; i < marks.size(); i++) {
            FeatureMark mark = marks.get(i);
            Envelope extent = extentOf(mark);
            tree.insert(extent, i);
            bounds.expandToInclude(extent);
            if (mark.point().isPresent()) {
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
        } else {
            tree.query(grown, item -> found.set((Integer) item));
        }
        for (int i = found.nextSetBit(0); i >= 0; i = found.nextSetBit(i + 1)) {
            if (marks.get(i).minZoom() > zoom) {
                found.clear(i);
            }
        }
        return found;
    }

    /**
     * The marks drawn at whole zoom {@code zoom} lying wholly inside {@code area} (world pixels at zoom 0): points
     * whose anchor is inside it, areas whose envelope is; in layout order.
     */
    List<FeatureMark> within(Envelope area, int zoom) {
        List<FeatureMark> inside = new ArrayList<>();
        tree.query(area, item -> {
            FeatureMark mark = marks.get((Integer) item);
            boolean wholly = mark.area().isPresent() ? area.covers(mark.area().get().envelope())
                    : area.covers(mark.worldX(), mark.worldY());
            if (wholly && mark.minZoom() <= zoom) {
                inside.add(mark);
            }
        });
        inside.sort(Comparator.comparingInt(FeatureMark::layoutIndex).thenComparingInt(FeatureMark::featureIndex));
        return inside;
    }

    /** The marks in label order, with their positions. */
    List<FeatureMark> marks() {
        return marks;
    }
}
