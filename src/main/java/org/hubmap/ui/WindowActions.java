package org.hubmap.ui;

import java.nio.file.Path;

/** What the main window's menus and keys can ask of it beyond the view-model: dialogs, clipboard, closing. */
interface WindowActions {
    void openLayouts();

    /** Asks where a shared store is and which of its layouts to open as a layer. */
    void openFromDatabase();

    /** Opens a file File ▸ Open Recent lists; one that is gone is taken off the list, with a message. */
    void openRecent(Path file);

    /** Asks for files of any format HubMap reads and adds each as a new layer not yet saved. */
    void importLayers();

    /** Writes the selected layer to a file in the format its extension names, and reports what it left out. */
    void exportLayer();

    void saveLayout();

    /** Saves every layer with unsaved changes to its own file, asking where for new ones. */
    void saveAllLayouts();

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
