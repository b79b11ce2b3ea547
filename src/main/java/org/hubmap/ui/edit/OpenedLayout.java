package org.hubmap.ui.edit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.EditCommand;
import org.hubmap.model.edit.UndoStack;

/**
 * A layout open in the window: the file it belongs to (none until a new layout is first saved), its one undo
 * history, the selected features and whether it has changes not yet saved. Every change of its features goes
 * through {@link #execute}, {@link #undo} or {@link #redo}. Use on the FX thread once shown.
 */
public final class OpenedLayout {
    private final ReadOnlyObjectWrapper<Path> file;
    private final UndoStack history;
    private final ReadOnlyObjectWrapper<Layout> layout;
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private final ObjectProperty<FeatureSelection> selection =
            new SimpleObjectProperty<>(this, "selection", FeatureSelection.none());
    private final String untitledName;

    /** A layout read from {@code file}, or a new one not yet saved when {@code file} is null. */
    public OpenedLayout(Path file, Layout content) {
        this(file, content, "Untitled layout");
    }

    public OpenedLayout(Path file, Layout content, String untitledName) {
        this.file = new ReadOnlyObjectWrapper<>(this, "file", file);
        this.untitledName = untitledName;
        this.history = new UndoStack(content);
        this.layout = new ReadOnlyObjectWrapper<>(this, "layout", content);
        history.addListener(stack -> {
            layout.set(stack.layout());
            modified.set(stack.isModified() || this.file.get() == null && !stack.layout().features().isEmpty());
        });
        modified.set(file == null && !content.features().isEmpty());
    }

    /** The file, or null for a layout never saved. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    /** The layout as it is now, edits included. */
    public ReadOnlyObjectProperty<Layout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public Layout layout() {
        return layout.get();
    }

    /** Whether there are changes not yet saved. */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    public boolean isModified() {
        return modified.get();
    }

    /** The selected features of this layout. */
    public ObjectProperty<FeatureSelection> selectionProperty() {
        return selection;
    }

    /** The selected features themselves, in layout order. */
    public List<LayoutFeature> selectedFeatures() {
        List<LayoutFeature> features = layout().features();
        List<LayoutFeature> selected = new ArrayList<>();
        selection.get().stream().filter(i -> i < features.size()).forEach(i -> selected.add(features.get(i)));
        return selected;
    }

    /** The selected features as an identity set, as the renderer highlights them. */
    public Set<LayoutFeature> selectedFeatureSet() {
        Set<LayoutFeature> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(selectedFeatures());
        return set;
    }

    /** Applies an edit as one undoable step and selects {@code selectAfter}. */
    public void execute(EditCommand command, FeatureSelection selectAfter) {
        history.execute(command);
        selection.set(selectAfter.within(layout().features().size()));
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    /** What undo would take back, such as {@code Move hub}. */
    public Optional<String> undoDescription() {
        return history.undoDescription();
    }

    public Optional<String> redoDescription() {
        return history.redoDescription();
    }

    /** Takes back the last edit and selects what it changed back. */
    public void undo() {
        Layout before = layout();
        history.undo();
        selection.set(changedFeatures(before, layout()));
    }

    /** Makes the last undone edit again and selects what it changed. */
    public void redo() {
        Layout before = layout();
        history.redo();
        selection.set(changedFeatures(before, layout()));
    }

    /** The history's listeners are told of every change; the window uses this for its Edit menu. */
    public void addHistoryListener(Runnable listener) {
        history.addListener(stack -> listener.run());
    }

    /** Records that the layout as it is now was saved to {@code target}. */
    public void markSaved(Path target, Layout saved) {
        if (saved == layout()) {
            history.markSaved();
        }
        file.set(target);
        modified.set(history.isModified());
    }

    /** The file's name without its folder, or the name of a new layout. */
    public String fileName() {
        return file.get() == null ? untitledName : file.get().getFileName().toString();
    }

    /** What the layout holds, such as {@code 10 hubs, 10 depots, 8 zones}. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        addCount(parts, FeatureKind.HUB, "hub", "hubs");
        addCount(parts, FeatureKind.DEPOT, "depot", "depots");
        addCount(parts, FeatureKind.MONITORING_ZONE, "zone", "zones");
        addCount(parts, FeatureKind.OTHER, "other feature", "other features");
        return parts.isEmpty() ? "no features" : String.join(", ", parts);
    }

    private void addCount(List<String> parts, FeatureKind kind, String one, String many) {
        long count = layout().count(kind);
        boolean alwaysShown = kind != FeatureKind.OTHER;
        if (count > 0 || (alwaysShown && !layout().features().isEmpty())) {
            parts.add(count + " " + (count == 1 ? one : many));
        }
    }

    /** The features of {@code after} that {@code before} did not have: what an undo or redo changed. */
    private static FeatureSelection changedFeatures(Layout before, Layout after) {
        Set<LayoutFeature> old = Collections.newSetFromMap(new IdentityHashMap<>());
        old.addAll(before.features());
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < after.features().size(); i++) {
            if (!old.contains(after.features().get(i))) {
                changed.add(i);
            }
        }
        return FeatureSelection.of(changed);
    }
}
