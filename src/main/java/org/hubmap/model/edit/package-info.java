/**
 * Edits of a layout as commands on one undo stack. Every change to a layout is an {@link EditCommand} that turns
 * the layout it was made for into a new one and can turn that back; {@link UndoStack} applies commands, remembers
 * them and undoes and redoes them, and knows whether the layout differs from its last saved state. Commands keep
 * only the features they change, never whole layouts, and undoing one gives back the very feature objects it
 * replaced, so a layout saved after undoing is written with the bytes it was read with. Plain Java and JTS only.
 */
package org.hubmap.model.edit;
