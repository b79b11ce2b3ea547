package org.hubmap.sheet;

import java.awt.Color;
import java.awt.Font;

/**
 * One line of a sheet's own text, where the sheet painter sets it: the banners' marking, the title, subtitle,
 * date-time group and scale. A slide makes its text boxes from the same lines, so that they stand where the
 * picture of the sheet would have them.
 *
 * @param text what the line says; may be blank
 * @param font its font, sized in map pixels
 * @param colour its colour
 * @param left the left end of its room, in map pixels from the sheet's left edge
 * @param width the width of its room, in map pixels; the text is set smaller or cut short to keep within it
 * @param baseline its baseline, in map pixels from the sheet's top edge
 * @param align where in its room it stands
 */
public record TextLine(String text, Font font, Color colour, double left, double width, double baseline,
        Align align) {
    /** Where a line stands in its room. */
    public enum Align { LEFT, CENTRE, RIGHT }

    /** The x the text is aligned to: its room's left end, middle or right end. */
    double anchorX() {
        return switch (align) {
            case LEFT -> left;
            case CENTRE -> left + width / 2;
            case RIGHT -> left + width;
        };
    }
}
