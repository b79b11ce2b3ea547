package org.hubmap.ui;

import org.hubmap.document.DocumentChange;
import org.hubmap.store.DatabaseAddress;
import org.hubmap.store.DatabaseStorage;

/**
 * What the window knows of the server a shared layer is kept on: whether it answers, whether a save waits for it to
 * come back, and how many edits are not saved yet. Use on the FX thread.
 */
final class StoreConnection {
    /** The status bar's words for a server lost; the number of unsaved edits follows. */
    static final String UNREACHABLE = "Server unreachable — your edits are kept and sent when it is back";
    static final String CONNECTED_TO = "Connected to ";

    private final DatabaseStorage storage;
    /** Null until the watch or a save has told. */
    private Boolean reachable;
    private boolean savePending;
    private long unsavedEdits;

    StoreConnection(DatabaseStorage storage) {
        this.storage = storage;
    }

    DatabaseStorage storage() {
        return storage;
    }

    /** Counts the edits not saved yet, as the document announces its changes. */
    void documentChanged(DocumentChange change) {
        if (!change.modifiedAfter()) {
            unsavedEdits = 0;
        } else if (change.featuresChanged()) {
            unsavedEdits++;
        }
    }

    void reachable(boolean now) {
        reachable = now;
    }

    boolean isUnreachable() {
        return Boolean.FALSE.equals(reachable);
    }

    /** Notes that a save failed for want of the server, to be sent again once it is back. */
    void saveWaits() {
        savePending = true;
        reachable = false;
    }

    /** Takes the waiting save, if any: true once, when there was one. */
    boolean takePendingSave() {
        boolean was = savePending;
        savePending = false;
        return was;
    }

    /** What the status bar says of it, such as "Connected to host/db as alice". */
    String describe() {
        DatabaseAddress address = storage.address();
        if (isUnreachable()) {
            return UNREACHABLE + " (" + (unsavedEdits == 1 ? "1 unsaved edit" : unsavedEdits + " unsaved edits")
                    + ")";
        }
        String where = address.host() + "/" + address.database() + " as " + address.user();
        return reachable == null ? "Connecting to " + where : CONNECTED_TO + where;
    }
}
