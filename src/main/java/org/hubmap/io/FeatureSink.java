package org.hubmap.io;

import org.hubmap.model.LayoutFeature;

/** Takes a layout's features one at a time as a reader streams them, in file order. */
@FunctionalInterface
public interface FeatureSink {
    void accept(LayoutFeature feature);

    /** Takes a feature with the one-based line and column where its object starts in the file. */
    default void accept(LayoutFeature feature, long line, long column) {
        accept(feature);
    }
}
