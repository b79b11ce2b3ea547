package org.hubmap.ui;

import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;

/**
 * A text field for a nation, with a list under it of the nations that match what the user types, best first.
 * Up and Down move through the list; Enter, or a click, takes the nation highlighted into the field and commits
 * the field as Enter does. Text set by the program hides the list.
 */
final class NationField extends VBox {
    private static final int SHOWN_SUGGESTIONS = 5;
    private static final double SUGGESTION_HEIGHT = 24;

    private final ListView<Nations.Nation> suggestions = new ListView<>();
    /** Set while the user's typing changes the text, so that only text set by the program hides the list. */
    private boolean typing;
    private final TextField text = new TextField() {
        /** Every change the user makes by typing, deleting, pasting or undoing comes through here. */
        @Override
        public void replaceText(int start, int end, String replacement) {
            typing = true;
            try {
                super.replaceText(start, end, replacement);
            } finally {
                typing = false;
            }
            suggest();
        }
    };

    NationField() {
        getStyleClass().add("nation-field");
        text.setPromptText("Type a code or a country");
        suggestions.getStyleClass().add("nation-suggestions");
        // The field keeps the focus while the list is used, so the user can go on typing.
        suggestions.setFocusTraversable(false);
        suggestions.setFixedCellSize(SUGGESTION_HEIGHT);
        suggestions.setPrefHeight(SHOWN_SUGGESTIONS * SUGGESTION_HEIGHT + 2);
        suggestions.setCellFactory(list -> new SuggestionCell());
        suggestions.managedProperty().bind(suggestions.visibleProperty());
        suggestions.setVisible(false);
        addEventFilter(KeyEvent.KEY_PRESSED, this::useListKeys);
        text.textProperty().addListener((o, before, now) -> {
            if (!typing) {
                suggestions.setVisible(false);
            }
        });
        text.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                suggestions.setVisible(false);
            }
        });
        getChildren().addAll(text, suggestions);
    }

    /** The field itself, which holds the text to commit. */
    TextField textField() {
        return text;
    }

    private void suggest() {
        List<Nations.Nation> found = text.getText().isBlank() ? List.of() : Nations.matching(text.getText());
        suggestions.getItems().setAll(found);
        suggestions.setVisible(!found.isEmpty());
        if (!found.isEmpty()) {
            suggestions.getSelectionModel().select(0);
            suggestions.scrollTo(0);
        }
    }

    private void useListKeys(KeyEvent event) {
        if (!suggestions.isVisible()) {
            return;
        }
        int highlighted = suggestions.getSelectionModel().getSelectedIndex();
        switch (event.getCode()) {
            case DOWN -> highlight(Math.min(highlighted + 1, suggestions.getItems().size() - 1), event);
            case UP -> highlight(Math.max(highlighted - 1, 0), event);
            // Not consumed: the field goes on to commit its new text.
            case ENTER -> take(suggestions.getSelectionModel().getSelectedItem());
            case ESCAPE -> suggestions.setVisible(false);
            default -> {
            }
        }
    }

    private void highlight(int index, KeyEvent event) {
        suggestions.getSelectionModel().select(index);
        suggestions.scrollTo(Math.max(0, index - SHOWN_SUGGESTIONS / 2));
        event.consume();
    }

    private void take(Nations.Nation nation) {
        if (nation != null) {
            text.setText(nation.text());
            text.positionCaret(text.getLength());
        }
        suggestions.setVisible(false);
    }

    /** A nation offered; pressing on it takes it, without taking the focus from the field. */
    private final class SuggestionCell extends ListCell<Nations.Nation> {
        SuggestionCell() {
            addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
                if (!isEmpty()) {
                    take(getItem());
                    text.fireEvent(new ActionEvent());
                }
                event.consume();
            });
        }

        @Override
        protected void updateItem(Nations.Nation nation, boolean empty) {
            super.updateItem(nation, empty);
            setText(empty || nation == null ? null : nation.text());
        }

        /** As narrow as can be, so the list fits its width to the field's and cuts long names short. */
        @Override
        protected double computePrefWidth(double height) {
            return 0;
        }
    }
}
