package org.hubmap.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableDoubleValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.hubmap.render.Symbology;
import org.hubmap.ui.edit.FxColours;

/**
 * The Differences tab under the map: the comparison's heading, one row per added, removed and changed feature (and
 * after a merge, per feature it could not pair) with its id, name, kind and what changed, filtered by category.
 * Selecting a row shows its feature on the map, a double-click zooms to it. While a file is read and compared,
 * a progress bar with Cancel stands in the heading's place. The tab's title counts the rows.
 */
final class DifferencesPanel extends VBox {
    static final String ALL = "All";
    static final String NOTHING = "Nothing compared. File > Compare With… compares the active layout with a file"
            + " or another open layout; File > Merge From… merges a colleague's file into it.";

    /** Narrower columns would cut their values to an ellipsis on a 1280-pixel screen. */
    private static final double MIN_COLUMN_WIDTH = 140;

    private final Tab tab = new Tab("Differences", this);
    private final Label heading = new Label(NOTHING);
    private final ChoiceBox<String> filter = new ChoiceBox<>();
    private final Button clear = new Button("Clear Comparison");
    private final HBox working;
    private final Label workingText = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final ObservableList<DifferenceRow> rows = FXCollections.observableArrayList();
    private final FilteredList<DifferenceRow> shown = new FilteredList<>(rows);
    private final TableView<DifferenceRow> table = new TableView<>(shown);

    /**
     * A panel that calls {@code show} with the row the user selects, {@code zoom} with one double-clicked and
     * {@code onClear} when asked to clear the comparison.
     */
    DifferencesPanel(Consumer<DifferenceRow> show, Consumer<DifferenceRow> zoom, Runnable onClear) {
        getStyleClass().add("differences-panel");
        setId("differences-panel");
        getStylesheets().add(DifferencesPanel.class.getResource("compare.css").toExternalForm());
        tab.setId("tab-differences");
        tab.setClosable(false);

        heading.setId("differences-heading");
        heading.getStyleClass().add("differences-heading");
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        List<String> choices = new ArrayList<>(List.of(ALL));
        for (DifferenceRow.Category category : DifferenceRow.Category.values()) {
            choices.add(category.label());
        }
        filter.getItems().setAll(choices);
        filter.setValue(ALL);
        filter.setId("differences-filter");
        filter.valueProperty().addListener((o, before, now) -> shown.setPredicate(
                row -> now == null || ALL.equals(now) || row.category().label().equals(now)));
        clear.setId("differences-clear");
        clear.setOnAction(e -> onClear.run());
        clear.setDisable(true);
        Label showLabel = new Label("Show");
        for (Region fixed : List.of(showLabel, filter, clear)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        heading.setTooltip(new Tooltip());
        heading.getTooltip().textProperty().bind(heading.textProperty());
        HBox bar = new HBox(showLabel, filter, clear, heading);
        bar.getStyleClass().add("differences-bar");
        bar.setAlignment(Pos.CENTER_LEFT);

        progress.setId("differences-progress");
        cancel.setId("differences-cancel");
        working = new HBox(workingText, progress, cancel);
        working.getStyleClass().add("differences-bar");
        working.setAlignment(Pos.CENTER_LEFT);
        working.managedProperty().bind(working.visibleProperty());
        working.setVisible(false);

        table.setId("differences-table");
        addCategoryColumn();
        addColumn("Id", 160, row -> DifferenceText.id(row.feature()));
        addColumn("Name", 180, row -> row.feature().name());
        addColumn("Kind", 60, row -> row.feature().kind().shortNoun());
        TableColumn<DifferenceRow, String> what = addColumn("What changed", 520, DifferenceRow::what);
        what.setId("column-what");
        what.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // A feature that changed much says more than a column holds.
                setTooltip(empty || text == null ? null : new Tooltip(text.replace("; ", "\n")));
            }
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No differences to show."));
        table.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null) {
                show.accept(now);
            }
        });
        table.setRowFactory(view -> {
            TableRow<DifferenceRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    zoom.accept(row.getItem());
                }
            });
            return row;
        });
        setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, working, table);
    }

    Tab tab() {
        return tab;
    }

    /** Shows {@code comparison}'s rows, or the empty panel for null. */
    void show(Comparison comparison) {
        rows.setAll(comparison == null ? List.of() : comparison.rows());
        heading.setText(comparison == null ? NOTHING : comparison.heading());
        clear.setDisable(comparison == null);
        tab.setText(comparison == null ? "Differences" : "Differences (" + comparison.count() + ")");
    }

    /** Shows what is being done with a progress bar and a Cancel button that runs {@code onCancel}. */
    void working(String what, ObservableDoubleValue done, Runnable onCancel) {
        workingText.setText(what);
        progress.progressProperty().bind(done);
        cancel.setOnAction(e -> onCancel.run());
        working.setVisible(true);
        tab.getTabPane().getSelectionModel().select(tab);
    }

    /** Hides the progress bar once the work is done, failed or cancelled. */
    void idle() {
        progress.progressProperty().unbind();
        working.setVisible(false);
    }

    /** The rows listed now, after the filter, in their order. */
    List<DifferenceRow> shownRows() {
        return List.copyOf(shown);
    }

    private void addCategoryColumn() {
        TableColumn<DifferenceRow, DifferenceRow.Category> column = new TableColumn<>("Change");
        column.setId("column-change");
        column.setPrefWidth(125);
        column.setMinWidth(125);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().category()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(DifferenceRow.Category category, boolean empty) {
                super.updateItem(category, empty);
                setText(empty || category == null ? null : category.label());
                setGraphic(empty || category == null ? null : swatch(category));
            }
        });
        table.getColumns().add(column);
    }

    /** A dot in the colour the map draws the category in. */
    private static Circle swatch(DifferenceRow.Category category) {
        java.awt.Color colour = switch (category) {
            case ADDED -> Symbology.COMPARE_ADDED;
            case REMOVED -> Symbology.COMPARE_REMOVED;
            case CHANGED -> Symbology.COMPARE_CHANGED;
            case NOT_PAIRED -> Symbology.LEGEND_BORDER;
        };
        Circle dot = new Circle(5, FxColours.of(colour));
        dot.setStroke(FxColours.of(Symbology.LEGEND_TEXT));
        dot.setStrokeWidth(0.5);
        return dot;
    }

    private TableColumn<DifferenceRow, String> addColumn(String title, double width,
            Function<DifferenceRow, String> text) {
        TableColumn<DifferenceRow, String> column = new TableColumn<>(title);
        column.setId("column-" + title.toLowerCase(Locale.ROOT));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, MIN_COLUMN_WIDTH));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        table.getColumns().add(column);
        return column;
    }
}
