package org.hubmap.ui;

/** What the main window's menus and keys can ask of it beyond the view-model: dialogs, clipboard, closing. */
interface WindowActions {
    void openLayouts();

    void saveLayout();

    void saveLayoutAs();

    /** Closes the selected layout, asking first when it has unsaved changes. */
    void closeLayout();

    /** Pastes copied features, telling the user when the clipboard holds none. */
    void paste();

    void exit();

    void copyPosition();

    /** Asks for a typed position to centre the map on, or to place a hub or depot at. */
    void goToPosition();

    void copyPositionAsMgrs();

    /** Opens the export dialog for a briefing sheet of the map. */
    void exportMap();

    /** Puts a picture of the map as it is shown, at twice its resolution, on the clipboard. */
    void copyMapImage();

    void showShortcuts();

    void showAbout();
}
