package org.hubmap.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.hubmap.document.Selection;
import org.hubmap.model.LayoutFeature;
import org.hubmap.ui.edit.OpenedLayout;

/**
 * The table of the active layout's features under the map: kind, name, nation, status, capacity and id, sorted by
 * a click on a header, with a filter bar above. Selecting rows selects their features and centres the map on the
 * feature just selected; a double-click zooms to it; features selected elsewhere are selected here too. The table
 * only makes rows for what is on screen, so it stays quick with a hundred thousand features.
 */
final class FeatureTable extends BorderPane {
    /**
     * Layouts of fewer features are filtered at every key typed. Larger ones are filtered once typing pauses, as
     * each pass over their rows and the table's update after it cost more than the time between two keys.
     */
    private static final int FILTER_AS_TYPED_LIMIT = 10_000;
    private static final Duration TYPING_PAUSE = Duration.millis(250);

    private final ObservableValue<OpenedLayout> active;
    private final Consumer<LayoutFeature> centre;
    private final FeatureListModel model = new FeatureListModel();
    private final FilteredList<FeatureRow> shown = new FilteredList<>(model.rows());
    private final SortedList<FeatureRow> sorted = new SortedList<>(shown);
    private final TableView<FeatureRow> table = new TableView<>(sorted);
    private final Map<TableColumn<FeatureRow, ?>, Comparator<FeatureRow>> orders = new HashMap<>();
    /** Set while the table shows what the layout holds, so that only the user's choices select features. */
    private boolean syncing;

    /**
     * A table of the features of {@code activeLayout} that calls {@code centre} with the feature the user has just
     * selected and {@code zoomTo} with one double-clicked.
     */
    FeatureTable(ObservableValue<OpenedLayout> activeLayout, Consumer<LayoutFeature> centre,
            Consumer<LayoutFeature> zoomTo) {
        this.active = activeLayout;
        this.centre = centre;
        getStyleClass().add("feature-table");
        setId("feature-table");

        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        addColumn("Kind", 120, FeatureRow::kindText);
        addColumn("Name", 240, row -> row.feature().name());
        addColumn("Nation", 70, row -> row.feature().nation());
        addColumn("Status", 90, row -> row.feature().status());
        addCapacityColumn();
        addColumn("Id", 180, FeatureRow::idText);
        table.setSortPolicy(view -> {
            sorted.setComparator(rowOrder());
            return true;
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(Bindings.isEmpty(model.rows()))
                .then("No features in the active layout.").otherwise("No feature matches the filter."));
        table.setPlaceholder(placeholder);
        table.setRowFactory(view -> {
            TableRow<FeatureRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    zoomTo.accept(row.getItem().feature());
                }
            });
            return row;
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<FeatureRow>) change -> {
            if (!syncing) {
                selectChosenFeatures(lastAdded(change));
            }
        });

        setTop(filterBar());
        setCenter(table);
        model.filterProperty().addListener((o, before, filter) -> showOnly(filter));
        ActiveLayoutListener.attach(active, this::listFeatures, () -> showSelection(true));
        listFeatures();
    }

    private FlowPane filterBar() {
        TextField text = new TextField();
        text.setId("feature-filter-text");
        text.setPromptText("Filter by name, id, notes or nation");
        text.setPrefColumnCount(18);
        PauseTransition typingPause = new PauseTransition(TYPING_PAUSE);
        typingPause.setOnFinished(event -> model.filterTextProperty().set(text.getText()));
        text.textProperty().addListener((o, before, typed) -> {
            if (model.rows().size() < FILTER_AS_TYPED_LIMIT) {
                model.filterTextProperty().set(typed);
            } else {
                typingPause.playFromStart();
            }
        });
        ComboBox<String> kind = choice("feature-filter-kind", FXCollections.observableList(FeatureListModel.KINDS),
                model.kindProperty());
        ComboBox<String> nation = choice("feature-filter-nation", model.nations(), model.nationProperty());
        ComboBox<String> status = choice("feature-filter-status", model.statuses(), model.statusProperty());
        Label count = new Label();
        count.setId("feature-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> sorted.size() + " of " + model.rows().size() + " features", sorted, model.rows()));
        FlowPane bar = new FlowPane(text, labelled("Kind", kind), labelled("Nation", nation),
                labelled("Status", status), count);
        bar.getStyleClass().add("feature-filter");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** A combo box of {@code choices} showing {@code chosen}; given its items first, as new items clear its value. */
    private static ComboBox<String> choice(String id, ObservableList<String> choices, ObjectProperty<String> chosen) {
        ComboBox<String> box = new ComboBox<>(choices);
        box.setId(id);
        box.valueProperty().bindBidirectional(chosen);
        return box;
    }

    private static HBox labelled(String caption, ComboBox<String> box) {
        HBox pair = new HBox(new Label(caption), box);
        pair.getStyleClass().add("filter-choice");
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private void addColumn(String title, double width, Function<FeatureRow, String> text) {
        TableColumn<FeatureRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        add(column, width, Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER));
    }

    /** Capacities sort as numbers, then those that are not numbers as text, then features without one. */
    private void addCapacityColumn() {
        TableColumn<FeatureRow, Object> column = new TableColumn<>("Capacity");
        column.getStyleClass().add("numeric");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().capacity()));
        add(column, 90, Comparator.comparing((FeatureRow row) -> row.capacity() == null)
                .thenComparingDouble(FeatureRow::capacityNumber)
                .thenComparing(row -> PropertyValueText.format(row.capacity())));
    }

    private void add(TableColumn<FeatureRow, ?> column, double width, Comparator<FeatureRow> order) {
        column.setId("column-" + column.getText().toLowerCase(Locale.ROOT));
        column.setPrefWidth(width);
        orders.put(column, order);
        table.getColumns().add(column);
    }

    /**
     * The order of the columns the user sorts by. The table's own comparator would read each cell's value through
     * its cell value factory at every comparison, which takes seconds for a hundred thousand rows.
     */
    private Comparator<FeatureRow> rowOrder() {
        Comparator<FeatureRow> order = null;
        for (TableColumn<FeatureRow, ?> column : table.getSortOrder()) {
            Comparator<FeatureRow> byColumn = column.getSortType() == TableColumn.SortType.ASCENDING
                    ? orders.get(column) : orders.get(column).reversed();
            order = order == null ? byColumn : order.thenComparing(byColumn);
        }
        return order;
    }

    /** Lists the active layout's features again, keeping the filter, the sort and the selection. */
    private void listFeatures() {
        syncing = true;
        try {
            model.readFeatures(active.getValue());
        } finally {
            syncing = false;
        }
        showSelection(false);
    }

    private void showOnly(FeatureFilter filter) {
        syncing = true;
        try {
            shown.setPredicate(filter.showsAll() ? null : filter::test);
        } finally {
            syncing = false;
        }
        showSelection(false);
    }

    /** Selects the rows of the features selected in the active layout, scrolling to the first if asked to. */
    private void showSelection(boolean scroll) {
        if (syncing) {
            return;
        }
        OpenedLayout layout = active.getValue();
        Selection selected = layout == null ? Selection.none() : layout.selection();
        List<Integer> rows = new ArrayList<>();
        if (!selected.isEmpty()) {
            for (int i = 0; i < sorted.size(); i++) {
                if (selected.contains(sorted.get(i).feature())) {
                    rows.add(i);
                }
            }
        }
        if (rows.equals(table.getSelectionModel().getSelectedIndices().stream().sorted().toList())) {
            return;
        }
        syncing = true;
        try {
            table.getSelectionModel().clearSelection();
            if (!rows.isEmpty()) {
                table.getSelectionModel().selectIndices(rows.get(0),
                        rows.stream().skip(1).mapToInt(Integer::intValue).toArray());
                if (scroll) {
                    table.scrollTo(rows.get(0));
                }
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * Selects the features of the rows the user has selected, and centres the map on {@code latest}, the row just
     * added to the selection, unless its feature was selected already.
     */
    private void selectChosenFeatures(FeatureRow latest) {
        OpenedLayout layout = active.getValue();
        if (layout == null) {
            return;
        }
        Selection before = layout.selection();
        Selection chosen = Selection.of(table.getSelectionModel().getSelectedItems().stream()
                .filter(Objects::nonNull).map(FeatureRow::feature).toList());
        if (chosen.equals(before)) {
            return;
        }
        syncing = true;
        try {
            layout.select(chosen);
        } finally {
            syncing = false;
        }
        if (latest != null && !before.contains(latest.feature())) {
            centre.accept(latest.feature());
        }
    }

    /** The last row a change of the selected rows added, or null; the selected item is not yet updated then. */
    private static FeatureRow lastAdded(ListChangeListener.Change<? extends FeatureRow> change) {
        FeatureRow latest = null;
        while (change.next()) {
            if (change.wasAdded() && !change.getAddedSubList().isEmpty()) {
                latest = change.getAddedSubList().get(change.getAddedSize() - 1);
            }
        }
        return latest;
    }
}
