package org.hubmap.io;

import java.io.IOException;

/**
 * A save refused because someone else changed or removed the stored layout since it was last read or saved here:
 * writing would lose their changes, or bring back what they deleted. Nothing was written; the caller may ask the
 * user and save again without a base.
 */
public class ChangedElsewhereException extends IOException {
    private static final long serialVersionUID = 1L;

    private final boolean removed;

    /** With {@code removed}, the stored layout is no longer there: deleted, or moved away. */
    public ChangedElsewhereException(String location, boolean removed) {
        super(location + (removed ? ": deleted or moved away by someone else since it was loaded; nothing was"
                + " written: save again to put it back, or save elsewhere"
                : ": changed by someone else since it was loaded; nothing was written"));
        this.removed = removed;
    }

    /** With its own message, for a store that names what changed. */
    protected ChangedElsewhereException(String message) {
        super(message);
        this.removed = false;
    }

    /** Whether the stored layout is gone rather than changed. */
    public boolean removed() {
        return removed;
    }
}
