package org.hubmap.ui;

/** What the main window's menus and keys can ask of it beyond the view-model: dialogs, clipboard, closing. */
interface WindowActions {
    void openLayouts();

    void saveLayoutAs();

    void exit();

    void copyPosition();

    void copyPositionAsMgrs();

    void showShortcuts();

    void showAbout();
}
