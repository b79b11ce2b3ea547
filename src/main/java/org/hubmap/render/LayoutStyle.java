package org.hubmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.hubmap.model.FeatureKind;

/** How layout features look on the map and in exports: every colour, stroke and font of features is here. */
final class LayoutStyle {
    /** NATO friendly-force blue. */
    static final Color FRIENDLY_FRAME = new Color(0x00, 0x4c, 0x99);
    static final Color FRIENDLY_FILL = new Color(0x80, 0xe0, 0xff);
    static final Color ZONE_STROKE = new Color(0x7a, 0x1f, 0xa2);
    static final Color ZONE_FILL = new Color(0x7a, 0x1f, 0xa2, 0x38);
    static final Color OTHER_STROKE = new Color(0x55, 0x55, 0x55);
    static final Color LABEL_TEXT = new Color(0x10, 0x10, 0x10);
    static final Color LABEL_HALO = new Color(255, 255, 255, 220);

    static final BasicStroke ZONE_BOUNDARY = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {10f, 5f}, 0f);
    static final BasicStroke SYMBOL_FRAME = new BasicStroke(2f);
    static final BasicStroke LABEL_HALO_STROKE = new BasicStroke(3f, BasicStroke.CAP_ROUND,
            BasicStroke.JOIN_ROUND);

    static final Font LABEL_FONT = new Font("DejaVu Sans", Font.BOLD, 12);
    static final Font GLYPH_FONT = new Font("DejaVu Sans", Font.BOLD, 11);

    /** Edge of a point symbol's frame in pixels. */
    static final int SYMBOL_SIZE = 18;

    private LayoutStyle() {
    }

    /** The letter inside a point symbol's frame. */
    static String glyph(FeatureKind kind) {
        return switch (kind) {
            case HUB -> "H";
            case DEPOT -> "D";
            default -> "";
        };
    }
}
