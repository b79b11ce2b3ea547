package org.hubmap.ui;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import org.hubmap.model.LayoutFeature;

/**
 * Edits one property of the selected features in a text control. It shows the value they share, or nothing and
 * the prompt "(several values)" when they differ. Committed text that differs from what it showed is set on all
 * of them; emptied text removes the property; text the format cannot read leaves the layout as it is and says
 * why under the control.
 */
final class TextPropertyEditor {
    /** The prompt of a field whose selected features hold different values. */
    static final String SEVERAL_VALUES = "(several values)";

    private final PropertiesViewModel model;
    private final String key;
    private final TextInputControl field;
    private final PropertyFormat format;
    private final String setAction;
    private final String removeAction;
    private final Label message = new Label();
    private CommonValue shown = CommonValue.of(List.of(), "");
    private String shownText = "";

    /**
     * An editor of property {@code key} in {@code field}; its edits are described as {@code setAction} or
     * {@code removeAction} and the features changed, such as "Set capacity of depot". A null {@code removeAction}
     * means the property cannot be removed here, and emptied text is refused.
     */
    TextPropertyEditor(PropertiesViewModel model, String key, TextInputControl field, PropertyFormat format,
            String setAction, String removeAction) {
        this.model = model;
        this.key = key;
        this.field = field;
        this.format = format;
        this.setAction = setAction;
        this.removeAction = removeAction;
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        if (field instanceof TextField line) {
            // Narrow by default, so the field takes the panel's width rather than setting it.
            line.setPrefColumnCount(6);
        }
        FieldCommit.install(field, this::commit, this::revert, model);
    }

    /** Where the editor says why typed text cannot be used; hidden while there is nothing to say. */
    Label message() {
        return message;
    }

    /** Shows what {@code features} hold under the key, dropping any text typed and not committed. */
    void show(List<LayoutFeature> features) {
        shown = CommonValue.of(features, key);
        shownText = shown.isShared() ? format.format(shown.value()) : "";
        field.setText(shownText);
        field.setPromptText(shown.isMixed() ? SEVERAL_VALUES : "");
        message.setVisible(false);
    }

    private void commit() {
        String text = field.getText();
        if (text.equals(shownText)) {
            message.setVisible(false);
            return;
        }
        boolean changed;
        if (text.isBlank() && removeAction == null) {
            message.setText("This cannot be left empty.");
            message.setVisible(true);
            return;
        } else if (text.isBlank()) {
            changed = model.remove(removeAction, key);
        } else {
            ParsedEntry entry = format.parse(text, shown);
            if (!entry.isValid()) {
                message.setText(entry.problem());
                message.setVisible(true);
                return;
            }
            changed = model.set(setAction, key, entry.value());
        }
        if (!changed) {
            // Nothing changed, so the panel shows nothing new: show the value as it is rather than what was typed.
            show(model.selectedFeatures());
        }
    }

    private void revert() {
        field.setText(shownText);
        message.setVisible(false);
    }
}
