/**
 * The layout: hubs, depots, monitoring zones and any other features of a GeoJSON layout file, with their
 * properties and JTS geometries in longitude/latitude degrees (WGS84). Plain Java and JTS only.
 */
package org.hubmap.model;
