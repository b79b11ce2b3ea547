/**
 * Geodesy and coordinates on WGS84: positions ({@code GeoPosition}); reading positions that people type in
 * degrees, DMS, MGRS or UTM ({@code PositionParser}) and writing them in each of those forms
 * ({@code PositionFormat}, {@code MgrsFormat}), on a UTM grid computed exactly by Krüger's series; geodesic
 * distances, areas and circles with GeographicLib; Web Mercator projection and slippy-map tile arithmetic, and
 * ground resolution for scale bars. Longitude always comes before latitude, in degrees, except in text for people.
 * Nothing here draws, reads files or knows about the user interface.
 */
package org.hubmap.geo;
