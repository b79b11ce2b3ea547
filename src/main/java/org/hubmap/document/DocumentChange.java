package org.hubmap.document;

import java.util.Optional;
import org.hubmap.model.edit.EditCommand;
import org.hubmap.model.edit.FeatureChanges;

/**
 * One change of a document, announced once to its listeners: the state before and after, why it changed, the
 * command that made it (executed, undone or redone), what that did to the features, and whether the document had
 * unsaved changes before and after. Immutable.
 *
 * @param before the layout and selection before
 * @param after the layout and selection after
 * @param cause why the document changed
 * @param command the command executed, undone or redone; empty for a new selection, a save or a reload
 * @param changes what the change did to the features; none for a new selection or a save
 * @param modifiedBefore whether the document had unsaved changes before
 * @param modifiedAfter whether it has them after
 */
public record DocumentChange(DocumentState before, DocumentState after, Cause cause, Optional<EditCommand> command,
        FeatureChanges changes, boolean modifiedBefore, boolean modifiedAfter) {

    /** Why a document changed. */
    public enum Cause {
        /** A command was executed. */
        EDIT,
        UNDO,
        REDO,
        /** Only the selection changed. */
        SELECTION,
        /** The layout was saved; only whether it is modified, and where it is kept, may have changed. */
        SAVED,
        /** The layout was read again from where it is kept, replacing the one there was. */
        RELOADED,
        /**
         * Someone else's changes to where the layout is kept were taken in: the layout and its base changed alike,
         * so whether it is modified did not.
         */
        OUTSIDE
    }

    /** Whether the features changed, rather than only the selection or the saved state. */
    public boolean featuresChanged() {
        return before.layout() != after.layout();
    }
}
