package org.hubmap.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One property that differs between two versions of a feature: its key, its value before and after as plain
 * JSON values, and whether the key was added, removed or its value changed. A missing side is null; a property
 * whose value is JSON null is {@link Kind#CHANGED} when it was or becomes something else, so that the two are told
 * apart.
 *
 * @param key the property's key
 * @param before the value before; null when {@link Kind#ADDED} (or when it was JSON null)
 * @param after the value after; null when {@link Kind#REMOVED} (or when it is JSON null)
 * @param kind whether the key was added, removed or changed its value
 */
public record PropertyChange(String key, Object before, Object after, Kind kind) {
    /** How a property differs. */
    public enum Kind {
        /** Only the version after has the key. */
        ADDED,
        /** Only the version before has the key. */
        REMOVED,
        /** Both have the key, with values that say different things. */
        CHANGED
    }

    /**
     * The properties that differ from {@code before} to {@code after}: those of {@code before} in its order, then
     * those only {@code after} has in its order. Values are compared as JSON values ({@link JsonValueEquality}).
     */
    static List<PropertyChange> between(Map<String, Object> before, Map<String, Object> after) {
        List<PropertyChange> changes = new ArrayList<>();
        for (Map.Entry<String, Object> property : before.entrySet()) {
            String key = property.getKey();
            if (!after.containsKey(key)) {
                changes.add(new PropertyChange(key, property.getValue(), null, Kind.REMOVED));
            } else if (!JsonValueEquality.same(property.getValue(), after.get(key))) {
                changes.add(new PropertyChange(key, property.getValue(), after.get(key), Kind.CHANGED));
            }
        }
        for (Map.Entry<String, Object> property : after.entrySet()) {
            if (!before.containsKey(property.getKey())) {
                changes.add(new PropertyChange(property.getKey(), null, property.getValue(), Kind.ADDED));
            }
        }
        return changes;
    }
}
