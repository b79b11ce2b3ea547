package org.hubmap.ui;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
import org.hubmap.document.LayoutDifferences;
import org.hubmap.io.LayoutFormat;
import org.hubmap.ui.edit.OpenedLayout;
import org.hubmap.ui.window.ScreenFit;

/** The main window's dialogs: problems, file choosers and About. */
final class Dialogs implements ProblemReporter {
    private static final String ATTRIBUTION_RESOURCE = "/basemap/ATTRIBUTION.txt";
    private static final FileChooser.ExtensionFilter LAYOUT_FILES =
            new FileChooser.ExtensionFilter("GeoJSON layouts (*.geojson, *.json)", "*.geojson", "*.json");
    private static final FileChooser.ExtensionFilter READABLE_FILES = filter("Layouts HubMap reads",
            List.of(LayoutFormat.values()));
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

    /**
     * Shows why a layout could not be saved, as {@link #report} does, with a button to save it elsewhere; the user
     * may also just close it. Nothing waits for the answer.
     */
    @Override
    public void offerSaveAs(String summary, List<String> messages, Runnable saveAs) {
        ButtonType elsewhere = new ButtonType("Save As…", ButtonBar.ButtonData.YES);
        Alert alert = problemAlert(Alert.AlertType.ERROR, summary, messages);
        alert.getButtonTypes().setAll(elsewhere, ButtonType.CANCEL);
        alert.setOnHidden(closed -> {
            if (alert.getResult() == elsewhere) {
                saveAs.run();
            }
        });
        alert.show();
    }

    private void show(Alert.AlertType type, String summary, List<String> messages) {
        problemAlert(type, summary, messages).show();
    }

    private Alert problemAlert(Alert.AlertType type, String summary, List<String> messages) {
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
        return alert;
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

    /** The layout files the user picked to open, in any format HubMap reads; empty if they cancelled. */
    List<Path> chooseLayoutsToOpen() {
        return chooseLayoutsToRead("Open Layouts");
    }

    /** The files the user picked to import as new layers; empty if they cancelled. */
    List<Path> chooseLayersToImport() {
        return chooseLayoutsToRead("Import Layers");
    }

    private List<Path> chooseLayoutsToRead(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(READABLE_FILES);
        for (LayoutFormat format : LayoutFormat.values()) {
            chooser.getExtensionFilters().add(filter(format.label(), List.of(format)));
        }
        chooser.getExtensionFilters().add(ALL_FILES);
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
        chooser.setInitialFileName(layout.file() == null ? withoutExtension(layout.fileName()) + ".geojson"
                : layout.fileName());
        startIn(chooser, layout.file() == null ? lastFolder : layout.file().toAbsolutePath().getParent());
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.toPath().getParent();
        return Optional.of(file.toPath());
    }

    /**
     * Where the user wants a copy of the layer in another format, chosen by the file's extension (the chosen
     * filter's when they typed none); empty if they cancelled.
     */
    Optional<Path> chooseExportTarget(OpenedLayout layout) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export Layer");
        List<LayoutFormat> writable = Arrays.stream(LayoutFormat.values()).filter(LayoutFormat::writable)
                .toList();
        for (LayoutFormat format : writable) {
            chooser.getExtensionFilters().add(filter(format.label(), List.of(format)));
        }
        chooser.setInitialFileName(withoutExtension(layout.fileName()) + ".kml");
        chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(writable.indexOf(LayoutFormat.KML)));
        startIn(chooser, layout.file() == null ? lastFolder : layout.file().toAbsolutePath().getParent());
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        Path target = file.toPath();
        lastFolder = target.getParent();
        FileChooser.ExtensionFilter chosen = chooser.getSelectedExtensionFilter();
        if (LayoutFormat.ofExtension(target).isEmpty() && chosen != null) {
            target = target.resolveSibling(target.getFileName() + chosen.getExtensions().get(0).substring(1));
        }
        return Optional.of(target);
    }

    /** What to do about saving over a file someone else changed since it was loaded. */
    enum OverwriteChoice { OVERWRITE, SAVE_AS, CANCEL }

    /**
     * Asks whether to save over the changes someone else made to the layout's file; with {@code removed}, whether
     * to save it again where someone else deleted it or moved it away.
     */
    OverwriteChoice askToOverwrite(String layoutName, boolean removed) {
        ButtonType overwrite = new ButtonType(removed ? "Save Again" : "Overwrite", ButtonBar.ButtonData.YES);
        ButtonType saveAs = new ButtonType("Save As…", ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.WARNING, removed ? "Someone deleted " + layoutName + " or moved it"
                + " away since it was loaded. Save Again puts it back there; Save As keeps it elsewhere."
                : "Someone else changed " + layoutName + " on disk since it was loaded. Overwrite loses their changes;"
                + " Save As keeps both.", overwrite, saveAs, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("HubMap");
        alert.setHeaderText(layoutName + (removed ? " was deleted on disk." : " changed on disk."));
        ScreenFit.keepOnScreen(alert);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == overwrite ? OverwriteChoice.OVERWRITE : answer == saveAs ? OverwriteChoice.SAVE_AS
                : OverwriteChoice.CANCEL;
    }

    /** What to do with local edits to a layout someone else changed on disk. Each choice is a button of the dialog. */
    enum OutsideChangeChoice { RELOAD, KEEP_MINE, COMPARE, MERGE }

    /**
     * Asks what to do about a layout changed on disk while it has edits here: read it again and lose the edits,
     * keep them (saving then asks before it overwrites), merge both versions, or compare first. Once compared,
     * {@code differences} lists the features that differ and Compare is no longer offered.
     */
    OutsideChangeChoice askAboutOutsideChange(String layoutName, Optional<LayoutDifferences> differences) {
        ButtonType reload = new ButtonType("Reload (lose mine)", ButtonBar.ButtonData.LEFT);
        ButtonType keep = new ButtonType("Keep Mine", ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType compare = new ButtonType("Compare…", ButtonBar.ButtonData.OTHER);
        ButtonType merge = new ButtonType("Merge…", ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.WARNING, null);
        alert.getButtonTypes().setAll(differences.isPresent() ? List.of(reload, merge, keep)
                : List.of(reload, compare, merge, keep));
        alert.initOwner(owner);
        alert.setTitle("HubMap");
        alert.setHeaderText(layoutName + " changed on disk, and you have edits not saved.");
        String text = "Reload reads the file again and loses your edits. Merge keeps your edits and takes the other"
                + " changes where they do not clash; where both changed the same thing, you choose. Keep Mine goes on"
                + " with your edits; saving them then asks before it overwrites the other changes.";
        if (differences.isPresent()) {
            List<String> lines = differences.get().isEmpty()
                    ? List.of("No feature differs; only the file's text does.") : differences.get().describe();
            TextArea list = new TextArea(String.join("\n", lines));
            list.setId("outside-differences");
            list.getStyleClass().add("problem-list");
            list.setEditable(false);
            list.setPrefRowCount(Math.min(MOST_ROWS - 6, Math.max(3, lines.size())));
            list.setPrefColumnCount(60);
            Label intro = new Label(lines.size() + (lines.size() == 1 ? " feature differs" : " features differ")
                    + " between your layout and the file on disk, by id:");
            Label after = new Label(text);
            after.setWrapText(true);
            alert.getDialogPane().setContent(new VBox(8, intro, list, after));
        } else {
            alert.setContentText(text + " Compare lists the features that differ.");
        }
        alert.setResizable(true);
        ScreenFit.keepOnScreen(alert);
        ButtonType answer = alert.showAndWait().orElse(keep);
        return answer == reload ? OutsideChangeChoice.RELOAD : answer == compare ? OutsideChangeChoice.COMPARE
                : answer == merge ? OutsideChangeChoice.MERGE : OutsideChangeChoice.KEEP_MINE;
    }

    /**
     * Says that a shared layout was not saved because others changed or removed the same features meanwhile, which
     * ones, and offers to merge their versions in; {@code merge} runs when the user chooses to. Nothing waits for
     * the answer.
     */
    void offerMergeOfStored(String layoutName, List<String> conflicts, Runnable merge) {
        ButtonType mergeButton = new ButtonType("Merge…", ButtonBar.ButtonData.YES);
        ButtonType keep = new ButtonType("Keep Mine", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, null, mergeButton, keep);
        alert.initOwner(owner);
        alert.setTitle("HubMap");
        alert.setHeaderText(layoutName + " was not saved: others changed " + (conflicts.size() == 1
                ? "a feature you changed" : conflicts.size() + " features you changed") + " meanwhile.");
        TextArea list = new TextArea(String.join("\n", conflicts));
        list.setId("save-conflicts");
        list.getStyleClass().add("problem-list");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(MOST_ROWS - 6, Math.max(2, wrappedLines(conflicts, COLUMNS))));
        list.setPrefColumnCount(COLUMNS);
        Label after = new Label("Merge takes their versions in where they do not clash with your edits; where both"
                + " changed the same thing, you choose. Save again once merged. Keep Mine leaves your edits"
                + " unsaved.");
        after.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(8, list, after));
        alert.setResizable(true);
        ScreenFit.keepOnScreen(alert);
        alert.setOnHidden(closed -> {
            if (alert.getResult() == mergeButton) {
                merge.run();
            }
        });
        alert.show();
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

    /** A chooser's filter of the files in {@code formats}, described with their extensions. */
    private static FileChooser.ExtensionFilter filter(String description, List<LayoutFormat> formats) {
        List<String> patterns = formats.stream().flatMap(format -> format.extensions().stream())
                .map(extension -> "*." + extension).toList();
        return new FileChooser.ExtensionFilter(description + " (" + String.join(", ", patterns) + ")", patterns);
    }

    /** A file's name less its extension, if it has one: {@code depots} of {@code depots.kml}. */
    static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The platform's chooser shows only the default file system, so a folder of another is not started in. */
    private static void startIn(FileChooser chooser, Path folder) {
        if (folder != null && folder.getFileSystem() == FileSystems.getDefault() && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
    }
}
