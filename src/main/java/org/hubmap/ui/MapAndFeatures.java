package org.hubmap.ui;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The middle of the main window: the map above the tabs of the feature table and the planning checks, split so
 * that the user can drag them taller, or down out of sight. They start about {@link #TABLE_HEIGHT} pixels high,
 * and the map takes what the window gains or loses.
 */
final class MapAndFeatures extends SplitPane {
    /** The height below the map when the window opens, in pixels: a tab header, filters and about six rows. */
    static final double TABLE_HEIGHT = 240;

    private boolean dividerPlaced;

    MapAndFeatures(Region map, Region table) {
        super(map, table);
        getStyleClass().add("map-and-features");
        setOrientation(Orientation.VERTICAL);
        table.setMinHeight(0);
        SplitPane.setResizableWithParent(table, false);
    }

    /**
     * Places the divider in the first layout that has room for the table. A divider's position is a share of the
     * height, so it cannot be placed before; placing it here rather than after the layout spares the map a
     * second size, and a second drawing of the layouts over it.
     */
    @Override
    protected void layoutChildren() {
        if (!dividerPlaced && getHeight() > TABLE_HEIGHT) {
            setDividerPositions(1 - TABLE_HEIGHT / getHeight());
            dividerPlaced = true;
        }
        super.layoutChildren();
    }
}
