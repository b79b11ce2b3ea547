package org.hubmap.render;

import java.util.List;
import org.hubmap.model.LayoutFeature;

/**
 * Whose each mark of a {@link FeatureMarks} is, by position in label order: the feature, its layout and its index
 * there, in arrays. Updating the marks after an edit reads these for every mark; read from the marks themselves,
 * scattered over the heap, that costs many times as much at 100 000 marks. Not to be modified once made.
 *
 * @param features the feature of each mark
 * @param layoutIndexes the position of its layout among the open layouts
 * @param featureIndexes its position in that layout
 */
record MarkKeys(LayoutFeature[] features, int[] layoutIndexes, int[] featureIndexes) {
    /** The keys of {@code marks}. */
    static MarkKeys of(List<FeatureMark> marks) {
        MarkKeys keys = sized(marks.size());
        for (int i = 0; i < marks.size(); i++) {
            keys.set(i, marks.get(i));
        }
        return keys;
    }

    /** Keys for {@code size} marks, to be set. */
    static MarkKeys sized(int size) {
        return new MarkKeys(new LayoutFeature[size], new int[size], new int[size]);
    }

    /** Sets the keys at {@code position} to those of {@code mark}. */
    void set(int position, FeatureMark mark) {
        features[position] = mark.feature();
        layoutIndexes[position] = mark.layoutIndex();
        featureIndexes[position] = mark.featureIndex();
    }
}
