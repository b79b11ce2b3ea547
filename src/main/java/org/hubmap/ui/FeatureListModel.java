package org.hubmap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.FeatureStatus;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.ui.edit.OpenedLayout;

/**
 * What the feature table lists: a row per feature of a layout, the filter the user has set, and the nations and
 * statuses there are to filter by. Use on the FX thread.
 */
final class FeatureListModel {
    /** The kinds to filter by, as the table offers them. */
    static final List<String> KINDS = List.of(FeatureFilter.ALL, FeatureKind.HUB.code(), FeatureKind.DEPOT.code(),
            FeatureKind.MONITORING_ZONE.code(), FeatureFilter.OTHER_KIND);
    /**
     * Up to this many changed features are replaced row by row, which keeps the table's scroll position and sort;
     * more are cheaper to list again from scratch, since each replaced row costs a pass over the sorted rows.
     */
    private static final int ROW_BY_ROW_LIMIT = 100;

    private final ObservableList<FeatureRow> rows = FXCollections.observableArrayList();
    /** The list of features the rows were made from, compared by identity: each change of a layout makes a new one. */
    private List<LayoutFeature> listed;
    /** The nations and statuses the listed features have, in the order offered. */
    private List<String> nationsPresent = List.of();
    private List<String> statusesPresent = List.of();
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<String> kind = new SimpleObjectProperty<>(this, "kind", FeatureFilter.ALL);
    private final ObjectProperty<String> nation = new SimpleObjectProperty<>(this, "nation", FeatureFilter.ALL);
    private final ObjectProperty<String> status = new SimpleObjectProperty<>(this, "status", FeatureFilter.ALL);
    private final ObservableList<String> nations = FXCollections.observableArrayList(FeatureFilter.ALL);
    private final ObservableList<String> statuses = FXCollections.observableArrayList(FeatureFilter.ALL);
    private final ObjectBinding<FeatureFilter> filter = Bindings.createObjectBinding(
            () -> new FeatureFilter(filterText.get(), orAll(kind.get()), orAll(nation.get()), orAll(status.get())),
            filterText, kind, nation, status);

    /** A row per feature of the layout last read, in layout order. */
    ObservableList<FeatureRow> rows() {
        return rows;
    }

    /** Text that the name, id, notes or nation of a listed feature contain, ignoring case. */
    StringProperty filterTextProperty() {
        return filterText;
    }

    /** The kind of the listed features, or {@link FeatureFilter#ALL}. */
    ObjectProperty<String> kindProperty() {
        return kind;
    }

    ObjectProperty<String> nationProperty() {
        return nation;
    }

    ObjectProperty<String> statusProperty() {
        return status;
    }

    /** {@link FeatureFilter#ALL} and the nations of the layout, by code. */
    ObservableList<String> nations() {
        return nations;
    }

    /** {@link FeatureFilter#ALL} and the statuses of the layout, those HubMap knows first. */
    ObservableList<String> statuses() {
        return statuses;
    }

    /** The filter the user has set. */
    ObjectBinding<FeatureFilter> filterProperty() {
        return filter;
    }

    /** Lists the features of {@code layout}, or none when it is null, replacing only the rows that changed. */
    void readFeatures(OpenedLayout layout) {
        List<LayoutFeature> features = layout == null ? List.of() : layout.layout().features();
        // The same features again, as after a save: nothing to list anew, nor to read for the choices.
        if (features == listed) {
            offerChoices();
            return;
        }
        listed = features;
        List<Integer> changed = new ArrayList<>();
        if (features.size() == rows.size()) {
            for (int i = 0; i < features.size() && changed.size() <= ROW_BY_ROW_LIMIT; i++) {
                if (rows.get(i).feature() != features.get(i)) {
                    changed.add(i);
                }
            }
        }
        if (features.size() == rows.size() && changed.size() <= ROW_BY_ROW_LIMIT) {
            for (int index : changed) {
                rows.set(index, new FeatureRow(index, features.get(index)));
            }
        } else {
            List<FeatureRow> all = new ArrayList<>(features.size());
            for (int i = 0; i < features.size(); i++) {
                all.add(new FeatureRow(i, features.get(i)));
            }
            rows.setAll(all);
        }
        readChoices(layout == null ? null : layout.layout());
        offerChoices();
    }

    private void readChoices(Layout layout) {
        // The layout gathers them once, on the thread that read it: a large layout has many features but few
        // nations and statuses.
        Set<String> presentNations = new TreeSet<>(layout == null ? Set.of() : layout.nations());
        Set<String> presentStatuses = new TreeSet<>(layout == null ? Set.of() : layout.statuses());
        List<String> knownFirst = new ArrayList<>();
        for (FeatureStatus known : FeatureStatus.values()) {
            if (known != FeatureStatus.UNKNOWN && presentStatuses.remove(known.code())) {
                knownFirst.add(known.code());
            }
        }
        knownFirst.addAll(presentStatuses);
        nationsPresent = List.copyOf(presentNations);
        statusesPresent = List.copyOf(knownFirst);
    }

    private void offerChoices() {
        offer(nations, new ArrayList<>(nationsPresent), nation);
        offer(statuses, new ArrayList<>(statusesPresent), status);
    }

    /** Offers {@code present} but the empty value, and the current choice even when no feature has it any more. */
    private static void offer(ObservableList<String> choices, List<String> present, ObjectProperty<String> choice) {
        String chosen = choice.get();
        present.remove("");
        List<String> offered = new ArrayList<>();
        offered.add(FeatureFilter.ALL);
        offered.addAll(present);
        if (chosen != null && !offered.contains(chosen)) {
            offered.add(chosen);
        }
        if (!choices.equals(offered)) {
            choices.setAll(offered);
            // A combo box whose items are all replaced drops its value, and through its binding the choice.
            choice.set(chosen);
        }
    }

    private static String orAll(String choice) {
        return choice == null ? FeatureFilter.ALL : choice;
    }
}
