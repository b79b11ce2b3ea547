package org.hubmap.render;

/** The language of place names on the basemap. */
public enum LabelLanguage {
    ENGLISH("English"),
    UKRAINIAN("Українська");

    private final String displayName;

    LabelLanguage(String displayName) {
        this.displayName = displayName;
    }

    /** The language's own name, as shown in the View menu. */
    public String displayName() {
        return displayName;
    }
}
