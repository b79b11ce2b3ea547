package org.hubmap.render;

/**
 * The colours a layout's symbols may be marked with, so that layouts from different files (a French one, a British
 * one) are told apart on the map: the Okabe–Ito palette, which stays apart under the common colour-vision
 * deficiencies, in the order new layouts are given them. {@link Symbology#accentColour} says what each looks like.
 */
public enum LayerAccent {
    ORANGE("Orange"),
    BLUISH_GREEN("Bluish green"),
    REDDISH_PURPLE("Reddish purple"),
    VERMILLION("Vermillion"),
    SKY_BLUE("Sky blue"),
    YELLOW("Yellow"),
    BLUE("Blue"),
    BLACK("Black");

    private final String displayName;

    LayerAccent(String displayName) {
        this.displayName = displayName;
    }

    /** What users call the colour, such as "Bluish green". */
    public String displayName() {
        return displayName;
    }
}
