package org.hubmap.ui;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The middle of the main window: the map above the feature table, split so that the user can drag the table
 * taller, or down out of sight. The table starts about {@link #TABLE_HEIGHT} pixels high, and the map takes what
 * the window gains or loses.
 */
final class MapAndFeatures extends SplitPane {
    /** The feature table's height when the window opens, in pixels: room for about six rows. */
    static final double TABLE_HEIGHT = 200;

    MapAndFeatures(Region map, Region table) {
        super(map, table);
        getStyleClass().add("map-and-features");
        setOrientation(Orientation.VERTICAL);
        table.setMinHeight(0);
        SplitPane.setResizableWithParent(table, false);
        // A divider's position is a fraction of the height, so it can only be placed once there is a height.
        heightProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable height) {
                if (getHeight() > TABLE_HEIGHT) {
                    setDividerPositions(1 - TABLE_HEIGHT / getHeight());
                    heightProperty().removeListener(this);
                }
            }
        });
    }
}
