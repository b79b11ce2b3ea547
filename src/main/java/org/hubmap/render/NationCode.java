package org.hubmap.render;

import java.util.Locale;

/** The three-letter nation code set under a symbol, as APP-6 places its country amplifier. */
final class NationCode {
    private static final BoundedMemo<String, LabelText> TEXTS = new BoundedMemo<>(512);

    private NationCode() {
    }

    /** The code's text, in capitals; {@code nation} must not be blank. */
    static LabelText text(String nation) {
        return TEXTS.get(nation.trim().toUpperCase(Locale.ROOT),
                code -> LabelText.beside(code, Symbology.NATION_FONT, Symbology.NATION_TEXT));
    }

    /** The code's width in pixels. */
    static double width(String nation) {
        return text(nation).bounds().width();
    }
}
