/**
 * Java2D rendering: the offline basemap of Ukraine and its neighbours ({@link org.hubmap.render.Basemap}, drawn by
 * {@link org.hubmap.render.BasemapTileRenderer} as Web Mercator tiles or onto any {@code Graphics2D}, cached by
 * {@link org.hubmap.render.TileCache}), and the layout's features over it. All colours, lines and fonts of the
 * basemap come from {@link org.hubmap.render.BasemapStyle}. Basemap geometry is kept in world pixels at zoom 0
 * (a 256-pixel world), simplified per zoom and indexed per layer; place names are placed once per zoom for the
 * whole map so that they never overlap and never break at tile edges. The layouts' features
 * ({@link org.hubmap.render.FeatureMarks}) are indexed in an STRtree for culling and for picking them with the mouse
 * ({@link org.hubmap.render.FeatureHit}), and a view crowded with them shows simpler looks, as
 * {@link org.hubmap.render.Symbology} says. {@link org.hubmap.render.MapPainter} draws the whole map of one
 * {@link org.hubmap.render.MapViewport} (basemap, MGRS grid, layouts and names) for the screen's overlay and for
 * every sheet; all text is set in {@link org.hubmap.render.MapFonts}. Nothing here uses JavaFX.
 */
package org.hubmap.render;
