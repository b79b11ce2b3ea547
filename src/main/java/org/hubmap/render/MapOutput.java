package org.hubmap.render;

/** What a map is drawn into, which decides what may be pasted from images and whether names stay text. */
public enum MapOutput {
    /**
     * A screen image that starts with every pixel transparent, as a new or cleared one: the first layer may
     * replace pixels instead of blending over them, and a view may be drawn in two bands on two threads.
     */
    CLEARED_IMAGE,
    /** An image over what is already drawn there, such as the basemap of a PNG sheet. */
    IMAGE,
    /** A vector document (PDF, SVG): names and codes are written as text, not as glyph outlines. */
    VECTOR;

    /** Whether names are written as text that a reader of the document can select and search. */
    boolean textAsText() {
        return this == VECTOR;
    }
}
