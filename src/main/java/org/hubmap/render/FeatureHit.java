package org.hubmap.render;

import org.hubmap.model.LayoutFeature;

/**
 * A feature found under the pointer or inside a selection box.
 *
 * @param layoutIndex which of the drawn layouts holds it
 * @param featureIndex its position in that layout
 * @param feature the feature
 */
public record FeatureHit(int layoutIndex, int featureIndex, LayoutFeature feature) {
}
