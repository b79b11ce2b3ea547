package org.hubmap.io;

import org.hubmap.model.LayoutFeature;

/** Takes a layout's features one at a time as a reader streams them, in file order. */
@FunctionalInterface
public interface FeatureSink {
    void accept(LayoutFeature feature);
}
