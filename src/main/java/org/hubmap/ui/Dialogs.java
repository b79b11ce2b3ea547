package org.hubmap.ui;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.hubmap.ui.edit.OpenedLayout;
import org.hubmap.ui.window.ScreenFit;

/** The main window's dialogs: problems, file choosers and About. */
final class Dialogs implements ProblemReporter {
    private static final String ATTRIBUTION_RESOURCE = "/basemap/ATTRIBUTION.txt";
    private static final FileChooser.ExtensionFilter LAYOUT_FILES =
            new FileChooser.ExtensionFilter("GeoJSON layouts (*.geojson, *.json)", "*.geojson", "*.json");
    private static final FileChooser.ExtensionFilter ALL_FILES = new FileChooser.ExtensionFilter("All files", "*");

    /** The width of a problem list in characters. */
    private static final int COLUMNS = 80;
    /** The most lines a problem list shows before it scrolls; the dialog still fits a 1280x800 screen. */
    private static final int MOST_ROWS = 22;

    private final Window owner;
    private Path lastFolder;

    Dialogs(Window owner) {
        this.owner = owner;
    }

    /** Shows the problems in an error dialog, one per line, in a box the user can select and copy from. */
    @Override
    public void report(String summary, List<String> messages) {
        show(Alert.AlertType.ERROR, summary, messages);
    }

    @Override
    public void warn(String summary, List<String> messages) {
        show(Alert.AlertType.WARNING, summary, messages);
    }

    private void show(Alert.AlertType type, String summary, List<String> messages) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle("HubMap");
        alert.setHeaderText(summary);
        TextArea text = new TextArea(String.join("\n", messages));
        text.getStyleClass().add("problem-list");
        text.setEditable(false);
        text.setWrapText(true);
        // Tall enough for every message as it wraps, up to what fits the screen; beyond that it scrolls.
        text.setPrefRowCount(Math.min(MOST_ROWS, Math.max(2, wrappedLines(messages, COLUMNS) + 1)));
        text.setPrefColumnCount(COLUMNS);
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        ScreenFit.keepOnScreen(alert);
        alert.show();
    }

    /** How many lines {@code messages} take when wrapped at {@code columns} characters. */
    static int wrappedLines(List<String> messages, int columns) {
        int lines = 0;
        for (String message : messages) {
            for (String line : message.split("\n", -1)) {
                lines += Math.max(1, (line.length() + columns - 1) / columns);
            }
        }
        return lines;
    }

    /** What to do with a layout's unsaved changes. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** Asks whether to save the changes to the named layout before it goes. */
    UnsavedChoice askToSave(String layoutName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes will be lost if you don't save them.",
                save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("HubMap");
        alert.setHeaderText("Save the changes to " + layoutName + "?");
        ScreenFit.keepOnScreen(alert);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    /** Asks whether to save a layout although some of its zones are invalid; true to save anyway. */
    boolean confirmSaveWithInvalidZones(String layoutName, List<String> problems) {
        ButtonType saveAnyway = new ButtonType("Save Anyway", ButtonBar.ButtonData.YES);
        Alert alert = new Alert(Alert.AlertType.WARNING, null, saveAnyway, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("HubMap");
        alert.setHeaderText(problems.size() == 1 ? "A zone of " + layoutName + " has an invalid outline."
                : problems.size() + " zones of " + layoutName + " have invalid outlines.");
        TextArea text = new TextArea(String.join("\n", problems)
                + "\n\nOther programs may refuse or misdraw such zones. Fix them, or save anyway to keep them so.");
        text.getStyleClass().add("problem-list");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(10, problems.size() + 3));
        text.setPrefColumnCount(60);
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        ScreenFit.keepOnScreen(alert);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == saveAnyway;
    }

    /** The layout files the user picked to open; empty if they cancelled. */
    List<Path> chooseLayoutsToOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open Layouts");
        chooser.getExtensionFilters().addAll(LAYOUT_FILES, ALL_FILES);
        startIn(chooser, lastFolder);
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        lastFolder = files.get(0).toPath().getParent();
        return files.stream().map(File::toPath).toList();
    }

    /** Where the user wants a copy of the layout's file; empty if they cancelled. */
    Optional<Path> chooseSaveTarget(OpenedLayout layout) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save Layout As");
        chooser.getExtensionFilters().addAll(LAYOUT_FILES, ALL_FILES);
        chooser.setInitialFileName(layout.file() == null ? layout.fileName() + ".geojson" : layout.fileName());
        startIn(chooser, layout.file() == null ? lastFolder : layout.file().toAbsolutePath().getParent());
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.toPath().getParent();
        return Optional.of(file.toPath());
    }

    void showShortcuts(List<KeyboardShortcuts.Shortcut> shortcuts) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard Shortcuts");
        dialog.setHeaderText("Keyboard and mouse shortcuts");
        // Two columns, menus and map, so the list fits a small screen; it scrolls should it still not.
        ScrollPane table = new ScrollPane(KeyboardShortcuts.table(shortcuts));
        table.setFitToWidth(true);
        table.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        table.getStyleClass().add("shortcut-scroll");
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        ScreenFit.keepOnScreen(dialog);
        dialog.show();
    }

    void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About HubMap");
        about.setHeaderText("HubMap " + AppVersion.current());
        Label text = new Label("""
                An offline map for planning hubs, depots and ceasefire-monitoring zones in Ukraine.

                Licence: GPL-3.0-or-later. HubMap comes with no warranty.

                Basemap data:
                  Natural Earth — public domain
                  GeoNames — CC BY 4.0

                Built with OpenJFX (GPL-2.0 with Classpath Exception), Gluon Maps (GPL-3.0),
                JTS Topology Suite (EPL-2.0 / EDL-1.0), NGA MGRS (MIT), Jackson (Apache-2.0)
                and picocli (Apache-2.0).""");
        text.setWrapText(true);
        VBox content = new VBox(text);
        content.getStyleClass().add("about-text");
        about.getDialogPane().setContent(content);
        bundledAttribution().ifPresent(details -> {
            TextArea area = new TextArea(details);
            area.setEditable(false);
            area.getStyleClass().add("attribution-details");
            area.setPrefRowCount(14);
            about.getDialogPane().setExpandableContent(area);
        });
        about.setResizable(true);
        ScreenFit.keepOnScreen(about);
        about.show();
    }

    private static Optional<String> bundledAttribution() {
        try (InputStream in = Dialogs.class.getResourceAsStream(ATTRIBUTION_RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void startIn(FileChooser chooser, Path folder) {
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
    }
}
