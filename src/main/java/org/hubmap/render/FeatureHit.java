package org.hubmap.render;

import org.hubmap.model.LayoutFeature;

/**
 * A feature found on the map by a click or a rubber band, as the editor selects it.
 *
 * @param layoutIndex which open layout it belongs to, in the order the layouts were given to {@link FeatureMarks}
 * @param featureIndex its position in that layout
 * @param feature the feature itself
 */
public record FeatureHit(int layoutIndex, int featureIndex, LayoutFeature feature) {

    static FeatureHit of(FeatureMark mark) {
        return new FeatureHit(mark.layoutIndex(), mark.featureIndex(), mark.feature());
    }
}
