package org.hubmap.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.hubmap.model.LayoutFeature;

/**
 * What the map shows for the moment after an edit, while the names are placed again: the last placement at the
 * zoom with every name the edit may have made wrong left out. Placing every name of a large layout again takes
 * longer than a frame; this takes a fraction of one, so the edit shows at once and its neighbours' names follow.
 *
 * <p>Left out are the names of features the edit changed, removed or selected or deselected (their marks are made
 * anew), and every name or settlement dot that comes within {@value #NEARBY_PIXELS} pixels of a symbol made anew:
 * such a symbol could be covered by it, or be taken for the one it names. Nothing is added: a name is shown only
 * where the last placement put it, and so no two names overlap and no name covers a symbol. Capitals and Ukraine's
 * oblast centres keep their dots, as they always do; a settlement whose dot is left out loses its name with it.
 */
final class InterimPlacement {
    /**
     * How near a new symbol a name is left out, in screen pixels: farther than any name stands from its own symbol or
     * dot (some 30 pixels for a capital's name on its farthest ring) with the clearance every other symbol keeps.
     */
    static final double NEARBY_PIXELS = 32;

    private InterimPlacement() {
    }

    /** {@code last}, made for the marks before the edits, less what {@code difference} may have made wrong. */
    static LabelPlacement of(LabelPlacement last, FeatureMarks.Difference difference) {
        double scale = MercatorGeometry.scale(last.zoom());
        Set<LayoutFeature> remade = Collections.newSetFromMap(new IdentityHashMap<>());
        for (FeatureMark mark : difference.dropped()) {
            remade.add(mark.feature());
        }
        List<PixelBox> newSymbols = new ArrayList<>();
        for (FeatureMark mark : difference.fresh()) {
            remade.add(mark.feature());
            if (mark.minZoom() <= last.zoom() && mark.symbolBox().isPresent()) {
                newSymbols.add(mark.symbolBox().get().shifted(mark.worldX() * scale, mark.worldY() * scale)
                        .grown(NEARBY_PIXELS));
            }
        }
        List<PlacedDot> dots = new ArrayList<>(last.dots().size());
        Set<MapPlace> undotted = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PlacedDot dot : last.dots()) {
            if (LabelPlacer.keepsDot(dot.place()) || !meetsAny(dot.box(), newSymbols)) {
                dots.add(dot);
            } else {
                undotted.add(dot.place());
            }
        }
        List<PlacedLabel> labels = new ArrayList<>(last.labels().size());
        for (PlacedLabel label : last.labels()) {
            boolean ofRemade = label.feature().map(mark -> remade.contains(mark.feature())).orElse(false);
            if (!ofRemade && !undotted.contains(label.subject()) && !meetsAny(label.box(), newSymbols)) {
                labels.add(label);
            }
        }
        return new LabelPlacement(last.zoom(), labels, dots);
    }

    private static boolean meetsAny(PixelBox box, List<PixelBox> boxes) {
        for (PixelBox other : boxes) {
            if (box.intersects(other)) {
                return true;
            }
        }
        return false;
    }
}
