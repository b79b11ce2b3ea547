package org.hubmap.ui;

import java.util.Locale;
import javafx.beans.binding.BooleanBinding;
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
import org.hubmap.ui.map.MapPane;

/** The main window's menus. Every item here does something; nothing is shown that cannot be done yet. */
final class MainMenuBar {
    private MainMenuBar() {
    }

    static MenuBar create(MainViewModel model, MapPane map, WindowActions actions) {
        MenuBar bar = new MenuBar(fileMenu(model, actions), editMenu(model, actions), viewMenu(model, map),
                helpMenu(actions));
        bar.setUseSystemMenuBar(true);
        for (Menu menu : bar.getMenus()) {
            menu.setId("menu-" + menu.getText().toLowerCase(Locale.ROOT));
        }
        return bar;
    }

    private static Menu fileMenu(MainViewModel model, WindowActions actions) {
        BooleanBinding noLayout = model.selectedLayoutProperty().isNull();
        MenuItem saveAs = item("Save Layout As…", shortcut(KeyCode.S, KeyCombination.SHIFT_DOWN),
                e -> actions.saveLayoutAs());
        saveAs.disableProperty().bind(noLayout);
        MenuItem close = item("Close Layout", shortcut(KeyCode.W), e -> model.closeSelected());
        close.disableProperty().bind(noLayout);
        return menu("File",
                item("Open…", shortcut(KeyCode.O), e -> actions.openLayouts()),
                saveAs,
                close,
                new SeparatorMenuItem(),
                item("Exit", shortcut(KeyCode.Q), e -> actions.exit()));
    }

    private static Menu editMenu(MainViewModel model, WindowActions actions) {
        BooleanBinding noPosition = model.shownPositionProperty().isNull();
        MenuItem copy = item("Copy Position", shortcut(KeyCode.C), e -> actions.copyPosition());
        copy.disableProperty().bind(noPosition);
        MenuItem copyMgrs = item("Copy Position as MGRS", shortcut(KeyCode.C, KeyCombination.SHIFT_DOWN),
                e -> actions.copyPositionAsMgrs());
        copyMgrs.disableProperty().bind(noPosition);
        return menu("Edit", copy, copyMgrs);
    }

    private static Menu viewMenu(MainViewModel model, MapPane map) {
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

        view.getItems().addAll(new SeparatorMenuItem(), language, new SeparatorMenuItem(),
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
