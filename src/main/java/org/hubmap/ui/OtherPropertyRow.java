package org.hubmap.ui;

import java.util.List;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.LayoutFeature;

/**
 * One property without a field of its own in the properties panel: its key, its value as text and a button that
 * removes it from the selected features. Lists and objects are shown but not edited, and so are the keys that
 * describe a circle zone, which must change together with the zone's outline.
 */
final class OtherPropertyRow {
    /** Long keys are cut short rather than squeeze the values; the tooltip shows them whole. */
    private static final double KEY_MAX_WIDTH = 120;

    private final String key;
    private final Label keyLabel;
    private final TextField value = new TextField();
    private final VBox valueBox;
    private final Button remove = new Button("✕");
    private final TextPropertyEditor editor;
    private final Tooltip circleTip =
            new Tooltip("Part of the circle zone's shape: it changes with the zone's outline, not here");
    private final Tooltip structuredTip = new Tooltip("A list or object: kept as it is and shown as JSON");

    OtherPropertyRow(PropertiesViewModel model, String key) {
        this.key = key;
        keyLabel = new Label(key);
        keyLabel.getStyleClass().add("property-key");
        keyLabel.setMaxWidth(KEY_MAX_WIDTH);
        keyLabel.setTooltip(new Tooltip(key));
        GridPane.setValignment(keyLabel, VPos.TOP);
        value.setId("property-value-" + key);
        editor = new TextPropertyEditor(model, key, value, FieldFormats.ANY, "Set " + key + " of",
                "Remove " + key + " from");
        valueBox = new VBox(value, editor.message());
        remove.setId("property-remove-" + key);
        remove.getStyleClass().add("remove-property");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setTooltip(new Tooltip("Remove " + key + " from the selected features"));
        remove.setOnAction(event -> model.remove("Remove " + key + " from", key));
    }

    Label keyLabel() {
        return keyLabel;
    }

    VBox valueBox() {
        return valueBox;
    }

    Button removeButton() {
        return remove;
    }

    void show(List<LayoutFeature> features) {
        editor.show(features);
        boolean circle = FeatureSchema.CIRCLE_KEYS.contains(key) && features.stream()
                .anyMatch(f -> f.kind() == FeatureKind.MONITORING_ZONE && f.properties().containsKey(key));
        boolean structured = features.stream()
                .anyMatch(f -> !PropertyValueText.isScalar(f.properties().get(key)));
        value.setEditable(!circle && !structured);
        remove.setDisable(circle);
        value.setTooltip(circle ? circleTip : structured ? structuredTip : null);
    }
}
