/**
 * Autosave and crash recovery, free of any user interface. While a document has unsaved changes its state is
 * written, in the background and a moment after each change, to an entry of the recovery area in the user's
 * settings folder (never beside the user's file), which holds the layout as its file would be saved and what it
 * belongs to: the file or the new layout's name, when, and how many edits since it was last saved. A clean save or
 * an explicit discard removes the entry; one left by a run that ended without either is offered on the next start.
 * An entry that cannot be read is moved aside and reported, never deleted. A running app holds a lock on its own
 * entries, so that another instance does not offer what is still open there.
 */
package org.hubmap.recovery;
