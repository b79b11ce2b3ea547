package org.hubmap.model.edit;

import static org.hubmap.model.edit.TestLayouts.assertSameFeatures;
import static org.hubmap.model.edit.TestLayouts.feature;
import static org.hubmap.model.edit.TestLayouts.layout;
import static org.hubmap.model.edit.TestLayouts.moved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hubmap.model.Layout;
import org.junit.jupiter.api.Test;

class UndoStackTest {
    private final Layout start = layout(5);
    private final UndoStack stack = new UndoStack(start);

    /** Executes a move of feature {@code index} of the stack's current layout. */
    private Layout move(int index) {
        Layout layout = stack.layout();
        return stack.execute(ReplaceFeatures.of("Move", layout,
                Map.of(index, moved(layout.features().get(index), 0.1))));
    }

    @Test
    void aNewStackHasNothingToUndoOrRedoAndIsNotModified() {
        assertSame(start, stack.layout());
        assertFalse(stack.canUndo());
        assertFalse(stack.canRedo());
        assertEquals(Optional.empty(), stack.undoDescription());
        assertEquals(Optional.empty(), stack.redoDescription());
        assertFalse(stack.isModified());
        assertThrows(IllegalStateException.class, stack::undo);
        assertThrows(IllegalStateException.class, stack::redo);
    }

    @Test
    void undoAndRedoWalkBackAndForthOverTheExecutedCommands() {
        Layout moved = move(0);
        Layout removed = stack.execute(RemoveFeatures.of("Delete", moved, Set.of(1)));
        assertSame(removed, stack.layout());
        assertEquals(Optional.of("Delete depot"), stack.undoDescription());

        assertSameFeatures(moved.features(), stack.undo());
        assertEquals(Optional.of("Move hub"), stack.undoDescription());
        assertEquals(Optional.of("Delete depot"), stack.redoDescription());
        assertSameFeatures(start.features(), stack.undo());
        assertFalse(stack.canUndo());
        assertEquals(Optional.of("Move hub"), stack.redoDescription());

        assertSameFeatures(moved.features(), stack.redo());
        assertSameFeatures(removed.features(), stack.redo());
        assertFalse(stack.canRedo());
        assertTrue(stack.canUndo());
    }

    @Test
    void executingForgetsWhatThereWasToRedo() {
        move(0);
        move(1);
        stack.undo();
        assertTrue(stack.canRedo());
        stack.execute(AddFeatures.of("Add", stack.layout(), List.of(feature("hub", 7))));
        assertFalse(stack.canRedo());
        assertEquals(Optional.of("Add hub"), stack.undoDescription());
        stack.undo();
        stack.undo();
        assertSameFeatures(start.features(), stack.layout());
        assertFalse(stack.canUndo());
    }

    @Test
    void undoingBackToTheSavedStateClearsModifiedAndRedoingPastItSetsItAgain() {
        move(0);
        assertTrue(stack.isModified());
        stack.undo();
        assertFalse(stack.isModified(), "back at the opened layout");
        stack.redo();
        assertTrue(stack.isModified());

        move(1);
        stack.markSaved();
        assertFalse(stack.isModified());
        stack.undo();
        assertTrue(stack.isModified(), "before the saved state");
        stack.redo();
        assertFalse(stack.isModified(), "at the saved state again");
        move(2);
        assertTrue(stack.isModified(), "after the saved state");
        stack.undo();
        assertFalse(stack.isModified());
    }

    @Test
    void aCommandExecutedAfterUndoingPastTheSavedStateLeavesItUnreachableUntilSavedAgain() {
        move(0);
        move(1);
        stack.markSaved();
        stack.undo();
        stack.undo();
        move(3);
        move(4);
        assertTrue(stack.isModified(), "as many steps as the saved state, but other ones");
        stack.undo();
        assertTrue(stack.isModified());
        stack.undo();
        assertTrue(stack.isModified(), "the opened layout is not the saved one");
        stack.redo();
        stack.markSaved();
        assertFalse(stack.isModified());
    }

    @Test
    void executingAtTheSavedStateKeepsItReachableByUndo() {
        move(0);
        stack.markSaved();
        stack.undo();
        stack.redo();
        move(1);
        assertTrue(stack.isModified());
        stack.undo();
        assertFalse(stack.isModified());
    }

    @Test
    void keepsOnlyTheNewestStepsAndTheSavedStateShiftsWithThem() {
        UndoStack limited = new UndoStack(start, 3);
        Layout layout = start;
        List<Layout> states = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            if (i == 3) {
                limited.markSaved();
            }
            layout = limited.execute(
                    ReplaceFeatures.of("Move", layout, Map.of(i, moved(layout.features().get(i), 1))));
            states.add(layout);
        }
        limited.undo();
        limited.undo();
        assertFalse(limited.isModified(), "saved after 3 steps, of which the first 2 are forgotten");
        limited.undo();
        assertSameFeatures(states.get(1).features(), limited.layout());
        assertFalse(limited.canUndo(), "only 3 steps kept");
        assertTrue(limited.isModified());
    }

    @Test
    void forgettingTheStepsBackToTheSavedStateLeavesItUnreachable() {
        UndoStack limited = new UndoStack(start, 2);
        for (int i = 0; i < 3; i++) {
            Layout layout = limited.layout();
            limited.execute(ReplaceFeatures.of("Move", layout, Map.of(i, moved(layout.features().get(i), 1))));
        }
        limited.undo();
        limited.undo();
        assertFalse(limited.canUndo());
        assertTrue(limited.isModified(), "the opened layout can no longer be reached");
    }

    @Test
    void refusesToKeepNoSteps() {
        assertThrows(IllegalArgumentException.class, () -> new UndoStack(start, 0));
    }

    @Test
    void aCommandThatFailsLeavesTheStackAsItWasAndTellsNoOne() {
        move(0);
        move(1);
        stack.undo();
        Layout before = stack.layout();
        List<UndoStack> told = new ArrayList<>();
        stack.addListener(told::add);

        RemoveFeatures stale = RemoveFeatures.of("Delete", start, Set.of(0));
        assertThrows(IllegalStateException.class, () -> stack.execute(stale), "feature 0 has moved since");
        CompoundCommand failsHalfWay = CompoundCommand.startingFrom(start)
                .then(l -> AddFeatures.of("Add", l, List.of(feature("hub", 8))))
                .then(l -> RemoveFeatures.of("Delete", l, Set.of(0)))
                .build("Replace hub");
        assertThrows(IllegalStateException.class, () -> stack.execute(failsHalfWay));

        assertSame(before, stack.layout());
        assertEquals(5, stack.layout().features().size());
        assertEquals(Optional.of("Move depot"), stack.redoDescription());
        assertEquals(Optional.of("Move hub"), stack.undoDescription());
        assertTrue(told.isEmpty());
    }

    @Test
    void listenersAreToldOfEveryChangeUntilRemoved() {
        List<String> told = new ArrayList<>();
        UndoStackListener listener = s -> told.add(s.undoDescription().orElse("-") + "/" + s.isModified());
        stack.addListener(listener);
        move(0);
        stack.undo();
        stack.redo();
        stack.markSaved();
        assertEquals(List.of("Move hub/true", "-/false", "Move hub/true", "Move hub/false"), told);

        stack.removeListener(listener);
        move(1);
        assertEquals(4, told.size());
    }
}
