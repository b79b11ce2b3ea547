package org.hubmap.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.render.FeatureMarks;
import org.hubmap.render.LayerAccents;
import org.hubmap.render.LayoutEdit;

/**
 * The marks of the layouts the map shows, kept up to date edit by edit. The map is told of each change as it
 * happens, on the FX thread; the marks are brought up to date when someone needs them, drawing or picking, by
 * applying the changes in turn, each with what it announced, so that an edit of one feature of a large layout
 * remakes the marks of that feature only. Thread-safe.
 */
final class LayoutMarks {
    private FeatureMarks marks = FeatureMarks.none();
    private final List<Step> pending = new ArrayList<>();

    /**
     * The layouts are now {@code layouts}, marked with {@code accents}, with {@code selected} highlighted, after
     * {@code edit}.
     */
    synchronized void show(List<Layout> layouts, LayerAccents accents, Set<LayoutFeature> selected, LayoutEdit edit) {
        pending.add(new Step(List.copyOf(layouts), accents, selected, edit));
    }

    /** The marks of the layouts last shown. */
    synchronized FeatureMarks current() {
        for (Step step : pending) {
            marks = marks.updated(step.layouts(), step.selected(), step.edit()).withAccents(step.accents());
        }
        pending.clear();
        return marks;
    }

    private record Step(List<Layout> layouts, LayerAccents accents, Set<LayoutFeature> selected, LayoutEdit edit) {
    }
}
