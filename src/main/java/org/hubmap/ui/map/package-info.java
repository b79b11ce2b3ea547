/**
 * The map view: Gluon's {@code MapView} fed with tiles from our own offline basemap renderer, wrapped in
 * {@link org.hubmap.ui.map.MapPane}, which exposes the map's centre, zoom and pointer position as observable state
 * and draws opened layouts above the tiles.
 *
 * <p>Gluon Maps chooses its tile source once per JVM through {@code ServiceLoader}; our
 * {@link org.hubmap.ui.map.OfflineTileRetriever} is registered there so that the map never asks a tile server.
 * Tiles and overlays are drawn with Java2D on background threads; only finished pixels reach the FX thread.
 */
package org.hubmap.ui.map;
