package org.hubmap.ui;

import java.util.List;
import java.util.Objects;
import org.hubmap.model.LayoutFeature;

/**
 * What the selected features hold under one property key: one value all of them share (JSON null included),
 * nothing at all, or different values, where a feature without the key differs from one that has it.
 */
final class CommonValue {
    private static final CommonValue ABSENT = new CommonValue(false, null);
    private static final CommonValue MIXED = new CommonValue(true, null);

    private final boolean present;
    private final Object value;

    private CommonValue(boolean present, Object value) {
        this.present = present;
        this.value = value;
    }

    /** What {@code features} hold under {@code key}; absent when there are no features. */
    static CommonValue of(List<LayoutFeature> features, String key) {
        if (features.isEmpty() || !features.get(0).properties().containsKey(key)) {
            return features.stream().anyMatch(f -> f.properties().containsKey(key)) ? MIXED : ABSENT;
        }
        Object first = features.get(0).properties().get(key);
        for (LayoutFeature feature : features) {
            if (!feature.properties().containsKey(key) || !Objects.equals(first, feature.properties().get(key))) {
                return MIXED;
            }
        }
        return new CommonValue(true, first);
    }

    /** Whether no feature has the key. */
    boolean isAbsent() {
        return this == ABSENT;
    }

    /** Whether the features hold different values, or some have the key and others do not. */
    boolean isMixed() {
        return this == MIXED;
    }

    /** Whether every feature has the key with the same value. */
    boolean isShared() {
        return present && this != MIXED;
    }

    /** The shared value; null unless {@link #isShared()}. */
    Object value() {
        return value;
    }
}
