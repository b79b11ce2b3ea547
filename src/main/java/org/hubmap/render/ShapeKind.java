package org.hubmap.render;

/**
 * What a basemap area or line stands for, which decides how {@link BasemapStyle} draws it. Within a layer, shapes
 * are drawn in the order of this enum, so that for instance Ukraine's border lies over the borders it meets.
 */
enum ShapeKind {
    SEA,
    NEIGHBOUR_LAND,
    UKRAINE_LAND,
    LAKE,
    /** A river's course through a lake or reservoir, which joins the river up where the lake is too thin to see. */
    LAKE_CENTERLINE,
    /** Rivers of Natural Earth scale rank 8 and above: tributaries. */
    MINOR_RIVER,
    /** Rivers of scale rank 5 to 7. */
    RIVER,
    /** Rivers of scale rank 4 and below, such as the Dnipro and the Danube. */
    MAJOR_RIVER,
    OBLAST_BOUNDARY,
    STATE_BORDER,
    UKRAINE_BORDER
}
