package org.hubmap.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.hubmap.geo.GeoBounds;
import org.hubmap.render.BasemapLayer;
import org.hubmap.render.LabelLanguage;
import org.hubmap.ui.edit.EditActions;
import org.hubmap.ui.edit.MapEditor;
import org.hubmap.ui.edit.MapTool;
import org.hubmap.ui.edit.OpenedLayout;
import org.hubmap.ui.map.MapPane;

/** The main window's menus. Every item here does something; nothing is shown that cannot be done yet. */
final class MainMenuBar {
    /** The longest folder Open Recent shows in full. */
    private static final int LONGEST_FOLDER = 48;

    private MainMenuBar() {
    }

    static MenuBar create(MainViewModel model, MapPane map, WindowActions actions, EditActions edits,
            MapEditor editor) {
        MenuBar bar = new MenuBar(fileMenu(model, actions), editMenu(model, actions, edits, editor),
                viewMenu(model, map, actions), toolsMenu(editor), helpMenu(actions));
        bar.setUseSystemMenuBar(true);
        for (Menu menu : bar.getMenus()) {
            menu.setId("menu-" + menu.getText().toLowerCase(Locale.ROOT));
        }
        return bar;
    }

    private static Menu fileMenu(MainViewModel model, WindowActions actions) {
        BooleanBinding noLayout = model.selectedLayoutProperty().isNull();
        MenuItem save = item("Save Layout", shortcut(KeyCode.S), e -> actions.saveLayout());
        save.disableProperty().bind(noLayout);
        MenuItem saveAs = item("Save Layout As…", shortcut(KeyCode.S, KeyCombination.SHIFT_DOWN),
                e -> actions.saveLayoutAs());
        saveAs.disableProperty().bind(noLayout);
        MenuItem saveAll = item("Save All", shortcut(KeyCode.S, KeyCombination.ALT_DOWN),
                e -> actions.saveAllLayouts());
        saveAll.setId("file-save-all");
        saveAll.disableProperty().bind(Bindings.createBooleanBinding(() -> model.unsavedLayouts().isEmpty(),
                model.layouts()));
        MenuItem close = item("Close Layout", shortcut(KeyCode.W), e -> actions.closeLayout());
        close.disableProperty().bind(noLayout);
        MenuItem importLayers = item("Import Layer…", shortcut(KeyCode.I), e -> actions.importLayers());
        importLayers.setId("file-import-layer");
        MenuItem exportLayer = item("Export Layer…", shortcut(KeyCode.E, KeyCombination.SHIFT_DOWN),
                e -> actions.exportLayer());
        exportLayer.setId("file-export-layer");
        exportLayer.disableProperty().bind(noLayout);
        MenuItem export = item("Export Map…", shortcut(KeyCode.E), e -> actions.exportMap());
        export.setId("file-export-map");
        return menu("File",
                item("New Layout", shortcut(KeyCode.N), e -> model.newLayout()),
                item("Open…", shortcut(KeyCode.O), e -> actions.openLayouts()),
                openFromDatabase(actions),
                recentMenu(model.recentFiles(), actions),
                save,
                saveAs,
                saveAll,
                close,
                new SeparatorMenuItem(),
                importLayers,
                exportLayer,
                export,
                new SeparatorMenuItem(),
                item("Exit", shortcut(KeyCode.Q), e -> actions.exit()));
    }

    private static MenuItem openFromDatabase(WindowActions actions) {
        MenuItem item = item("Open from Database…", shortcut(KeyCode.O, KeyCombination.SHIFT_DOWN),
                e -> actions.openFromDatabase());
        item.setId("file-open-database");
        return item;
    }

    /**
     * File ▸ Open Recent: the files opened or saved last, newest first, each with its folder; one no longer there
     * is greyed and says so. Made again each time it opens, so that it tells what is on disk now.
     */
    private static Menu recentMenu(RecentFiles recent, WindowActions actions) {
        Menu menu = menu("Open Recent");
        menu.setId("file-open-recent");
        Runnable fill = () -> {
            menu.getItems().clear();
            for (Path file : recent.files()) {
                boolean there = Files.isRegularFile(file);
                MenuItem entry = new MenuItem(file.getFileName() + "  —  " + shortened(file.getParent())
                        + (there ? "" : "  (not found)"));
                entry.setMnemonicParsing(false);
                entry.setDisable(!there);
                entry.getStyleClass().add("recent-file");
                entry.setOnAction(e -> actions.openRecent(file));
                menu.getItems().add(entry);
            }
            if (recent.files().isEmpty()) {
                MenuItem none = new MenuItem("No recent files");
                none.setDisable(true);
                menu.getItems().add(none);
            }
            MenuItem clear = item("Clear Recent", null, e -> recent.clear());
            clear.setId("file-clear-recent");
            clear.setDisable(recent.files().isEmpty());
            menu.getItems().addAll(new SeparatorMenuItem(), clear);
        };
        fill.run();
        recent.files().addListener((ListChangeListener<Path>) change -> fill.run());
        menu.setOnShowing(e -> fill.run());
        return menu;
    }

    /** A folder's path of at most {@value #LONGEST_FOLDER} characters, its middle left out when longer. */
    static String shortened(Path folder) {
        String text = folder == null ? "" : folder.toString();
        if (text.length() <= LONGEST_FOLDER) {
            return text;
        }
        int half = (LONGEST_FOLDER - 1) / 2;
        return text.substring(0, half) + "…" + text.substring(text.length() - half);
    }

    private static Menu editMenu(MainViewModel model, WindowActions actions, EditActions edits, MapEditor editor) {
        MenuItem undo = item("Undo", shortcut(KeyCode.Z), e -> edits.undo());
        MenuItem redo = item("Redo", shortcut(KeyCode.Z, KeyCombination.SHIFT_DOWN), e -> edits.redo());
        undo.setId("edit-undo");
        redo.setId("edit-redo");
        Runnable updateUndo = () -> {
            OpenedLayout layout = model.selectedLayoutProperty().get();
            undo.setText(layout == null ? "Undo" : layout.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
            redo.setText(layout == null ? "Redo" : layout.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
            undo.setDisable(layout == null || !layout.canUndo());
            redo.setDisable(layout == null || !layout.canRedo());
        };
        model.layouts().addListener((javafx.collections.ListChangeListener<OpenedLayout>) c -> updateUndo.run());
        model.selectedLayoutProperty().addListener((o, before, now) -> updateUndo.run());
        updateUndo.run();

        BooleanBinding nothingSelected = javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            OpenedLayout layout = model.selectedLayoutProperty().get();
            return layout == null || layout.selectionProperty().get().isEmpty();
        }, model.selectedLayoutProperty(), model.layouts());
        MenuItem copy = item("Copy", shortcut(KeyCode.C), e -> edits.copy());
        copy.disableProperty().bind(nothingSelected);
        MenuItem paste = item("Paste", shortcut(KeyCode.V), e -> actions.paste());
        paste.disableProperty().bind(model.selectedLayoutProperty().isNull());
        MenuItem duplicate = item("Duplicate", shortcut(KeyCode.D), e -> edits.duplicate());
        duplicate.disableProperty().bind(nothingSelected);
        MenuItem delete = item("Delete", new KeyCodeCombination(KeyCode.DELETE), e -> edits.delete());
        delete.disableProperty().bind(nothingSelected);
        MenuItem selectAll = item("Select All", shortcut(KeyCode.A), e -> edits.selectAll());
        selectAll.disableProperty().bind(model.selectedLayoutProperty().isNull());

        BooleanBinding noPosition = model.shownPositionProperty().isNull();
        MenuItem copyPosition = item("Copy Position", shortcut(KeyCode.C, KeyCombination.SHIFT_DOWN),
                e -> actions.copyPosition());
        copyPosition.disableProperty().bind(noPosition);
        MenuItem copyMgrs = item("Copy Position as MGRS", shortcut(KeyCode.C, KeyCombination.ALT_DOWN),
                e -> actions.copyPositionAsMgrs());
        copyMgrs.disableProperty().bind(noPosition);
        MenuItem copyMap = item("Copy Map Image", shortcut(KeyCode.M, KeyCombination.SHIFT_DOWN),
                e -> actions.copyMapImage());
        copyMap.setId("edit-copy-map-image");
        CheckMenuItem snap = new CheckMenuItem("Snap to Corners and Points");
        snap.setId("edit-snap");
        snap.selectedProperty().bindBidirectional(editor.snappingProperty());
        return menu("Edit", undo, redo, new SeparatorMenuItem(), copy, paste, duplicate, delete, selectAll,
                new SeparatorMenuItem(), copyPosition, copyMgrs, copyMap, new SeparatorMenuItem(), snap);
    }

    private static Menu toolsMenu(MapEditor editor) {
        Menu tools = menu("Tools");
        ToggleGroup group = new ToggleGroup();
        for (MapTool tool : MapTool.values()) {
            // The letter is no accelerator: it picks the tool only while the map has the keyboard, not in fields.
            RadioMenuItem choice = new RadioMenuItem(tool.label() + "   (" + tool.key().getName() + ")");
            choice.setId("menu-tool-" + tool.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            choice.setUserData(tool);
            choice.setToggleGroup(group);
            choice.setSelected(editor.toolProperty().get() == tool);
            choice.setOnAction(e -> editor.toolProperty().set(tool));
            tools.getItems().add(choice);
        }
        editor.toolProperty().addListener((o, before, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(group::selectToggle));
        return tools;
    }

    private static Menu viewMenu(MainViewModel model, MapPane map, WindowActions actions) {
        Menu view = menu("View");
        for (BasemapLayer layer : BasemapLayer.values()) {
            CheckMenuItem visible = new CheckMenuItem(layer.displayName());
            visible.setId("view-layer-" + layer.name());
            visible.selectedProperty().bindBidirectional(model.basemap().layerVisibleProperty(layer));
            view.getItems().add(visible);
        }

        Menu language = menu("Label Language");
        ToggleGroup languages = new ToggleGroup();
        for (LabelLanguage each : LabelLanguage.values()) {
            RadioMenuItem choice = new RadioMenuItem(each.displayName());
            choice.setUserData(each);
            choice.setToggleGroup(languages);
            language.getItems().add(choice);
        }
        LanguageToggles.bind(languages, model.basemap().languageProperty());

        CheckMenuItem grid = new CheckMenuItem("MGRS Grid");
        grid.setId("view-mgrs-grid");
        grid.setAccelerator(shortcut(KeyCode.G, KeyCombination.SHIFT_DOWN));
        grid.selectedProperty().bindBidirectional(model.basemap().mgrsGridProperty());

        view.getItems().addAll(new SeparatorMenuItem(), language, grid, new SeparatorMenuItem(),
                item("Go to Position…", shortcut(KeyCode.G), e -> actions.goToPosition()),
                item("Zoom In", new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHIFT_ANY), e -> map.zoomIn()),
                item("Zoom Out", new KeyCodeCombination(KeyCode.MINUS), e -> map.zoomOut()),
                item("Zoom to Ukraine", shortcut(KeyCode.DIGIT0), e -> map.zoomTo(GeoBounds.UKRAINE)));
        return view;
    }

    private static Menu helpMenu(WindowActions actions) {
        return menu("Help",
                item("Keyboard Shortcuts", new KeyCodeCombination(KeyCode.F1), e -> actions.showShortcuts()),
                item("About HubMap", null, e -> actions.showAbout()));
    }

    private static Menu menu(String text, MenuItem... items) {
        return new Menu(text, null, items);
    }

    private static MenuItem item(String text, KeyCombination accelerator, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(accelerator);
        item.setOnAction(action);
        return item;
    }

    private static KeyCombination shortcut(KeyCode key, KeyCombination.Modifier... more) {
        KeyCombination.Modifier[] modifiers = new KeyCombination.Modifier[more.length + 1];
        modifiers[0] = KeyCombination.SHORTCUT_DOWN;
        System.arraycopy(more, 0, modifiers, 1, more.length);
        return new KeyCodeCombination(key, modifiers);
    }
}
