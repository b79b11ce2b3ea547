package org.hubmap.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hubmap.recovery.RecoveryEntry;
import org.hubmap.ui.window.ScreenFit;

/**
 * Asks, on the start after HubMap stopped without saving, what to do with each layout's unsaved changes: restore
 * them, discard them, or keep them for the next start. Each row says whose changes they are (the file, or a new
 * layout's name), when they were last kept and how many edits they hold. The list scrolls past a few rows, so the
 * dialog fits a 1280x800 screen.
 */
final class RecoveryDialog {
    /** What to do with one entry. */
    enum Choice { RESTORE, DISCARD, KEEP }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK)
            .withZone(ZoneId.systemDefault());
    private static final double MOST_LIST_HEIGHT = 420;

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Map<RecoveryEntry, ToggleGroup> choices = new LinkedHashMap<>();
    private final ButtonType proceed = new ButtonType("OK", ButtonBar.ButtonData.OK_DONE);
    private final ButtonType later = new ButtonType("Decide Later", ButtonBar.ButtonData.CANCEL_CLOSE);

    RecoveryDialog(Window owner, List<RecoveryEntry> entries) {
        dialog.initOwner(owner);
        dialog.setTitle("HubMap");
        dialog.setHeaderText(entries.size() == 1 ? "HubMap stopped before a layout's changes were saved."
                : "HubMap stopped before the changes to " + entries.size() + " layouts were saved.");
        GridPane rows = new GridPane();
        rows.setHgap(16);
        rows.setVgap(10);
        rows.getStyleClass().add("recovery-list");
        int row = 0;
        for (RecoveryEntry entry : entries) {
            Label name = new Label(entry.name());
            name.getStyleClass().add("recovery-name");
            Label where = new Label(entry.file().orElse("a new layout, never saved"));
            where.setWrapText(true);
            where.setMaxWidth(420);
            Label when = new Label("kept " + TIME.format(entry.savedAt()));
            Label edits = new Label(entry.edits() == 1 ? "1 edit" : entry.edits() + " edits");
            ToggleGroup group = new ToggleGroup();
            HBox buttons = new HBox(8, radio("Restore", group, Choice.RESTORE, "recovery-restore-" + row),
                    radio("Discard", group, Choice.DISCARD, "recovery-discard-" + row),
                    radio("Keep for later", group, Choice.KEEP, "recovery-keep-" + row));
            group.selectToggle(group.getToggles().get(0));
            choices.put(entry, group);
            rows.add(new VBox(2, name, where), 0, row);
            rows.add(new VBox(2, when, edits), 1, row);
            rows.add(buttons, 2, row);
            row++;
        }
        ScrollPane list = new ScrollPane(rows);
        list.setFitToWidth(true);
        list.setPrefViewportHeight(Math.min(MOST_LIST_HEIGHT, 20 + 52.0 * entries.size()));
        Label note = new Label("Restored layouts open with their changes unsaved; saving writes them to their file."
                + " Decide Later keeps every one for the next start.");
        note.setWrapText(true);
        note.setMaxWidth(860);
        dialog.getDialogPane().setContent(new VBox(12, list, note));
        dialog.getDialogPane().getButtonTypes().setAll(proceed, later);
        dialog.getDialogPane().setId("recovery-dialog");
        dialog.setResizable(true);
        ScreenFit.keepOnScreen(dialog);
    }

    private static RadioButton radio(String text, ToggleGroup group, Choice choice, String id) {
        RadioButton button = new RadioButton(text);
        button.setToggleGroup(group);
        button.setUserData(choice);
        button.setId(id);
        return button;
    }

    /** Shows the dialog and waits for the answer: a choice per entry, all {@link Choice#KEEP} to decide later. */
    Map<RecoveryEntry, Choice> ask() {
        boolean decided = dialog.showAndWait().orElse(later) == proceed;
        Map<RecoveryEntry, Choice> answer = new LinkedHashMap<>();
        choices.forEach((entry, group) -> answer.put(entry, decided
                ? (Choice) group.getSelectedToggle().getUserData() : Choice.KEEP));
        return answer;
    }
}
