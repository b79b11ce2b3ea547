package org.hubmap.ui;

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
import org.hubmap.geo.CircleZone;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.PositionFormat;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.FeatureStatus;
import org.hubmap.model.LayoutFeature;
import org.hubmap.ui.edit.OpenedLayout;

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
    private static final List<String> STATUSES = List.of(FeatureStatus.PLANNED.code(), FeatureStatus.ACTIVE.code(),
            FeatureStatus.DEGRADED.code(), FeatureStatus.CLOSED.code());

    private final PropertiesViewModel model;
    private final ObservableValue<OpenedLayout> activeLayout;
    /** Why the selected features may not be changed here, when one of them may not: its fields are then read-only. */
    private final Label locked = new Label();
    private final Label nothingSelected = new Label(NOTHING_SELECTED);
    private final Label selectionSize = new Label();
    private final GridPane fields = new GridPane();
    private final List<TextPropertyEditor> textEditors = new ArrayList<>();
    private final List<ChoicePropertyEditor> choiceEditors = new ArrayList<>();
    private final List<Node> ringRow = new ArrayList<>();
    private final List<Node> circleRows = new ArrayList<>();
    private final Label circleCentre = new Label();
    private final OtherProperties others;
    private final NewPropertyRow newProperty;
    private final VBox form;

    PropertiesPanel(ObservableValue<OpenedLayout> activeLayout) {
        model = new PropertiesViewModel(activeLayout);
        this.activeLayout = activeLayout;
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
        place("Name", name, text(FeatureSchema.NAME, name, FieldFormats.TRIMMED_TEXT, "Rename", "Remove name of"));

        ComboBox<String> kind = new ComboBox<>();
        kind.setId("property-kind");
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.setTooltip(new Tooltip("Hubs and depots are points, monitoring zones are polygons"));
        choice(FeatureSchema.KIND, kind, FittingKinds::of, "Change kind of");
        place("Kind", kind);

        NationField nation = new NationField();
        nation.textField().setId("property-nation");
        place("Nation", nation, text(FeatureSchema.NATION, nation.textField(), FieldFormats.NATION, "Change nation of",
                "Remove nation of"));

        ComboBox<String> status = new ComboBox<>();
        status.setId("property-status");
        status.setMaxWidth(Double.MAX_VALUE);
        choice(FeatureSchema.STATUS, status, features -> STATUSES, "Change status of");
        place("Status", status);

        TextField capacity = new TextField();
        capacity.setId("property-capacity");
        place("Capacity", capacity, text(FeatureSchema.CAPACITY, capacity, FieldFormats.CAPACITY, "Set capacity of",
                "Remove capacity of"));

        TextArea notes = new TextArea();
        notes.setId("property-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.setTooltip(new Tooltip("Ctrl+Enter, or leaving the notes, keeps them"));
        place("Notes", notes, text(FeatureSchema.NOTES, notes, FieldFormats.TEXT, "Edit notes of", "Remove notes of"));

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
        ringRow.addAll(place("Protection ring", ringRadius, text(FeatureSchema.PROTECTION_RADIUS_M, ring,
                FieldFormats.RING_KILOMETRES, "Set protection ring of", "Remove protection ring of")));

        circleCentre.setId("property-circle-centre");
        circleCentre.setWrapText(true);
        circleRows.addAll(place("Centre", circleCentre));
        TextField radius = new TextField();
        radius.setId("property-circle-radius");
        radius.setTooltip(new Tooltip("The circle zone's radius; its outline is drawn again from it"));
        Label radiusKilometres = new Label("km");
        radiusKilometres.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(radius, Priority.ALWAYS);
        HBox circleRadius = new HBox(radius, radiusKilometres);
        circleRadius.getStyleClass().add("ring-radius");
        circleRadius.setAlignment(Pos.BASELINE_LEFT);
        circleRows.addAll(place("Radius", circleRadius, text(FeatureSchema.RADIUS_M, radius,
                FieldFormats.RING_KILOMETRES, "Resize", null)));

        others = new OtherProperties(model);
        newProperty = new NewPropertyRow(model);
        nothingSelected.getStyleClass().add("placeholder");
        nothingSelected.setWrapText(true);
        selectionSize.getStyleClass().add("selection-size");
        locked.setId("property-locked");
        locked.getStyleClass().add("property-locked");
        locked.setWrapText(true);
        locked.setMaxWidth(Double.MAX_VALUE);
        form = new VBox(selectionSize, locked, fields, heading("Other properties"), others, newProperty);
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
        OpenedLayout layout = activeLayout.getValue();
        String whyLocked = layout == null ? null : features.stream().map(layout::whyLocked)
                .flatMap(java.util.Optional::stream).findFirst().orElse(null);
        locked.setText(whyLocked == null ? "" : whyLocked);
        locked.setVisible(whyLocked != null);
        locked.setManaged(whyLocked != null);
        // Disabled rather than hidden: what a locked feature holds is still shown.
        fields.setDisable(whyLocked != null);
        others.setDisable(whyLocked != null);
        newProperty.setDisable(whyLocked != null);
        boolean ringFits = any && features.stream()
                .allMatch(f -> f.kind() == FeatureKind.HUB || f.kind() == FeatureKind.DEPOT);
        ringRow.forEach(node -> {
            node.setVisible(ringFits);
            node.setManaged(ringFits);
        });
        boolean circles = any && features.stream().allMatch(f -> CircleZone.of(f).isPresent());
        circleRows.forEach(node -> {
            node.setVisible(circles);
            node.setManaged(circles);
        });
        circleCentre.setText(circles ? centreText(features) : "");
        textEditors.forEach(editor -> editor.show(features));
        choiceEditors.forEach(editor -> editor.show(features));
        Set<String> keysWithFields = new HashSet<>(FeatureSchema.FIELD_KEYS);
        if (ringFits) {
            keysWithFields.add(FeatureSchema.PROTECTION_RADIUS_M);
        }
        if (circles) {
            keysWithFields.addAll(FeatureSchema.CIRCLE_KEYS);
        }
        others.show(features, keysWithFields);
        newProperty.show(keysWithFields);
    }

    /** The circles' shared centre in degrees and MGRS, or that they differ. */
    private static String centreText(List<LayoutFeature> features) {
        Set<GeoPosition> centres = new HashSet<>();
        features.forEach(f -> centres.add(CircleZone.of(f).orElseThrow().centre()));
        if (centres.size() > 1) {
            return TextPropertyEditor.SEVERAL_VALUES;
        }
        GeoPosition centre = centres.iterator().next();
        return PositionFormat.DECIMAL_DEGREES.format(centre) + "\n" + PositionFormat.MGRS.format(centre);
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
