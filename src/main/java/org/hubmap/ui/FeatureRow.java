package org.hubmap.ui;

import java.util.Locale;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.LayoutFeature;

/**
 * One feature of the active layout as the feature table lists it: its index in the layout and the feature. Rows
 * are made for every feature on each change of a layout, so they hold nothing more until asked.
 */
final class FeatureRow {
    private final int index;
    private final LayoutFeature feature;
    private String searchText;
    private double capacityNumber = Double.NaN;

    FeatureRow(int index, LayoutFeature feature) {
        this.index = index;
        this.feature = feature;
    }

    /** The feature's index in the layout. */
    int index() {
        return index;
    }

    LayoutFeature feature() {
        return feature;
    }

    /** The {@code kind} property as the file has it, so kinds HubMap does not know are shown as they are. */
    String kindText() {
        return text(feature.properties().get(FeatureSchema.KIND));
    }

    String idText() {
        return text(feature.id());
    }

    /** The {@code capacity} property: usually a number, but shown whatever it is; null when there is none. */
    Object capacity() {
        return feature.properties().get(FeatureSchema.CAPACITY);
    }

    /**
     * The capacity as a number to sort by; positive infinity when it is not a number, so such capacities sort after
     * all numbers. Read once, as sorting asks many times.
     */
    double capacityNumber() {
        if (Double.isNaN(capacityNumber)) {
            capacityNumber = capacity() instanceof JsonNumber number ? number.doubleValue() : Double.POSITIVE_INFINITY;
        }
        return capacityNumber;
    }

    /** The name, id, notes and nation in lower case, as the filter text is matched against them. */
    String searchText() {
        if (searchText == null) {
            searchText = String.join("\n", feature.name(), idText(), text(feature.properties().get(FeatureSchema.NOTES)),
                    feature.nation()).toLowerCase(Locale.ROOT);
        }
        return searchText;
    }

    private static String text(Object value) {
        return value == null ? "" : PropertyValueText.format(value);
    }
}
