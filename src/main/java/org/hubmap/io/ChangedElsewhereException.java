package org.hubmap.io;

import java.io.IOException;

/**
 * A save refused because someone else changed the stored layout since it was last read or saved here: writing
 * would lose their changes. Nothing was written; the caller may ask the user and save again without a base.
 */
public final class ChangedElsewhereException extends IOException {
    private static final long serialVersionUID = 1L;

    public ChangedElsewhereException(String location) {
        super(location + ": changed by someone else since it was loaded; nothing was written");
    }
}
