package org.hubmap.ui;

import java.util.List;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.hubmap.model.LayoutFeature;

/**
 * Edits one property of the selected features by a choice from a list. It shows the value they share, even one not
 * in the list, or nothing and the prompt "(several values)" when they differ; a choice sets the value on all of
 * them. The list is what fits the features, and the box is disabled when nothing does.
 */
final class ChoicePropertyEditor {
    private static final PseudoClass PROMPT = PseudoClass.getPseudoClass("prompt");

    private final String key;
    private final ComboBox<String> box;
    private final Function<List<LayoutFeature>, List<String>> choices;
    /** Set while the box is filled from the layout, so that only the user's choices edit it. */
    private boolean showing;

    /** An editor of property {@code key} offering {@code choices} of the features shown; edits are {@code action}. */
    ChoicePropertyEditor(PropertiesViewModel model, String key, ComboBox<String> box,
            Function<List<LayoutFeature>, List<String>> choices, String action) {
        this.key = key;
        this.box = box;
        this.choices = choices;
        box.setButtonCell(new ChoiceButtonCell());
        box.valueProperty().addListener((o, before, chosen) -> {
            if (!showing && chosen != null) {
                model.set(action, key, chosen);
            }
        });
    }

    void show(List<LayoutFeature> features) {
        showing = true;
        try {
            List<String> offered = choices.apply(features);
            if (!box.getItems().equals(offered)) {
                box.getItems().setAll(offered);
            }
            CommonValue common = CommonValue.of(features, key);
            box.setPromptText(common.isMixed() ? TextPropertyEditor.SEVERAL_VALUES : "");
            box.setValue(common.isShared() ? PropertyValueText.format(common.value()) : null);
            box.setDisable(offered.isEmpty());
        } finally {
            showing = false;
        }
    }

    /**
     * Shows the value chosen, or the prompt while there is none. The combo box's own cell shows a prompt only from
     * the next change of value, so a prompt that changes while no value is chosen would not be seen.
     */
    private final class ChoiceButtonCell extends ListCell<String> {
        ChoiceButtonCell() {
            box.promptTextProperty().addListener((o, before, prompt) -> {
                if (getItem() == null) {
                    setText(prompt);
                }
            });
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? box.getPromptText() : item);
            pseudoClassStateChanged(PROMPT, empty || item == null);
        }
    }
}
