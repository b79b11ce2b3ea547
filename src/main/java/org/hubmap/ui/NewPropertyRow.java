package org.hubmap.ui;

import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.hubmap.model.LayoutFeature;

/**
 * The row of the properties panel that adds a property to the selected features: a key, a value read as the other
 * properties' values are, and an Add button; Enter in either field adds too. It refuses a key that is empty or
 * that a selected feature already has, and says why.
 */
final class NewPropertyRow extends GridPane {
    private final PropertiesViewModel model;
    private final TextField key = new TextField();
    private final TextField value = new TextField();
    private final Label message = new Label();
    private Set<String> keysWithFields = Set.of();

    NewPropertyRow(PropertiesViewModel model) {
        this.model = model;
        getStyleClass().add("new-property");
        key.setId("new-property-key");
        key.setPromptText("New property");
        value.setId("new-property-value");
        value.setPromptText("Value");
        Button add = new Button("Add");
        add.setId("new-property-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        key.setPrefColumnCount(6);
        value.setPrefColumnCount(6);
        add.setTooltip(new Tooltip("Add this property to the selected features"));
        message.setId("new-property-message");
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        key.setOnAction(event -> add());
        value.setOnAction(event -> add());
        add.setOnAction(event -> add());
        GridPane.setHgrow(key, Priority.ALWAYS);
        GridPane.setHgrow(value, Priority.ALWAYS);
        addRow(0, key, value, add);
        add(message, 0, 1, 3, 1);
    }

    /** Starts afresh for another selection, whose fields above hold {@code keysWithFields}. */
    void show(Set<String> keysWithFields) {
        this.keysWithFields = keysWithFields;
        key.clear();
        value.clear();
        message.setVisible(false);
    }

    private void add() {
        String name = key.getText().strip();
        if (name.isEmpty()) {
            refuse("Type a name for the new property.");
            return;
        }
        boolean taken = keysWithFields.contains(name) || model.selectedFeatures().stream()
                .map(LayoutFeature::properties).anyMatch(properties -> properties.containsKey(name));
        if (taken) {
            refuse("“" + name + "” is already a property: change its value above.");
            return;
        }
        model.set("Add " + name + " to", name, PropertyValueText.parse(value.getText()));
        key.requestFocus();
    }

    private void refuse(String why) {
        message.setText(why);
        message.setVisible(true);
    }
}
