package org.hubmap.render;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.hubmap.model.LayoutFeature;

/**
 * What one label placement decided for each subject, and the space each decision read: the union of every box it
 * tested for room. A later placement at the same zoom and options, of marks that differ by an edit, keeps every
 * decision whose space no changed box reaches, and decides the rest again, so that it comes out exactly as a
 * placement from scratch would, in a fraction of the time. Immutable once made.
 */
final class PlacementTrace {
    /** The space of a decision that tested nothing: it holds whatever else changes. */
    static final PixelBox READ_NOTHING = new PixelBox(0, 0, 0, 0);

    private final FeatureMarks marks;
    private final LabelPlacement placement;
    private final PixelBox[] markSpaces;
    private final PlacedLabel[] markLabels;
    private final PixelBox[] placeSpaces;
    private final PlacedDot[] placeDots;
    private final PlacedLabel[] placeLabels;

    /**
     * A trace of {@code placement}, made around {@code marks}: per mark position, and per basemap place in the
     * order they were offered room, the space read ({@code null} for a subject not offered room,
     * {@link #READ_NOTHING} for one whose decision read nothing) and the name placed; per place also the dot placed
     * with it, when it was not kept before any name was placed.
     */
    PlacementTrace(FeatureMarks marks, LabelPlacement placement, PixelBox[] markSpaces, PlacedLabel[] markLabels,
            PixelBox[] placeSpaces, PlacedDot[] placeDots, PlacedLabel[] placeLabels) {
        this.marks = marks;
        this.placement = placement;
        this.markSpaces = markSpaces;
        this.markLabels = markLabels;
        this.placeSpaces = placeSpaces;
        this.placeDots = placeDots;
        this.placeLabels = placeLabels;
    }

    FeatureMarks marks() {
        return marks;
    }

    /** The placement traced. */
    LabelPlacement placement() {
        return placement;
    }

    PixelBox markSpace(int position) {
        return markSpaces[position];
    }

    PlacedLabel markLabel(int position) {
        return markLabels[position];
    }

    PixelBox placeSpace(int index) {
        return placeSpaces[index];
    }

    PlacedDot placeDot(int index) {
        return placeDots[index];
    }

    PlacedLabel placeLabel(int index) {
        return placeLabels[index];
    }

    /** The position of each feature among the traced marks, by identity. */
    Map<LayoutFeature, Integer> positions() {
        List<FeatureMark> traced = marks.marks();
        Map<LayoutFeature, Integer> positions = new IdentityHashMap<>(2 * traced.size());
        for (int i = 0; i < traced.size(); i++) {
            positions.put(traced.get(i).feature(), i);
        }
        return positions;
    }
}
