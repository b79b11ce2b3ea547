package org.hubmap.ui;

import javafx.event.ActionEvent;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Commits what was typed into a text control when the user presses Enter, or Ctrl+Enter in a text area where Enter
 * starts a new line, or leaves the control; puts the shown text back on Escape. Undo and redo keys (Ctrl+Z,
 * Ctrl+Shift+Z, Ctrl+Y) act on the layout, as everywhere else in the window, once the typing is committed: a
 * control's own undo would take back single keystrokes the layout never saw.
 */
final class FieldCommit {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_TOO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private FieldCommit() {
    }

    /** The undo and redo of the layout a field edits. */
    interface LayoutHistory {
        void undo();

        void redo();
    }

    static void install(TextInputControl control, Runnable commit, Runnable revert, LayoutHistory history) {
        control.addEventHandler(ActionEvent.ACTION, event -> commit.run());
        control.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            boolean undo = UNDO.match(event);
            boolean redo = REDO.match(event) || REDO_TOO.match(event);
            if (undo || redo) {
                commit.run();
                if (undo) {
                    history.undo();
                } else {
                    history.redo();
                }
                event.consume();
            }
        });
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
