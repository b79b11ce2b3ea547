package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hubmap.document.Selection;
import org.hubmap.io.LayoutReader;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.model.edit.ReplaceFeatures;
import org.hubmap.ui.edit.OpenedLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The feature table over the sample layout: 10 hubs, 10 depots and 8 zones. */
@ExtendWith(ApplicationExtension.class)
class FeatureTableTest {
    private final ObjectProperty<OpenedLayout> active = new SimpleObjectProperty<>();
    private final List<LayoutFeature> centred = new ArrayList<>();
    private final List<LayoutFeature> zoomed = new ArrayList<>();
    private OpenedLayout opened;
    private TableView<FeatureRow> table;

    @Start
    @SuppressWarnings("unchecked")
    void start(Stage stage) throws Exception {
        opened = new OpenedLayout(Path.of("sample-layout.geojson"),
                LayoutReader.read(Path.of("maps/sample-layout.geojson")));
        active.set(opened);
        FeatureTable features = new FeatureTable(active, centred::add, zoomed::add);
        table = (TableView<FeatureRow>) features.lookup(".table-view");
        Scene scene = new Scene(features, 1000, 600);
        scene.getStylesheets().add(FeatureTable.class.getResource("/org/hubmap/ui/hubmap.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyFeatureIsListedInLayoutOrder(FxRobot robot) {
        assertEquals(28, table.getItems().size());
        assertEquals(opened.layout().features(), table.getItems().stream().map(FeatureRow::feature).toList());
        assertEquals(List.of("Kind", "Name", "Nation", "Status", "Capacity", "Id"),
                table.getColumns().stream().map(column -> column.getText()).toList());
        assertEquals("28 of 28 features", robot.lookup("#feature-count").queryAs(Label.class).getText());
        robot.lookup("Hub Kyiv North").query();
    }

    @Test
    void filterTextMatchesNameIdNotesAndNationIgnoringCase(FxRobot robot) {
        robot.clickOn("#feature-filter-text").write("ODESA");
        assertShown(f -> f.name().toLowerCase().contains("odesa") || f.id().toString().contains("odesa"));
        assertTrue(table.getItems().size() >= 1);

        UserSteps.typeOver(robot, "#feature-filter-text", "maritime");
        assertShown(f -> "hub-odesa".equals(f.id()));
        UserSteps.typeOver(robot, "#feature-filter-text", "depot-");
        assertShown(f -> f.kind() == FeatureKind.DEPOT);
        UserSteps.typeOver(robot, "#feature-filter-text", "gbr");
        assertShown(f -> f.nation().equals("GBR"));
        assertEquals(table.getItems().size() + " of 28 features",
                robot.lookup("#feature-count").queryAs(Label.class).getText());

        UserSteps.typeOver(robot, "#feature-filter-text", "");
        assertEquals(28, table.getItems().size());
    }

    @Test
    void kindNationAndStatusChoicesNarrowTheList(FxRobot robot) {
        UserSteps.choose(robot, "#feature-filter-kind", "depot");
        assertShown(f -> f.kind() == FeatureKind.DEPOT);
        assertEquals(10, table.getItems().size());

        UserSteps.choose(robot, "#feature-filter-nation", "POL");
        assertShown(f -> f.kind() == FeatureKind.DEPOT && f.nation().equals("POL"));

        UserSteps.choose(robot, "#feature-filter-kind", "all");
        UserSteps.choose(robot, "#feature-filter-nation", "all");
        UserSteps.choose(robot, "#feature-filter-status", "planned");
        assertShown(f -> f.status().equals("planned"));

        UserSteps.choose(robot, "#feature-filter-kind", "monitoring-zone");
        assertShown(f -> f.status().equals("planned") && f.kind() == FeatureKind.MONITORING_ZONE);
    }

    @Test
    void theChoicesAreTheNationsAndStatusesTheLayoutHolds() {
        for (String id : List.of("#feature-filter-kind", "#feature-filter-nation", "#feature-filter-status")) {
            assertEquals("all", ((ComboBox<?>) table.getScene().lookup(id)).getValue(), id);
        }
        List<String> nations = opened.layout().features().stream().map(LayoutFeature::nation).distinct().sorted()
                .toList();
        assertEquals(nations, comboItems("#feature-filter-nation").subList(1, nations.size() + 1));
        assertEquals("all", comboItems("#feature-filter-nation").get(0));
        assertEquals(List.of("all", "hub", "depot", "monitoring-zone", "other"), comboItems("#feature-filter-kind"));
        assertTrue(comboItems("#feature-filter-status").containsAll(List.of("all", "planned", "active")));
    }

    @Test
    void clickingAHeaderSortsByThatColumn(FxRobot robot) {
        robot.clickOn("#column-name");
        List<String> names = table.getItems().stream().map(row -> row.feature().name()).toList();
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names);

        robot.clickOn("#column-name");
        names = table.getItems().stream().map(row -> row.feature().name()).toList();
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER.reversed()).toList(), names);

        robot.clickOn("#column-capacity");
        List<BigDecimal> capacities = table.getItems().stream().map(FeatureRow::capacity)
                .filter(JsonNumber.class::isInstance).map(c -> ((JsonNumber) c).decimalValue()).toList();
        assertEquals(capacities.stream().sorted().toList(), capacities, "capacities sort as numbers");
        assertTrue(capacities.size() >= 2);
        assertEquals(JsonNumber.class, table.getItems().get(0).capacity().getClass(), "features without one last");
    }

    @Test
    void selectingRowsSelectsTheirFeaturesAndCentresTheMapOnTheLatest(FxRobot robot) {
        robot.clickOn("Hub Lviv");
        assertArrayEquals(new int[] {1}, opened.selectedIndexes());
        assertEquals(List.of(feature(1)), centred);

        robot.press(KeyCode.CONTROL).clickOn("Hub Kyiv North").release(KeyCode.CONTROL);
        assertArrayEquals(new int[] {0, 1}, opened.selectedIndexes());
        assertEquals(List.of(feature(1), feature(0)), centred);

        robot.press(KeyCode.CONTROL).clickOn("Hub Kyiv North").release(KeyCode.CONTROL);
        assertArrayEquals(new int[] {1}, opened.selectedIndexes());
        assertEquals(2, centred.size(), "taking a row out of the selection leaves the map where it is");
    }

    @Test
    void doubleClickingARowZoomsToItsFeature(FxRobot robot) {
        UserSteps.doubleClickRow(robot, "Hub Lviv");
        assertEquals(List.of(feature(1)), zoomed);
    }

    @Test
    void featuresSelectedElsewhereAreSelectedInTheTable(FxRobot robot) {
        robot.clickOn("#column-name");
        robot.interact(() -> opened.selectIndexes(3, 25));

        assertEquals(List.of(feature(3), feature(25)), selectedFeatures());
        assertArrayEquals(new int[] {3, 25}, opened.selectedIndexes());
        assertEquals(List.of(), centred, "a selection made elsewhere does not move the map");

        robot.interact(() -> opened.select(Selection.none()));
        assertEquals(List.of(), selectedFeatures());
    }

    @Test
    void filteringHidesRowsButKeepsTheirFeaturesSelected(FxRobot robot) {
        robot.clickOn("Hub Lviv");
        UserSteps.choose(robot, "#feature-filter-kind", "depot");
        assertEquals(List.of(), selectedFeatures());
        assertArrayEquals(new int[] {1}, opened.selectedIndexes());

        UserSteps.choose(robot, "#feature-filter-kind", "all");
        assertEquals(List.of(feature(1)), selectedFeatures());
    }

    @Test
    void anEditShowsInTheTableAndKeepsTheSelection(FxRobot robot) {
        robot.clickOn("#column-name");
        robot.clickOn("Hub Lviv");
        robot.interact(() -> {
            ReplaceFeatures rename = ReplaceFeatures.of("Rename", opened.layout(),
                    Map.of(1, feature(1).withProperty("name", "Hub Lviv West")));
            opened.execute(rename, opened.selection().following(rename.changes()));
        });

        robot.lookup("Hub Lviv West").query();
        assertEquals(List.of(feature(1)), selectedFeatures());
        robot.interact(opened::undo);
        robot.lookup("Hub Lviv").query();
        assertEquals(List.of(feature(1)), selectedFeatures());
    }

    @Test
    void theTableFollowsTheActiveLayout(FxRobot robot) {
        robot.interact(() -> active.set(new OpenedLayout(null, new Layout("empty", List.of()))));
        assertEquals(0, table.getItems().size());
        assertEquals("No features in the active layout.", ((Label) table.getPlaceholder()).getText());

        robot.interact(() -> active.set(null));
        assertEquals(0, table.getItems().size());
        robot.interact(() -> active.set(opened));
        assertEquals(28, table.getItems().size());
    }

    /**
     * A hundred thousand features are listed, filtered once typing pauses, sorted and selected. The time allowed is
     * far more than this takes; it is there to catch work that grows with the square of the features, which would
     * take minutes.
     */
    @Test
    void aHundredThousandFeaturesStayUsable(FxRobot robot) throws Exception {
        List<LayoutFeature> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(new LayoutFeature("depot-" + i, Map.of("kind", "depot", "name", String.format("Depot %05d", i),
                    "nation", i % 2 == 0 ? "POL" : "GBR", "status", "active"), null));
        }
        OpenedLayout large = new OpenedLayout(null, new Layout("large", many));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            robot.interact(() -> active.set(large));
            assertEquals(100_000, table.getItems().size());

            robot.clickOn("#feature-filter-text").write("depot 0999");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 10);
            UserSteps.typeOver(robot, "#feature-filter-text", "");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 100_000);

            robot.clickOn("#column-name").clickOn("#column-name");
            assertEquals("Depot 99999", table.getItems().get(0).feature().name());
            robot.interact(() -> large.selectIndexes(54_321));
            assertEquals(List.of(54_321), table.getSelectionModel().getSelectedItems().stream()
                    .map(FeatureRow::index).toList());
            robot.interact(() -> {
                ReplaceFeatures rename = ReplaceFeatures.of("Rename", large.layout(),
                        Map.of(54_321, many.get(54_321).withProperty("name", "Depot renamed")));
                large.execute(rename, large.selection().following(rename.changes()));
            });
            assertEquals("Depot renamed", table.getSelectionModel().getSelectedItem().feature().name());
        });
    }

    private void assertShown(Predicate<LayoutFeature> expected) {
        WaitForAsyncUtils.waitForFxEvents();
        List<LayoutFeature> wanted = opened.layout().features().stream().filter(expected).toList();
        List<LayoutFeature> listed = table.getItems().stream().map(FeatureRow::feature)
                .sorted(Comparator.comparingInt(opened.layout().features()::indexOf)).toList();
        assertEquals(wanted, listed);
    }

    private List<LayoutFeature> selectedFeatures() {
        WaitForAsyncUtils.waitForFxEvents();
        return table.getSelectionModel().getSelectedItems().stream().map(FeatureRow::feature)
                .sorted(Comparator.comparingInt(opened.layout().features()::indexOf)).toList();
    }

    private LayoutFeature feature(int index) {
        return opened.layout().features().get(index);
    }

    private List<String> comboItems(String id) {
        return List.copyOf(((ComboBox<?>) table.getScene().lookup(id)).getItems().stream()
                .map(String::valueOf).toList());
    }
}
