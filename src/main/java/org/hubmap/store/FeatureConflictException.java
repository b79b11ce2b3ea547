package org.hubmap.store;

import java.util.List;
import org.hubmap.io.ChangedElsewhereException;

/**
 * A save refused because someone else changed or removed features it changes since they were taken here: saving
 * would go over their edits. Nothing was written; the user merges their version in and saves again.
 */
public final class FeatureConflictException extends ChangedElsewhereException {
    private static final long serialVersionUID = 1L;

    private final List<String> conflicts;

    FeatureConflictException(String location, List<String> conflicts) {
        super(location + ": " + Sentences.listed(conflicts) + " meanwhile; nothing was written");
        this.conflicts = List.copyOf(conflicts);
    }

    /** Each conflict, in a sentence without its full stop, such as "Hub Lviv was changed by someone else". */
    public List<String> conflicts() {
        return conflicts;
    }
}
