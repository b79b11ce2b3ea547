/**
 * Geodesy and coordinates: Web Mercator projection and slippy-map tile arithmetic, ground resolution for scale
 * bars, and military grid (MGRS) formatting. Longitude always comes before latitude, in degrees on WGS84.
 * Nothing here draws, reads files or knows about the user interface.
 */
package org.hubmap.geo;
