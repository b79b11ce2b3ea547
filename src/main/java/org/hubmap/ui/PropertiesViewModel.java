package org.hubmap.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.hubmap.geo.CircleZone;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.ReplaceFeatures;
import org.hubmap.ui.edit.OpenedLayout;

/**
 * What the properties panel shows and does: the features selected in the active layout, read again whenever the
 * active layout, its features or its selection change, and edits of their properties. Every edit is one
 * {@link ReplaceFeatures} command on the active layout that keeps the selection, and touches only the features it
 * changes; an edit that would change none executes nothing. Use on the FX thread.
 */
final class PropertiesViewModel implements FieldCommit.LayoutHistory {
    private final ObservableValue<OpenedLayout> active;
    private final ReadOnlyObjectWrapper<List<LayoutFeature>> selected =
            new ReadOnlyObjectWrapper<>(this, "selectedFeatures", List.of());

    PropertiesViewModel(ObservableValue<OpenedLayout> active) {
        this.active = active;
        ActiveLayoutListener.attach(active, this::readSelection, this::readSelection);
        readSelection();
    }

    /**
     * The selected features of the active layout, in layout order; empty when nothing is selected or no layout is
     * open. It changes when any of them is replaced, so views showing it stay current through edits and undo.
     */
    ReadOnlyObjectProperty<List<LayoutFeature>> selectedFeaturesProperty() {
        return selected.getReadOnlyProperty();
    }

    List<LayoutFeature> selectedFeatures() {
        return selected.get();
    }

    /**
     * Sets property {@code key} to {@code value} on every selected feature that does not hold it already,
     * described as {@code action} and the features changed, such as "Rename hub" for {@code Rename}.
     *
     * @return whether any feature changed
     */
    boolean set(String action, String key, Object value) {
        return edit(action, feature -> feature.properties().containsKey(key)
                && Objects.equals(feature.properties().get(key), value) ? feature
                : CircleZone.withProperty(feature, key, value));
    }

    /**
     * Removes property {@code key} from every selected feature that has it, described as {@code action} and the
     * features changed, such as "Remove notes from 2 depots" for {@code Remove notes from}.
     *
     * @return whether any feature changed
     */
    boolean remove(String action, String key) {
        return edit(action, feature -> {
            if (!feature.properties().containsKey(key)) {
                return feature;
            }
            Map<String, Object> kept = new LinkedHashMap<>(feature.properties());
            kept.remove(key);
            return feature.withProperties(kept);
        });
    }

    private boolean edit(String action, UnaryOperator<LayoutFeature> change) {
        OpenedLayout layout = active.getValue();
        if (layout == null) {
            return false;
        }
        List<LayoutFeature> features = layout.layout().features();
        Map<Integer, LayoutFeature> changed = new LinkedHashMap<>();
        for (int index : layout.selection().indexesIn(layout.layout())) {
            LayoutFeature before = features.get(index);
            LayoutFeature after = change.apply(before);
            if (after != before) {
                changed.put(index, after);
            }
        }
        if (changed.isEmpty()) {
            return false;
        }
        ReplaceFeatures edit = ReplaceFeatures.of(action, layout.layout(), changed);
        layout.execute(edit, layout.selection().following(edit.changes()));
        return true;
    }

    /** Takes back the active layout's last edit. */
    @Override
    public void undo() {
        OpenedLayout layout = active.getValue();
        if (layout != null && layout.canUndo()) {
            layout.undo();
        }
    }

    /** Makes the active layout's last undone edit again. */
    @Override
    public void redo() {
        OpenedLayout layout = active.getValue();
        if (layout != null && layout.canRedo()) {
            layout.redo();
        }
    }

    private void readSelection() {
        OpenedLayout layout = active.getValue();
        selected.set(layout == null ? List.of() : List.copyOf(layout.selectedFeatures()));
    }
}
