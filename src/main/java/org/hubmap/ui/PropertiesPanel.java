package org.hubmap.ui;

import org.hubmap.ui.edit.OpenedLayout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.FeatureStatus;
import org.hubmap.model.LayoutFeature;

/**
 * The panel right of the map that shows and edits the properties of the features selected in the active layout:
 * name, kind, nation, status, capacity, notes, a hub's or depot's protection ring, and then every other property,
 * which can also be removed, and new ones added. With several features selected, a field shows the value they
 * share, or nothing and "(several values)", and an edit applies to all of them as one undoable step. The panel
 * reads the selection again after every change of the layout, undo and redo included, and changes the layout only
 * through {@link PropertiesViewModel}.
 */
final class PropertiesPanel extends ScrollPane {
    static final String NOTHING_SELECTED = "Select a feature on the map or in the table.";
    private static final String PROTECTION_RADIUS_KEY = "protection_radius_m";
    private static final List<String> STATUSES = List.of(FeatureStatus.PLANNED.code(), FeatureStatus.ACTIVE.code(),
            FeatureStatus.DEGRADED.code(), FeatureStatus.CLOSED.code());
    /** The keys that always have a field of their own; the protection ring has one only for hubs and depots. */
    private static final Set<String> FIELD_KEYS = Set.of("name", "kind", "nation", "status", "capacity", "notes");

    private final PropertiesViewModel model;
    private final Label nothingSelected = new Label(NOTHING_SELECTED);
    private final Label selectionSize = new Label();
    private final GridPane fields = new GridPane();
    private final List<TextPropertyEditor> textEditors = new ArrayList<>();
    private final List<ChoicePropertyEditor> choiceEditors = new ArrayList<>();
    private final List<Node> ringRow = new ArrayList<>();
    private final OtherProperties others;
    private final NewPropertyRow newProperty;
    private final VBox form;

    PropertiesPanel(ObservableValue<OpenedLayout> activeLayout) {
        model = new PropertiesViewModel(activeLayout);
        getStyleClass().add("properties-panel");
        setId("properties-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        fields.getColumnConstraints().addAll(new ColumnConstraints(), values);
        fields.getStyleClass().add("property-fields");

        TextField name = new TextField();
        name.setId("property-name");
        place("Name", name, text("name", name, FieldFormats.TRIMMED_TEXT, "Rename", "Remove name of"));

        ComboBox<String> kind = new ComboBox<>();
        kind.setId("property-kind");
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.setTooltip(new Tooltip("Hubs and depots are points, monitoring zones are polygons"));
        choice("kind", kind, FittingKinds::of, "Change kind of");
        place("Kind", kind);

        NationField nation = new NationField();
        nation.textField().setId("property-nation");
        place("Nation", nation, text("nation", nation.textField(), FieldFormats.NATION, "Change nation of",
                "Remove nation of"));

        ComboBox<String> status = new ComboBox<>();
        status.setId("property-status");
        status.setMaxWidth(Double.MAX_VALUE);
        choice("status", status, features -> STATUSES, "Change status of");
        place("Status", status);

        TextField capacity = new TextField();
        capacity.setId("property-capacity");
        place("Capacity", capacity, text("capacity", capacity, FieldFormats.CAPACITY, "Set capacity of",
                "Remove capacity of"));

        TextArea notes = new TextArea();
        notes.setId("property-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.setTooltip(new Tooltip("Ctrl+Enter, or leaving the notes, keeps them"));
        place("Notes", notes, text("notes", notes, FieldFormats.TEXT, "Edit notes of", "Remove notes of"));

        TextField ring = new TextField();
        ring.setId("property-ring");
        ring.setPromptText("none");
        ring.setTooltip(new Tooltip("Radius of the protection ring drawn around the hub or depot; empty for none"));
        Label kilometres = new Label("km");
        kilometres.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(ring, Priority.ALWAYS);
        HBox ringRadius = new HBox(ring, kilometres);
        ringRadius.getStyleClass().add("ring-radius");
        ringRadius.setAlignment(Pos.BASELINE_LEFT);
        ringRow.addAll(place("Protection ring", ringRadius, text(PROTECTION_RADIUS_KEY, ring,
                FieldFormats.RING_KILOMETRES, "Set protection ring of", "Remove protection ring of")));

        others = new OtherProperties(model);
        newProperty = new NewPropertyRow(model);
        nothingSelected.getStyleClass().add("placeholder");
        nothingSelected.setWrapText(true);
        selectionSize.getStyleClass().add("selection-size");
        form = new VBox(selectionSize, fields, heading("Other properties"), others, newProperty);
        form.getStyleClass().add("properties-form");
        VBox content = new VBox(heading("Properties"), nothingSelected, form);
        content.getStyleClass().add("properties-content");
        setContent(content);

        model.selectedFeaturesProperty().addListener((o, before, now) -> show(now));
        show(model.selectedFeatures());
    }

    private void show(List<LayoutFeature> features) {
        boolean any = !features.isEmpty();
        nothingSelected.setVisible(!any);
        nothingSelected.setManaged(!any);
        form.setVisible(any);
        form.setManaged(any);
        selectionSize.setText(features.size() == 1 ? "1 feature selected" : features.size() + " features selected");
        boolean ringFits = any && features.stream()
                .allMatch(f -> f.kind() == FeatureKind.HUB || f.kind() == FeatureKind.DEPOT);
        ringRow.forEach(node -> {
            node.setVisible(ringFits);
            node.setManaged(ringFits);
        });
        textEditors.forEach(editor -> editor.show(features));
        choiceEditors.forEach(editor -> editor.show(features));
        Set<String> keysWithFields = new HashSet<>(FIELD_KEYS);
        if (ringFits) {
            keysWithFields.add(PROTECTION_RADIUS_KEY);
        }
        others.show(features, keysWithFields);
        newProperty.show(keysWithFields);
    }

    private Label text(String key, TextInputControl field, PropertyFormat format, String setAction,
            String removeAction) {
        TextPropertyEditor editor = new TextPropertyEditor(model, key, field, format, setAction, removeAction);
        textEditors.add(editor);
        editor.message().setId(field.getId() + "-message");
        return editor.message();
    }

    private void choice(String key, ComboBox<String> box, Function<List<LayoutFeature>, List<String>> choices,
            String action) {
        choiceEditors.add(new ChoicePropertyEditor(model, key, box, choices, action));
    }

    /** Adds a line to the fields: the caption and the nodes stacked beside it; returns the line's nodes. */
    private List<Node> place(String caption, Node... stacked) {
        Label label = new Label(caption);
        label.getStyleClass().add("property-caption");
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(label, VPos.TOP);
        VBox box = new VBox(stacked);
        box.getStyleClass().add("property-value");
        fields.addRow(fields.getRowCount(), label, box);
        return List.of(label, box);
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("panel-heading");
        return heading;
    }
}
