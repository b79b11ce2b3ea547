package org.hubmap.render;

/** Something the map names: a basemap place or a layout feature, anchored at a point in world pixels at zoom 0. */
interface LabelSubject {
    /** x of the anchor in world pixels at zoom 0. */
    double worldX();

    /** y of the anchor in world pixels at zoom 0. */
    double worldY();
}
