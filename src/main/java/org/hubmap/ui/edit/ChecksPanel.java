package org.hubmap.ui.edit;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hubmap.check.CheckKind;
import org.hubmap.check.CheckReport;
import org.hubmap.check.CheckSettings;
import org.hubmap.check.CheckViolation;
import org.hubmap.check.InvolvedFeature;
import org.hubmap.check.PlanningChecks;
import org.hubmap.check.Severity;
import org.hubmap.document.Selection;
import org.hubmap.io.CountryOutline;
import org.hubmap.model.Layout;
import org.hubmap.model.edit.ChangeCollectionMember;

/**
 * The planning checks of the active layout, run again on a background thread after every edit: each violation in a
 * sentence, errors first; clicking one selects the features involved and shows the place on the map. The minimum
 * distance of depots from zone boundaries and which checks run are set here and kept in the layout, as an undoable
 * edit, so colleagues who open the file see the same checks.
 */
public final class ChecksPanel extends VBox {
    private final ObjectProperty<OpenedLayout> active;
    private final ExecutorService background;
    private final ObservableBooleanValue mapDrawing;
    private final BiConsumer<Double, Double> showPlace;
    private final ObservableList<CheckViolation> violations = FXCollections.observableArrayList();
    private final ListView<CheckViolation> list = new ListView<>(violations);
    private final Label summary = new Label("No layout open.");
    private final TextField minimumKm = new TextField();
    private final MenuButton checks = new MenuButton("Checks to run");
    private final CompletableFuture<PlanningChecks> engine;
    /** The layout whose report is shown or being made; a newer edit makes older runs' results stale. */
    private Layout checking;
    private boolean updatingControls;

    /**
     * @param mapDrawing whether the map is drawing layouts just opened: the checks of a large layout then wait
     *     until it has, so that the two do not share the processors and the map is drawn first
     * @param showPlace centres the map on a longitude and latitude
     */
    public ChecksPanel(ObjectProperty<OpenedLayout> active, ObservableList<OpenedLayout> layouts,
            ObservableBooleanValue mapDrawing, ExecutorService background, BiConsumer<Double, Double> showPlace) {
        this.active = active;
        this.background = background;
        this.mapDrawing = mapDrawing;
        this.showPlace = showPlace;
        getStyleClass().add("checks-panel");
        setId("checks");
        engine = CompletableFuture.supplyAsync(() -> {
            try {
                return new PlanningChecks(CountryOutline.ukraine());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, background);

        summary.setId("checks-summary");
        summary.getStyleClass().add("checks-summary");
        minimumKm.setId("checks-depot-distance");
        minimumKm.setPrefColumnCount(4);
        minimumKm.setOnAction(e -> applyMinimum());
        minimumKm.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                applyMinimum();
            }
        });
        Label minimumLabel = new Label("Depots at least");
        Label kmLabel = new Label("km from zone boundaries");
        for (CheckKind kind : CheckKind.values()) {
            CheckBox enabled = new CheckBox(kind.title());
            enabled.setId("check-" + kind.code());
            enabled.selectedProperty().addListener((o, was, now) -> {
                if (!updatingControls) {
                    changeSettings(settings().withEnabled(kind, now), (now ? "Turn on " : "Turn off ")
                            + kind.title().toLowerCase(Locale.ROOT) + " check");
                }
            });
            CustomMenuItem item = new CustomMenuItem(enabled, false);
            item.setUserData(kind);
            checks.getItems().add(item);
        }
        checks.setId("checks-choice");
        HBox settingsRow = new HBox(6, minimumLabel, minimumKm, kmLabel, checks);
        settingsRow.setAlignment(Pos.CENTER_LEFT);

        list.setId("checks-list");
        list.setCellFactory(view -> new ViolationCell());
        list.setPlaceholder(new Label("Nothing to report."));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                show(now);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(summary, settingsRow, list);

        layouts.addListener((ListChangeListener<OpenedLayout>) change -> refresh());
        active.addListener((o, was, now) -> refresh());
        mapDrawing.addListener((o, was, now) -> {
            if (!now) {
                refresh();
            }
        });
        refresh();
    }

    /** The violations shown now. */
    public List<CheckViolation> violations() {
        return List.copyOf(violations);
    }

    private CheckSettings settings() {
        OpenedLayout layout = active.get();
        return layout == null ? CheckSettings.defaults() : CheckSettings.readFrom(layout.layout()).settings();
    }

    private void refresh() {
        OpenedLayout layout = active.get();
        if (layout == null) {
            checking = null;
            violations.clear();
            summary.setText("No layout open.");
            return;
        }
        Layout content = layout.layout();
        if (content == checking) {
            return;
        }
        if (mapDrawing.get()) {
            // Results of a run for an earlier layout are stale now.
            checking = null;
            summary.setText("Checking once the map is drawn…");
            return;
        }
        checking = content;
        showSettings(CheckSettings.readFrom(content).settings());
        summary.setText("Checking…");
        engine.thenApplyAsync(checks -> checks.check(content), background).whenComplete((report, problem) ->
                Platform.runLater(() -> {
                    if (checking != content) {
                        return;
                    }
                    if (problem != null) {
                        violations.clear();
                        summary.setText("The checks could not run: " + problem.getMessage());
                    } else {
                        showReport(report);
                    }
                }));
    }

    private void showReport(CheckReport report) {
        violations.setAll(report.violations().stream()
                .sorted(java.util.Comparator.comparing((CheckViolation v) -> v.severity() != Severity.ERROR))
                .toList());
        long errors = violations.stream().filter(v -> v.severity() == Severity.ERROR).count();
        String text = violations.isEmpty() ? "All checks pass."
                : errors + " error" + (errors == 1 ? "" : "s") + ", " + (violations.size() - errors) + " warning"
                        + (violations.size() - errors == 1 ? "" : "s") + ".";
        if (!report.settingsWarnings().isEmpty()) {
            text += " " + String.join(" ", report.settingsWarnings());
        }
        if (!report.stoppedAtLimit().isEmpty()) {
            text += " Only the first " + PlanningChecks.LISTED_PER_KIND + " of some kinds are listed.";
        }
        summary.setText(text);
    }

    private void showSettings(CheckSettings settings) {
        updatingControls = true;
        if (!minimumKm.isFocused()) {
            minimumKm.setText(formatKm(settings.depotZoneMinDistanceMetres()));
        }
        for (var item : checks.getItems()) {
            ((CheckBox) ((CustomMenuItem) item).getContent()).setSelected(settings.isEnabled((CheckKind) item.getUserData()));
        }
        updatingControls = false;
    }

    private void applyMinimum() {
        if (active.get() == null) {
            return;
        }
        double km;
        try {
            km = Double.parseDouble(minimumKm.getText().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            summary.setText("\"" + minimumKm.getText() + "\" is not a distance; type kilometres, such as 5");
            return;
        }
        if (!(km >= 0 && km * 1000 <= CheckSettings.MAX_DEPOT_ZONE_DISTANCE_METRES)) {
            summary.setText("The distance must be from 0 to "
                    + formatKm(CheckSettings.MAX_DEPOT_ZONE_DISTANCE_METRES) + " km");
            return;
        }
        if (km * 1000 != settings().depotZoneMinDistanceMetres()) {
            changeSettings(settings().withDepotZoneMinDistanceMetres(km * 1000),
                    "Set depot distance from zone boundaries");
        }
    }

    /** Writes new thresholds into the layout as one undoable edit. */
    private void changeSettings(CheckSettings changed, String description) {
        OpenedLayout layout = active.get();
        if (layout == null || changed.equals(settings())) {
            return;
        }
        Layout withSettings = changed.writeTo(layout.layout());
        layout.execute(ChangeCollectionMember.of(description, layout.layout(), CheckSettings.MEMBER,
                withSettings.collectionMembers().get(CheckSettings.MEMBER)), layout.selection());
    }

    private void show(CheckViolation violation) {
        OpenedLayout layout = active.get();
        if (layout == null || checking != layout.layout()) {
            return;
        }
        layout.select(Selection.atIndexes(layout.layout(), violation.features().stream()
                .map(InvolvedFeature::index).toList()));
        violation.position().ifPresent(p -> showPlace.accept(p.lon(), p.lat()));
    }

    private static String formatKm(double metres) {
        double km = metres / 1000;
        return km == Math.rint(km) ? Long.toString((long) km) : Double.toString(km);
    }

    /** A violation: its severity as a word, so it reads without colour, and its sentence. */
    private static final class ViolationCell extends ListCell<CheckViolation> {
        @Override
        protected void updateItem(CheckViolation violation, boolean empty) {
            super.updateItem(violation, empty);
            getStyleClass().removeAll("check-error", "check-warning");
            if (empty || violation == null) {
                setText(null);
                return;
            }
            boolean error = violation.severity() == Severity.ERROR;
            getStyleClass().add(error ? "check-error" : "check-warning");
            setText((error ? "Error: " : "Warning: ") + violation.message());
        }
    }
}
