package org.hubmap.ui.edit;

import javafx.scene.paint.Color;

/** The symbology's colours, which are Java2D's, for JavaFX drawing. */
public final class FxColours {
    private FxColours() {
    }

    public static Color of(java.awt.Color colour) {
        return Color.rgb(colour.getRed(), colour.getGreen(), colour.getBlue(), colour.getAlpha() / 255.0);
    }
}
