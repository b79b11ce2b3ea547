package org.hubmap.render;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * How one pass of a pen draws a line: colour, width and dash pattern in screen pixels. Butt caps and round joins,
 * so that lines cut at tile edges continue seamlessly in the next tile. Immutable.
 */
public final class LineStyle {
    private final Color color;
    private final float widthPixels;
    private final float[] dashPixels;

    /** @param dashPixels alternating dash and gap lengths in pixels; none for a solid line */
    public LineStyle(Color color, float widthPixels, float... dashPixels) {
        this.color = color;
        this.widthPixels = widthPixels;
        this.dashPixels = dashPixels.clone();
    }

    public Color color() {
        return color;
    }

    public float widthPixels() {
        return widthPixels;
    }

    /**
     * The stroke for drawing in units of {@code pixelsPerUnit} screen pixels, such as world pixels at zoom 0 drawn
     * at a higher zoom. Dashes start from each line's first vertex, wherever the tile is.
     */
    /** Alternating dash and gap lengths in pixels; empty for a solid line. */
    public float[] dashPixels() {
        return dashPixels.clone();
    }

    /** This line in another colour and width, keeping its dashes. */
    LineStyle with(Color newColor, float newWidthPixels) {
        return new LineStyle(newColor, newWidthPixels, dashPixels);
    }

    BasicStroke stroke(double pixelsPerUnit) {
        float unitsPerPixel = (float) (1 / pixelsPerUnit);
        if (dashPixels.length == 0) {
            return new BasicStroke(widthPixels * unitsPerPixel, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        }
        float[] dash = new float[dashPixels.length];
        for (int i = 0; i < dash.length; i++) {
            dash[i] = dashPixels[i] * unitsPerPixel;
        }
        return new BasicStroke(widthPixels * unitsPerPixel, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                dash, 0f);
    }
}
