/**
 * Comparing and merging layouts by feature identity, as when a colleague sends back an edited copy of a layout.
 * Features are paired by their GeoJSON {@code id}; features without one by kind, name and a position within 50 m
 * on the WGS84 ellipsoid. {@code LayoutDiff} says what was added, removed, moved (a geodesic distance), reshaped
 * and which properties changed; {@code LayoutMerge} merges a colleague's layout into one's own, two-way or
 * three-way against the version both started from, and gives the conflicts, the choices that settle them and one
 * undoable {@link org.hubmap.model.edit.EditCommand} that makes the merge. Plain Java, JTS and GeographicLib: no
 * files, no drawing, no user interface.
 */
package org.hubmap.compare;
