package org.hubmap.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hubmap.model.LayoutFeature;

/**
 * Others' changes to a shared layout, fetched together: each feature changed or added as it is now, with its
 * version and who changed it last, and the keys of the features removed.
 *
 * @param revision the store's revision the changes go up to
 */
public record RemoteChanges(List<Change> changed, Set<String> removed, long revision) {
    public RemoteChanges {
        changed = List.copyOf(changed);
        removed = Set.copyOf(removed);
    }

    /** Whether there is nothing in it. */
    public boolean isEmpty() {
        return changed.isEmpty() && removed.isEmpty();
    }

    /** The keys of every feature in it, changed or removed. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        changed.forEach(change -> keys.add(change.key()));
        keys.addAll(removed);
        return keys;
    }

    /**
     * One feature changed or added by someone else: its key, its version, the feature as it is now (null when
     * removed), and who changed it.
     */
    public record Change(String key, int version, LayoutFeature feature, String changedBy) {
    }
}
