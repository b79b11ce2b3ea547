package org.hubmap.sheet;

import java.util.Locale;
import java.util.Optional;

/** Paper sizes a sheet can be printed on, in millimetres, portrait (the shorter side first). */
public enum Paper {
    A4(210, 297),
    A3(297, 420),
    A2(420, 594),
    LETTER(215.9, 279.4);

    private final double shortMillimetres;
    private final double longMillimetres;

    Paper(double shortMillimetres, double longMillimetres) {
        this.shortMillimetres = shortMillimetres;
        this.longMillimetres = longMillimetres;
    }

    public double shortMillimetres() {
        return shortMillimetres;
    }

    public double longMillimetres() {
        return longMillimetres;
    }

    /** The paper named {@code name}, in any case ("a4", "Letter"). */
    public static Optional<Paper> named(String name) {
        for (Paper paper : values()) {
            if (paper.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(paper);
            }
        }
        return Optional.empty();
    }

    /** The name as users write it: "A4", "Letter". */
    public String displayName() {
        return this == LETTER ? "Letter" : name();
    }
}
