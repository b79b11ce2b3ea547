package org.hubmap.ui.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hubmap.compare.MergeChoice;
import org.hubmap.compare.MergeConflict;
import org.hubmap.compare.MergeDecisions;
import org.hubmap.compare.MergeResult;
import org.hubmap.ui.window.ScreenFit;

/**
 * The merge dialog, for a merge with conflicts: the conflicting features on the left, each marked with its choice
 * or {@code ?}; for the one selected, a table of mine, theirs (and the base, three-way) side by side for every
 * property and the geometry that differ, the conflicting ones marked, with the result the choice gives. Keep Mine
 * and Take Theirs settle the selected conflict and move on to the next unsettled one; All Mine and All Theirs
 * settle every conflict. Apply is enabled once every conflict has a choice; Cancel changes nothing.
 *
 * <p>JOSM's conflict dialog shows one feature's tags side by side; this adds the base column, so that who changed
 * what can be read, and the result column, so that what Apply will do is seen before it is done.
 */
final class MergeDialog {
    /** Room for four columns of values and the conflict list on a 1280x800 screen, with the window's frame. */
    private static final double WIDTH = 1060;
    private static final double HEIGHT = 560;

    private final MergeResult result;
    private final boolean threeWay;
    private final Map<MergeConflict, MergeChoice> choices = new HashMap<>();
    private final SimpleIntegerProperty undecided = new SimpleIntegerProperty();
    private final Dialog<MergeDecisions> dialog = new Dialog<>();
    private final ListView<MergeConflict> conflicts = new ListView<>();
    private final TableView<ConflictRow> table = new TableView<>();
    private final Label featureHeading = new Label();

    private MergeDialog(Window owner, MergeResult result, String mine, String theirs, boolean threeWay) {
        this.result = result;
        this.threeWay = threeWay;
        undecided.set(result.conflicts().size());
        dialog.initOwner(owner);
        dialog.setTitle("Merge " + theirs);
        dialog.setHeaderText(headline(result, mine, theirs, threeWay));
        dialog.setResizable(true);
        dialog.getDialogPane().getStyleClass().add("merge-dialog");
        dialog.getDialogPane().setId("merge-dialog");
        dialog.getDialogPane().getStylesheets().add(MergeDialog.class.getResource("compare.css").toExternalForm());

        ButtonType apply = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        Node applyButton = dialog.getDialogPane().lookupButton(apply);
        applyButton.setId("merge-apply");
        applyButton.disableProperty().bind(undecided.greaterThan(0));
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("merge-cancel");
        dialog.setResultConverter(button -> button == apply ? decisions() : null);

        dialog.getDialogPane().setContent(content(mine, theirs));
        dialog.getDialogPane().setPrefSize(WIDTH, HEIGHT);
        ScreenFit.keepOnScreen(dialog);
        conflicts.getSelectionModel().selectFirst();
    }

    /**
     * Shows the dialog for {@code result} over {@code owner} and, once the user applies, calls {@code onApply} with
     * a choice for every conflict; on Cancel nothing is called.
     */
    static MergeDialog show(Window owner, MergeResult result, String mine, String theirs, boolean threeWay,
            Consumer<MergeDecisions> onApply) {
        MergeDialog shown = new MergeDialog(owner, result, mine, theirs, threeWay);
        shown.dialog.setOnHidden(e -> Optional.ofNullable(shown.dialog.getResult()).ifPresent(onApply));
        shown.dialog.show();
        return shown;
    }

    private static String headline(MergeResult result, String mine, String theirs, boolean threeWay) {
        int count = result.conflicts().size();
        return (count == 1 ? "1 feature was" : count + " features were") + " changed differently in " + mine
                + " (mine) and " + theirs + " (theirs)" + (threeWay ? " since " + mine + " was loaded." : ".")
                + "\nChoose which version to keep for each. Everything else merges by itself: "
                + result.added().size() + " to add, " + result.taken().size() + " to take, "
                + (result.identical() + result.keptMine()) + " unchanged.";
    }

    private Region content(String mine, String theirs) {
        conflicts.setId("merge-conflicts");
        conflicts.setItems(FXCollections.observableArrayList(result.conflicts()));
        conflicts.setCellFactory(list -> new ListCell<>() {
            {
                // As wide as the list, never wider: a long name ends in an ellipsis, not a scroll bar.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(MergeConflict conflict, boolean empty) {
                super.updateItem(conflict, empty);
                getStyleClass().remove("undecided");
                if (empty || conflict == null) {
                    setText(null);
                    return;
                }
                MergeChoice choice = choices.get(conflict);
                setText((choice == null ? "?  " : choice == MergeChoice.MINE ? "Mine  " : "Theirs  ")
                        + DifferenceText.label(conflict.mine()));
                setTooltip(new Tooltip(DifferenceText.label(conflict.mine())));
                if (choice == null) {
                    getStyleClass().add("undecided");
                }
            }
        });
        conflicts.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> showConflict(now));
        conflicts.setPrefWidth(300);
        conflicts.setMinWidth(200);

        table.setId("merge-table");
        column("Part", 130, ConflictRow::part);
        column("Mine (" + mine + ")", 220, ConflictRow::mine);
        column("Theirs (" + theirs + ")", 220, ConflictRow::theirs);
        if (threeWay) {
            column("Base (as loaded)", 180, ConflictRow::base);
        }
        column("Result", 180, ConflictRow::result);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ConflictRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("conflicting");
                if (!empty && row != null && row.conflicting()) {
                    getStyleClass().add("conflicting");
                }
            }
        });
        table.setPlaceholder(new Label("Select a conflict on the left."));

        featureHeading.getStyleClass().add("conflict-heading");
        featureHeading.setId("merge-feature");
        Label hint = new Label("Bold rows conflict and follow the choice; the others merge by themselves.");
        hint.getStyleClass().add("conflict-hint");
        hint.setWrapText(true);
        Button keepMine = button("Keep Mine", "merge-keep-mine", () -> choose(MergeChoice.MINE));
        Button takeTheirs = button("Take Theirs", "merge-take-theirs", () -> choose(MergeChoice.THEIRS));
        keepMine.disableProperty().bind(conflicts.getSelectionModel().selectedItemProperty().isNull());
        takeTheirs.disableProperty().bind(conflicts.getSelectionModel().selectedItemProperty().isNull());
        HBox perConflict = new HBox(keepMine, takeTheirs);
        perConflict.getStyleClass().add("merge-choices");
        VBox detail = new VBox(8, featureHeading, hint, table, perConflict);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button allMine = button("All Mine", "merge-all-mine", () -> chooseAll(MergeChoice.MINE));
        Button allTheirs = button("All Theirs", "merge-all-theirs", () -> chooseAll(MergeChoice.THEIRS));
        Label left = new Label();
        left.setId("merge-undecided");
        left.textProperty().bind(undecided.asString().concat(" of " + result.conflicts().size()
                + " still to choose"));
        HBox forAll = new HBox(new Label("For every conflict:"), allMine, allTheirs, left);
        forAll.getStyleClass().add("merge-choices");
        forAll.setAlignment(Pos.CENTER_LEFT);

        SplitPane split = new SplitPane(conflicts, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.29);
        SplitPane.setResizableWithParent(conflicts, false);
        BorderPane content = new BorderPane(split);
        content.setBottom(forAll);
        BorderPane.setMargin(forAll, new Insets(8, 0, 0, 0));
        return content;
    }

    private void column(String title, double width, Function<ConflictRow, String> text) {
        TableColumn<ConflictRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        table.getColumns().add(column);
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void showConflict(MergeConflict conflict) {
        if (conflict == null) {
            featureHeading.setText("");
            table.getItems().clear();
            return;
        }
        featureHeading.setText(DifferenceText.label(conflict.mine()) + " (" + conflict.mine().kind().noun() + ")");
        table.getItems().setAll(ConflictRow.of(conflict, Optional.ofNullable(choices.get(conflict))));
    }

    /** Settles the selected conflict and moves on to the next one still unsettled, if any. */
    private void choose(MergeChoice choice) {
        MergeConflict selected = conflicts.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        choices.put(selected, choice);
        changed();
        List<MergeConflict> all = result.conflicts();
        int at = all.indexOf(selected);
        for (int step = 1; step <= all.size(); step++) {
            MergeConflict next = all.get((at + step) % all.size());
            if (!choices.containsKey(next)) {
                conflicts.getSelectionModel().select(next);
                return;
            }
        }
        showConflict(selected);
    }

    private void chooseAll(MergeChoice choice) {
        result.conflicts().forEach(conflict -> choices.put(conflict, choice));
        changed();
        showConflict(conflicts.getSelectionModel().getSelectedItem());
    }

    private void changed() {
        undecided.set((int) result.conflicts().stream().filter(c -> !choices.containsKey(c)).count());
        conflicts.refresh();
    }

    private MergeDecisions decisions() {
        MergeDecisions decisions = MergeDecisions.none();
        for (Map.Entry<MergeConflict, MergeChoice> choice : choices.entrySet()) {
            decisions = decisions.with(choice.getKey(), choice.getValue());
        }
        return decisions;
    }

    /** The dialog itself, for tests that look into it. */
    Dialog<MergeDecisions> dialog() {
        return dialog;
    }
}
