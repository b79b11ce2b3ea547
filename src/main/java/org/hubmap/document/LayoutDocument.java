package org.hubmap.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hubmap.io.LayoutStorage;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.EditCommand;
import org.hubmap.model.edit.FeatureChanges;
import org.hubmap.model.edit.ReplaceLayout;
import org.hubmap.model.edit.UndoStack;

/**
 * An open layout: its layout and selection (one {@link DocumentState}), its one undo history, the layout as last
 * read or saved, whether it has changed since, and where it is kept (none until a new layout is first saved).
 * Every change of its features goes through {@link #execute}, {@link #undo} or {@link #redo}, and every change of
 * the document is announced once to its listeners, with what it did ({@link DocumentChange}).
 *
 * <p>Not thread-safe: use it from one thread (the user interface's), where listeners are also called.
 */
public final class LayoutDocument {
    private UndoStack history;
    private final String untitledName;
    private final List<DocumentListener> listeners = new CopyOnWriteArrayList<>();
    private DocumentState state;
    private LayoutStorage storage;
    private Layout base;

    /**
     * A document of {@code content}, read from {@code storage}; or, when {@code storage} is null, a new layout
     * called {@code untitledName} until it is first saved.
     */
    public LayoutDocument(LayoutStorage storage, Layout content, String untitledName) {
        this.history = new UndoStack(content);
        this.untitledName = untitledName;
        this.storage = storage;
        this.base = storage == null ? null : content;
        this.state = new DocumentState(content, Selection.none());
    }

    /** A document read from {@code storage}. */
    public static LayoutDocument read(LayoutStorage storage, Layout content) {
        return new LayoutDocument(storage, content, storage.name());
    }

    /**
     * A document of {@code recovered}, edits that were not saved before HubMap stopped, laid as one unsaved change
     * over {@code stored}, the layout as {@code storage} keeps it now, so that saving goes where the edits were
     * meant to go (and still refuses to overwrite a change made there since it was read) and one undo goes back to
     * what is stored. With no storage (a layout never saved) or nothing stored there any more ({@code stored} null),
     * the edits are laid over an empty layout.
     */
    public static LayoutDocument restored(LayoutStorage storage, Layout stored, Layout recovered,
            String untitledName) {
        Layout under = stored != null ? stored : new Layout(recovered.title(), List.of());
        LayoutDocument document = new LayoutDocument(stored != null ? storage : null, under, untitledName);
        document.storage = storage;
        document.execute(ReplaceLayout.of("Restore unsaved changes", under, recovered), Selection.none());
        return document;
    }

    /** The layout and selection as they are now. */
    public DocumentState state() {
        return state;
    }

    /** The layout as it is now, edits included. */
    public Layout layout() {
        return state.layout();
    }

    public Selection selection() {
        return state.selection();
    }

    /** The selected features in layout order. */
    public List<LayoutFeature> selectedFeatures() {
        return state.selection().inLayoutOrder(state.layout());
    }

    /** Where the layout is kept; empty for a new one never saved. */
    public Optional<LayoutStorage> storage() {
        return Optional.ofNullable(storage);
    }

    /** The layout as last read from or saved to its storage; null for a new one never saved. */
    public Layout base() {
        return base;
    }

    /** Its storage's name, or the name of a new layout. */
    public String name() {
        return storage == null ? untitledName : storage.name();
    }

    /**
     * Whether there are changes not yet saved: edits since the layout was last read or saved, or, for a new layout
     * never saved, any features at all.
     */
    public boolean isModified() {
        return history.isModified() || storage == null && !state.layout().features().isEmpty();
    }

    /**
     * Applies {@code command} as one undoable step and selects {@code selectAfter} (only the features of the new
     * layout among them).
     *
     * @throws IllegalStateException if the command was made for another layout than the current one
     */
    public void execute(EditCommand command, Selection selectAfter) {
        DocumentState before = state;
        boolean wasModified = isModified();
        Layout after = history.execute(command);
        state = new DocumentState(after, selectAfter.within(after));
        announce(before, DocumentChange.Cause.EDIT, Optional.of(command), command.changes(), wasModified);
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

    /**
     * Takes back the last edit and selects the features it put back.
     *
     * @throws IllegalStateException if there is nothing to undo
     */
    public void undo() {
        EditCommand command = nextToUndo();
        DocumentState before = state;
        boolean wasModified = isModified();
        Layout after = history.undo();
        FeatureChanges changes = command.changes().inverse();
        state = new DocumentState(after, Selection.of(touched(changes)).within(after));
        announce(before, DocumentChange.Cause.UNDO, Optional.of(command), changes, wasModified);
    }

    /**
     * Makes the last undone edit again and selects the features it changed.
     *
     * @throws IllegalStateException if there is nothing to redo
     */
    public void redo() {
        DocumentState before = state;
        boolean wasModified = isModified();
        Layout after = history.redo();
        EditCommand command = lastDone();
        FeatureChanges changes = command.changes();
        state = new DocumentState(after, Selection.of(touched(changes)).within(after));
        announce(before, DocumentChange.Cause.REDO, Optional.of(command), changes, wasModified);
    }

    /** Selects {@code selection} (only the features of the layout among them); announced when it differs. */
    public void select(Selection selection) {
        Selection kept = selection.within(state.layout());
        if (kept.equals(state.selection())) {
            return;
        }
        DocumentState before = state;
        state = new DocumentState(state.layout(), kept);
        announce(before, DocumentChange.Cause.SELECTION, Optional.empty(), FeatureChanges.NONE, isModified());
    }

    /**
     * Records that {@code saved}, a layout this document had, is now what {@code where} keeps: the document is kept
     * there from now on, and counts as saved unless it was edited after {@code saved}.
     */
    public void markSaved(LayoutStorage where, Layout saved) {
        boolean wasModified = isModified();
        storage = where;
        base = saved;
        if (saved == state.layout()) {
            history.markSaved();
        }
        announce(state, DocumentChange.Cause.SAVED, Optional.empty(), FeatureChanges.NONE, wasModified);
    }

    /**
     * Takes in someone else's changes to where the layout is kept: {@code changed}, features added or changed
     * there, and the removal of the features whose keys ({@link org.hubmap.model.FeatureIds}) are {@code removed}.
     * Only changes to features this document has not edited are taken, into its layout and its base alike, so that
     * they do not count as edits here; the others are conflicts, left as they are. Undo keeps its steps when the
     * changes only swap features no step holds; otherwise the unsaved edits become one step, since steps made for
     * the old places of features cannot be undone over new ones.
     *
     * @return the keys taken and those in conflict
     * @throws IllegalStateException for a new layout never saved, which has no stored version to take changes of
     */
    public OutsideChangesTaken takeOutsideChanges(List<LayoutFeature> changed, Set<String> removed) {
        if (base == null) {
            throw new IllegalStateException("a layout never saved has no stored version to take changes of");
        }
        DocumentState before = state;
        boolean wasModified = isModified();
        OutsideChanges.Plan plan = new OutsideChanges(state.layout(), base, history.referencedFeatures())
                .plan(changed, removed);
        if (plan.taken().isEmpty()) {
            return new OutsideChangesTaken(plan.taken(), plan.conflicts(), List.of());
        }
        if (plan.keepsPlaces() && history.stepsHoldOnlyTheirFeatures()) {
            history.replaceUnderneath(plan.layout());
        } else {
            history = new UndoStack(plan.base());
            if (wasModified) {
                history.execute(ReplaceLayout.of("Unsaved edits", plan.base(), plan.layout()));
            }
        }
        base = plan.base();
        Map<LayoutFeature, LayoutFeature> replacements = plan.replacements(before.layout());
        List<LayoutFeature> selected = new ArrayList<>();
        for (LayoutFeature feature : before.selection().features()) {
            selected.add(replacements.getOrDefault(feature, feature));
        }
        state = new DocumentState(history.layout(), Selection.of(selected).within(history.layout()));
        List<FeatureChanges.Replacement> swapped = new ArrayList<>();
        replacements.forEach((old, now) -> swapped.add(new FeatureChanges.Replacement(old, now)));
        List<LayoutFeature> gone = new ArrayList<>();
        plan.removed().forEach(index -> gone.add(before.layout().features().get(index)));
        List<LayoutFeature> shown = new ArrayList<>(plan.added());
        shown.addAll(replacements.values());
        announce(before, DocumentChange.Cause.OUTSIDE, Optional.empty(),
                new FeatureChanges(plan.added(), gone, swapped), wasModified);
        return new OutsideChangesTaken(plan.taken(), plan.conflicts(), shown);
    }

    /**
     * What {@link #takeOutsideChanges} did: the keys of the changes taken, those in conflict with edits here, and
     * the features added or changed, as the layout now has them (to show the user).
     */
    public record OutsideChangesTaken(List<String> taken, List<String> conflicts, List<LayoutFeature> shown) {
    }

    /** Calls {@code listener} after every change of the document, until it is removed. */
    public void addListener(DocumentListener listener) {
        listeners.add(listener);
    }

    public void removeListener(DocumentListener listener) {
        listeners.remove(listener);
    }

    private void announce(DocumentState before, DocumentChange.Cause cause, Optional<EditCommand> command,
            FeatureChanges changes, boolean wasModified) {
        DocumentChange change = new DocumentChange(before, state, cause, command, changes, wasModified,
                isModified());
        for (DocumentListener listener : listeners) {
            listener.documentChanged(change);
        }
    }

    private EditCommand nextToUndo() {
        if (!history.canUndo()) {
            throw new IllegalStateException("nothing to undo");
        }
        return history.lastExecuted();
    }

    private EditCommand lastDone() {
        return history.lastExecuted();
    }

    /** The features a change leaves in the layout that it touched: added ones and replacements. */
    private static List<LayoutFeature> touched(FeatureChanges changes) {
        List<LayoutFeature> touched = new ArrayList<>(changes.added());
        changes.replaced().forEach(r -> touched.add(r.after()));
        return touched;
    }
}
