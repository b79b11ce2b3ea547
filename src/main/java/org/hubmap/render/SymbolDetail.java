package org.hubmap.render;

/** How much of each symbol a view shows, by how crowded it is; {@link Symbology} decides. */
enum SymbolDetail {
    /** Frame, glyph, condition bar, strike and nation code. */
    FULL,
    /** Everything but the nation code. */
    WITHOUT_NATION_CODES,
    /** A small square in the frame and fill colours on a grid, one per cell; see {@link Symbology}. */
    SIMPLE
}
