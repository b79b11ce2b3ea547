package org.hubmap.model.edit;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;

/**
 * The one undo stack of an open layout: every change goes through {@link #execute}, and {@link #undo} and
 * {@link #redo} walk back and forth over the commands executed. The stack holds the current layout; the layouts
 * before and after are never kept, only the commands, which hold just the features they change.
 *
 * <p>Invariants: the current layout is the initial layout with the remembered undoable commands applied in order;
 * undoing reverts the last of them and makes it the first to redo; executing a command forgets every command
 * there was to redo. {@link #isModified} is true exactly when the current layout differs from the one last marked
 * saved (or the initial one): undoing or redoing back to that state clears it, and once executing has forgotten
 * the redo steps that led to the saved state, or the step limit has forgotten the undo steps back to it, no undo
 * or redo reaches it and the layout stays modified until it is saved again.
 *
 * <p>At most {@link #DEFAULT_MAX_STEPS} steps (or the number given) are kept for undo; executing beyond that
 * forgets the oldest. Most steps change one to a few features and keep their old versions, a kilobyte or a few
 * each, so a full default history of such steps costs some tens of megabytes. The limit counts steps, not their
 * size: a step that changes every feature of a large layout keeps an old version of each, as much memory again as
 * the layout's features. Execute, undo and redo each take time in proportion to the features the command changes
 * plus one copy of the layout's list of features, whatever the length of the history.
 *
 * <p>A drag, or any other gesture that shows intermediate states, is one command: while it lasts the view draws
 * the moved features from its own copy, and when it ends it executes one command, for example a
 * {@link ReplaceFeatures} from the features on the stack's layout to their final versions. The stack never sees the
 * intermediate states, and one undo takes back the whole gesture.
 *
 * <p>Not thread-safe: use it from one thread (the user interface's), where listeners are also called.
 */
public final class UndoStack {
    /** How many steps can be undone unless the constructor says otherwise. */
    public static final int DEFAULT_MAX_STEPS = 10_000;
    /** {@link #savedDepth} when no undo or redo leads back to the saved state. */
    private static final int UNREACHABLE = -1;

    private final int maxSteps;
    private final Deque<EditCommand> undoable = new ArrayDeque<>();
    private final Deque<EditCommand> redoable = new ArrayDeque<>();
    private final List<UndoStackListener> listeners = new CopyOnWriteArrayList<>();
    private Layout layout;
    /** How many undoable commands there were when the layout was last saved, or {@link #UNREACHABLE}. */
    private int savedDepth;

    /** A stack of {@link #DEFAULT_MAX_STEPS} steps over {@code layout}, which counts as saved. */
    public UndoStack(Layout layout) {
        this(layout, DEFAULT_MAX_STEPS);
    }

    /**
     * A stack that keeps at most {@code maxSteps} steps for undo over {@code layout}, which counts as saved.
     *
     * @throws IllegalArgumentException if {@code maxSteps} is less than 1
     */
    public UndoStack(Layout layout, int maxSteps) {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("an undo stack keeps at least 1 step, not " + maxSteps);
        }
        this.layout = layout;
        this.maxSteps = maxSteps;
    }

    /** The current layout. */
    public Layout layout() {
        return layout;
    }

    /**
     * Applies {@code command} to the current layout, makes it the step to undo next and forgets the steps there
     * were to redo. When the command fails, the stack is left as it was.
     *
     * @return the new current layout
     * @throws IllegalStateException if the command was made for another layout than the current one
     */
    public Layout execute(EditCommand command) {
        layout = command.apply(layout);
        if (savedDepth > undoable.size()) {
            savedDepth = UNREACHABLE;
        }
        redoable.clear();
        undoable.addLast(command);
        if (undoable.size() > maxSteps) {
            undoable.removeFirst();
            savedDepth = savedDepth > 0 ? savedDepth - 1 : UNREACHABLE;
        }
        fireChanged();
        return layout;
    }

    public boolean canUndo() {
        return !undoable.isEmpty();
    }

    public boolean canRedo() {
        return !redoable.isEmpty();
    }

    /**
     * The command {@link #undo} would take back: the last executed or redone.
     *
     * @throws IllegalStateException if there is nothing to undo
     */
    public EditCommand lastExecuted() {
        if (undoable.isEmpty()) {
            throw new IllegalStateException("nothing to undo");
        }
        return undoable.peekLast();
    }

    /** What {@link #undo} would take back, for the Edit menu; empty when there is nothing to undo. */
    public Optional<String> undoDescription() {
        return Optional.ofNullable(undoable.peekLast()).map(EditCommand::description);
    }

    /** What {@link #redo} would make again, for the Edit menu; empty when there is nothing to redo. */
    public Optional<String> redoDescription() {
        return Optional.ofNullable(redoable.peekLast()).map(EditCommand::description);
    }

    /**
     * Reverts the last executed or redone command.
     *
     * @return the new current layout
     * @throws IllegalStateException if there is nothing to undo
     */
    public Layout undo() {
        if (undoable.isEmpty()) {
            throw new IllegalStateException("nothing to undo");
        }
        layout = undoable.peekLast().revert(layout);
        redoable.addLast(undoable.removeLast());
        fireChanged();
        return layout;
    }

    /**
     * Applies again the last undone command.
     *
     * @return the new current layout
     * @throws IllegalStateException if there is nothing to redo
     */
    public Layout redo() {
        if (redoable.isEmpty()) {
            throw new IllegalStateException("nothing to redo");
        }
        layout = redoable.peekLast().apply(layout);
        undoable.addLast(redoable.removeLast());
        fireChanged();
        return layout;
    }

    /** Whether the current layout differs from the one last saved, as the class description says. */
    public boolean isModified() {
        return savedDepth != undoable.size();
    }

    /** Records that the current layout has just been saved. */
    public void markSaved() {
        savedDepth = undoable.size();
        fireChanged();
    }

    /**
     * Every feature object a step to undo or redo holds, by identity: the features an edit here touched at some
     * point. A feature not among them may be swapped for another under the steps ({@link #replaceUnderneath}).
     */
    public Set<LayoutFeature> referencedFeatures() {
        Set<LayoutFeature> referenced = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Deque<EditCommand> steps : List.of(undoable, redoable)) {
            for (EditCommand command : steps) {
                FeatureChanges changes = command.changes();
                referenced.addAll(changes.added());
                referenced.addAll(changes.removed());
                changes.replaced().forEach(r -> {
                    referenced.add(r.before());
                    referenced.add(r.after());
                });
            }
        }
        return referenced;
    }

    /**
     * Whether every step to undo or redo names the features it changes by index and holds only those, so that the
     * steps stay valid when features no step holds are swapped for others of the same place. A step that holds
     * whole layouts ({@link ReplaceLayout}) does not.
     */
    public boolean stepsHoldOnlyTheirFeatures() {
        for (Deque<EditCommand> steps : List.of(undoable, redoable)) {
            for (EditCommand command : steps) {
                if (!holdsOnlyItsFeatures(command)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean holdsOnlyItsFeatures(EditCommand command) {
        if (command instanceof CompoundCommand compound) {
            return compound.steps().stream().allMatch(UndoStack::holdsOnlyItsFeatures);
        }
        return !(command instanceof ReplaceLayout);
    }

    /**
     * Puts {@code replaced} in place of the current layout under the steps, as if it had been there all along: for
     * features changed elsewhere, swapped at the same indexes, none of them held by a step (see
     * {@link #referencedFeatures} and {@link #stepsHoldOnlyTheirFeatures}). Whether the layout counts as modified
     * does not change.
     *
     * @throws IllegalArgumentException if {@code replaced} has another number of features
     */
    public void replaceUnderneath(Layout replaced) {
        if (replaced.features().size() != layout.features().size()) {
            throw new IllegalArgumentException("a layout put under the steps must keep every feature's place");
        }
        layout = replaced;
        fireChanged();
    }

    /** Calls {@code listener} after every change of the stack, until it is removed. */
    public void addListener(UndoStackListener listener) {
        listeners.add(listener);
    }

    public void removeListener(UndoStackListener listener) {
        listeners.remove(listener);
    }

    private void fireChanged() {
        for (UndoStackListener listener : listeners) {
            listener.undoStackChanged(this);
        }
    }
}
