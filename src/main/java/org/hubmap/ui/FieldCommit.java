package org.hubmap.ui;

import javafx.event.ActionEvent;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Commits what was typed into a text control when the user presses Enter, or Ctrl+Enter in a text area where Enter
 * starts a new line, or leaves the control; puts the shown text back on Escape.
 */
final class FieldCommit {
    private FieldCommit() {
    }

    static void install(TextInputControl control, Runnable commit, Runnable revert) {
        control.addEventHandler(ActionEvent.ACTION, event -> commit.run());
        control.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                revert.run();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && event.isShortcutDown() && control instanceof TextArea) {
                commit.run();
                event.consume();
            }
        });
        control.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
    }
}
