package org.hubmap.render;

/** The basemap's layers, in drawing order from bottom to top, each of which the user can switch on or off. */
public enum BasemapLayer {
    SEA("Sea"),
    COUNTRIES("Countries"),
    LAKES("Lakes and reservoirs"),
    RIVERS("Rivers"),
    OBLAST_BOUNDARIES("Oblast boundaries"),
    BORDERS("State borders"),
    CITIES("Cities"),
    PLACE_LABELS("Place names");

    private final String displayName;

    BasemapLayer(String displayName) {
        this.displayName = displayName;
    }

    /** The name shown to users in menus and the layers panel. */
    public String displayName() {
        return displayName;
    }
}
