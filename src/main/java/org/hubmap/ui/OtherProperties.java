package org.hubmap.ui;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.hubmap.model.LayoutFeature;

/**
 * The rows of the properties panel for every property of the selected features that has no field of its own, in
 * the order the features hold them. The rows are only put in place again when the keys change, so a value being
 * typed in keeps the focus through the edit it makes.
 */
final class OtherProperties extends GridPane {
    private final PropertiesViewModel model;
    private final Map<String, OtherPropertyRow> rows = new LinkedHashMap<>();

    OtherProperties(PropertiesViewModel model) {
        this.model = model;
        getStyleClass().add("other-properties");
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(new ColumnConstraints(), value, new ColumnConstraints());
    }

    /** Shows a row for each key of {@code features} that is not in {@code keysWithFields}. */
    void show(List<LayoutFeature> features, Set<String> keysWithFields) {
        Set<String> keys = new LinkedHashSet<>();
        for (LayoutFeature feature : features) {
            keys.addAll(feature.properties().keySet());
        }
        keys.removeAll(keysWithFields);
        if (!List.copyOf(keys).equals(List.copyOf(rows.keySet()))) {
            placeRows(keys);
        }
        for (OtherPropertyRow row : rows.values()) {
            row.show(features);
        }
    }

    /** Puts rows in place for these keys, reusing the rows there are. */
    private void placeRows(Set<String> keys) {
        Map<String, OtherPropertyRow> placed = new LinkedHashMap<>();
        getChildren().clear();
        int line = 0;
        for (String key : keys) {
            OtherPropertyRow row = rows.containsKey(key) ? rows.get(key) : new OtherPropertyRow(model, key);
            placed.put(key, row);
            addRow(line++, row.keyLabel(), row.valueBox(), row.removeButton());
        }
        rows.clear();
        rows.putAll(placed);
    }
}
