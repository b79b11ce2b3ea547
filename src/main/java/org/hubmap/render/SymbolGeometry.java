package org.hubmap.render;

/**
 * Where the parts of a point symbol go, in screen pixels relative to the symbol's centre: the frame (or the bare
 * glyph), the condition bar under it, and the nation code under those. Shared by drawing and label placement so
 * that a label never covers any part of a symbol.
 *
 * @param halfWidth half the frame's width
 * @param halfHeight half the frame's height
 * @param barBottom y of the condition bar's lower edge; equal to {@code halfHeight} when there is none
 * @param nationBaseline y of the nation code's baseline, or NaN when the feature has no nation
 * @param nationHalfWidth half the nation code's width
 */
record SymbolGeometry(double halfWidth, double halfHeight, double barBottom, double nationBaseline,
        double nationHalfWidth) {
    static final double BAR_HEIGHT_PIXELS = 4;
    private static final double NATION_ASCENT_PIXELS = 7;
    private static final double NATION_DESCENT_PIXELS = 1;

    static SymbolGeometry of(PointSymbolStyle style, String nation) {
        double halfWidth = style.widthPixels() / 2;
        double halfHeight = style.heightPixels() / 2;
        double frameEdge = halfHeight + style.frameWidthPixels() / 2;
        double barBottom = style.conditionBar().isPresent() ? frameEdge + 1 + BAR_HEIGHT_PIXELS : frameEdge;
        if (nation.isBlank() || !style.framed()) {
            return new SymbolGeometry(halfWidth, halfHeight, barBottom, Double.NaN, 0);
        }
        double textWidth = NationCode.width(nation);
        return new SymbolGeometry(halfWidth, halfHeight, barBottom,
                barBottom + Symbology.SYMBOL_GAP_PIXELS + NATION_ASCENT_PIXELS, textWidth / 2);
    }

    /** The whole symbol's extent, frame line and nation code included. */
    PixelBox box() {
        double frameHalfWidth = halfWidth + 1;
        double bottom = Double.isNaN(nationBaseline) ? barBottom : nationBaseline + NATION_DESCENT_PIXELS;
        double half = Math.max(frameHalfWidth, nationHalfWidth);
        return new PixelBox(-half, -halfHeight - 1, half, bottom);
    }
}
