package org.hubmap.model.edit;

/** Told after an {@link UndoStack} changes: its layout, what can be undone or redone, or whether it is modified. */
@FunctionalInterface
public interface UndoStackListener {
    /** Called on the thread that changed {@code stack}, after the change; read what is needed from the stack. */
    void undoStackChanged(UndoStack stack);
}
