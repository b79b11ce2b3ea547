package org.hubmap.ui;

import javafx.scene.shape.SVGPath;

/** The sign of a layout kept on a server rather than in a file: a database drum, drawn as a shape needing no font. */
final class SharedMark {
    private SharedMark() {
    }

    static SVGPath drum() {
        SVGPath drum = new SVGPath();
        drum.setContent("M1 3 A5 2 0 0 1 11 3 V11 A5 2 0 0 1 1 11 Z M1 3 A5 2 0 0 0 11 3 M1 7 A5 2 0 0 0 11 7");
        drum.getStyleClass().add("shared-mark");
        return drum;
    }
}
