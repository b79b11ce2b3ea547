/**
 * An open layout as a document, free of any user interface: the layout and its selection as one state, its undo
 * history, the layout as last read or saved, whether it has changed since, and where it is kept (a
 * {@link org.hubmap.io.LayoutStorage}; a file first). Every change is announced once, with what it did to the
 * features ({@link org.hubmap.document.DocumentChange}), so that the map, the tables, autosave, a file watch or a
 * database update only what changed. The app's JavaFX views adapt a document; commands and tests use it alone.
 */
package org.hubmap.document;
