package org.hubmap.ui.edit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.hubmap.document.DocumentChange;
import org.hubmap.document.DocumentState;
import org.hubmap.document.LayoutDocument;
import org.hubmap.document.Selection;
import org.hubmap.io.FileStorage;
import org.hubmap.io.LayoutStorage;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.EditCommand;
import org.hubmap.model.edit.FeatureChanges;
import org.hubmap.render.LayerAccent;

/**
 * A {@link LayoutDocument} open in the window, as JavaFX properties the views bind to. The document is the truth;
 * this adapter only mirrors each of its changes, once: {@link #stateProperty()} (layout and selection together)
 * first, then the properties derived from it, and {@link #changeProperty()} says what the change did. Use on the FX
 * thread once shown.
 *
 * <p>It is also a layer of the window: shown or hidden, locked or open to edits, and marked on the map with an
 * accent colour. A hidden or locked layer refuses every edit, undo and redo, and says why to whoever listens
 * ({@link #setOnEditRefused}): nothing can change a layer the user cannot see or chose to protect.
 */
public final class OpenedLayout {
    private final LayoutDocument document;
    private final ReadOnlyObjectWrapper<DocumentState> state;
    private final ReadOnlyObjectWrapper<Layout> layout;
    private final ReadOnlyObjectWrapper<Selection> selection;
    private final ReadOnlyObjectWrapper<DocumentChange> change = new ReadOnlyObjectWrapper<>(this, "change");
    private final ReadOnlyBooleanWrapper modified;
    private final ReadOnlyObjectWrapper<Path> file;
    private final List<String> readWarnings;
    private final Path importedFrom;
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);
    private final BooleanProperty locked = new SimpleBooleanProperty(this, "locked", false);
    private final ObjectProperty<LayerAccent> accent = new SimpleObjectProperty<>(this, "accent", LayerAccent.ORANGE);
    private Consumer<String> editRefused = message -> {
    };
    /** Why a feature may not be changed here, or empty when it may: a shared layout's other nations' features. */
    private Function<LayoutFeature, Optional<String>> featureLock = feature -> Optional.empty();

    public OpenedLayout(LayoutDocument document) {
        this(document, List.of());
    }

    /** A document read with {@code readWarnings}: what its file says that deserves a look, one message each. */
    public OpenedLayout(LayoutDocument document, List<String> readWarnings) {
        this(document, readWarnings, null);
    }

    /**
     * A document read with {@code readWarnings}, imported from {@code importedFrom}: a file in another format than
     * HubMap's, which the document is not kept in; null for a document read from where it is kept, or a new one.
     */
    public OpenedLayout(LayoutDocument document, List<String> readWarnings, Path importedFrom) {
        this.document = document;
        this.importedFrom = importedFrom;
        this.readWarnings = List.copyOf(readWarnings);
        this.state = new ReadOnlyObjectWrapper<>(this, "state", document.state());
        this.layout = new ReadOnlyObjectWrapper<>(this, "layout", document.layout());
        this.selection = new ReadOnlyObjectWrapper<>(this, "selection", document.selection());
        this.modified = new ReadOnlyBooleanWrapper(this, "modified", document.isModified());
        this.file = new ReadOnlyObjectWrapper<>(this, "file", fileOf(document));
        document.addListener(this::mirror);
    }

    /** A layout read from {@code file}, or a new one not yet saved when {@code file} is null. */
    public OpenedLayout(Path file, Layout content) {
        this(file, content, "Untitled layout");
    }

    public OpenedLayout(Path file, Layout content, String untitledName) {
        this(new LayoutDocument(file == null ? null : new FileStorage(file), content, untitledName));
    }

    public LayoutDocument document() {
        return document;
    }

    /** The file in another format this layout was imported from, until saved; null for any other layout. */
    public Path importedFrom() {
        return document.storage().isEmpty() ? importedFrom : null;
    }

    /** The warnings about what the file said when it was read, as {@code FILE:LINE:COL: warning: ...}. */
    public List<String> readWarnings() {
        return readWarnings;
    }

    /** The layout and its selection, changing together, once per change of the document. */
    public ReadOnlyObjectProperty<DocumentState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The document's last change, set after {@link #stateProperty()}; null before the first. */
    public ReadOnlyObjectProperty<DocumentChange> changeProperty() {
        return change.getReadOnlyProperty();
    }

    /** The file, or null for a layout never saved to a file. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    /** The layout as it is now, edits included; changes after {@link #stateProperty()}. */
    public ReadOnlyObjectProperty<Layout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public Layout layout() {
        return document.layout();
    }

    /** Whether there are changes not yet saved. */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    public boolean isModified() {
        return document.isModified();
    }

    /** The selected features; changes after {@link #stateProperty()}. */
    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public Selection selection() {
        return document.selection();
    }

    /** Selects {@code chosen} (those of them the layout holds). */
    public void select(Selection chosen) {
        document.select(chosen);
    }

    /** Selects the features at {@code indexes} of the layout, as a table selects rows. */
    public void selectIndexes(int... indexes) {
        List<Integer> chosen = new ArrayList<>(indexes.length);
        for (int index : indexes) {
            chosen.add(index);
        }
        document.select(Selection.atIndexes(layout(), chosen));
    }

    /** Where the selected features stand in the layout, ascending. */
    public int[] selectedIndexes() {
        return document.selection().indexesIn(layout());
    }

    /** The selected features themselves, in layout order. */
    public List<LayoutFeature> selectedFeatures() {
        return document.selectedFeatures();
    }

    /** The selected features as an identity set, as the renderer highlights them. */
    public Set<LayoutFeature> selectedFeatureSet() {
        return document.selection().asSet();
    }

    /** Whether the layer is drawn on the map, and its features picked there. */
    public BooleanProperty visibleProperty() {
        return visible;
    }

    /** Whether the layer is protected from edits. */
    public BooleanProperty lockedProperty() {
        return locked;
    }

    /** The colour the layer's symbols are marked with on the map when several layers are shown. */
    public ObjectProperty<LayerAccent> accentProperty() {
        return accent;
    }

    /** Whether edits are accepted: the layer is shown and not locked. */
    public boolean isEditable() {
        return visible.get() && !locked.get();
    }

    /** Takes on the visibility, lock and accent of {@code other}, as a layout read again in its place does. */
    public void takeLayerStateOf(OpenedLayout other) {
        featureLock = other.featureLock;
        visible.set(other.visible.get());
        locked.set(other.locked.get());
        accent.set(other.accent.get());
    }

    /** Tells {@code handler} why an edit was refused, in a sentence for the status bar. */
    public void setOnEditRefused(Consumer<String> handler) {
        editRefused = handler;
    }

    /**
     * Locks the features {@code whyLocked} gives a reason for: an edit that changes, moves or removes one of them is
     * refused with that reason, as the store would refuse to save it.
     */
    public void setFeatureLock(Function<LayoutFeature, Optional<String>> whyLocked) {
        featureLock = whyLocked;
    }

    /** Why {@code feature} may not be changed here, in a sentence; empty when it may. */
    public Optional<String> whyLocked(LayoutFeature feature) {
        return featureLock.apply(feature);
    }

    /** Applies an edit as one undoable step and selects {@code selectAfter}, unless the layer refuses edits. */
    public void execute(EditCommand command, Selection selectAfter) {
        if (acceptsEdits() && touchesNoLockedFeature(command.changes())) {
            document.execute(command, selectAfter);
        }
    }

    /**
     * Applies a change that takes in what someone else stored, such as a merge of the stored version, as one
     * undoable step, unless the layer refuses edits: locked features take it too, since it only brings them to what
     * the store holds.
     */
    public void takeIn(EditCommand command, Selection selectAfter) {
        if (acceptsEdits()) {
            document.execute(command, selectAfter);
        }
    }

    /** Whether {@code changes} leave every locked feature as it is; if not, says why the first one is locked. */
    private boolean touchesNoLockedFeature(FeatureChanges changes) {
        List<LayoutFeature> touched = new ArrayList<>(changes.removed());
        changes.replaced().forEach(replacement -> touched.add(replacement.before()));
        return mayChange(touched);
    }

    /**
     * Whether none of {@code features} is locked; if one is, says why, so that a gesture about to change them (a
     * drag) is refused before it shows them moving rather than when it ends.
     */
    public boolean mayChange(List<LayoutFeature> features) {
        for (LayoutFeature feature : features) {
            Optional<String> why = featureLock.apply(feature);
            if (why.isPresent()) {
                editRefused.accept((feature.name().isBlank() ? "This feature" : feature.name()) + ": "
                        + why.get());
                return false;
            }
        }
        return true;
    }

    /** Whether the layer takes edits now; if not, says why. */
    private boolean acceptsEdits() {
        if (locked.get()) {
            editRefused.accept(fileName() + " is locked: unlock it in the Layouts list to edit it.");
            return false;
        }
        if (!visible.get()) {
            editRefused.accept(fileName() + " is hidden: show it in the Layouts list to edit it.");
            return false;
        }
        return true;
    }

    public boolean canUndo() {
        return document.canUndo();
    }

    public boolean canRedo() {
        return document.canRedo();
    }

    /** What undo would take back, such as {@code Move hub}. */
    public Optional<String> undoDescription() {
        return document.undoDescription();
    }

    public Optional<String> redoDescription() {
        return document.redoDescription();
    }

    /** Takes back the last edit and selects what it changed back, unless the layer refuses edits. */
    public void undo() {
        if (acceptsEdits()) {
            document.undo();
        }
    }

    /** Makes the last undone edit again and selects what it changed, unless the layer refuses edits. */
    public void redo() {
        if (acceptsEdits()) {
            document.redo();
        }
    }

    /** Records that the layout as it was when {@code saved} was taken is now in {@code target}. */
    public void markSaved(LayoutStorage target, Layout saved) {
        document.markSaved(target, saved);
    }

    /** The file's name without its folder, or the name of a new layout. */
    public String fileName() {
        return document.name();
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

    private void mirror(DocumentChange happened) {
        state.set(happened.after());
        layout.set(happened.after().layout());
        selection.set(happened.after().selection());
        modified.set(happened.modifiedAfter());
        file.set(fileOf(document));
        change.set(happened);
        // A JavaFX property tells invalidation listeners only once until it is read again, and the window's list
        // of layouts observes changes without reading them: reading back keeps every change announced.
        change.get();
    }

    private static Path fileOf(LayoutDocument document) {
        return document.storage().filter(FileStorage.class::isInstance).map(s -> ((FileStorage) s).file())
                .orElse(null);
    }
}
