/**
 * Reading and writing files: GeoJSON layouts (RFC 7946, also bare Geometries, lone Features and RFC 8142 text
 * sequences) and the GeoJSON layers of the offline basemap, streamed with Jackson's parser; colleagues' formats
 * (KML and KMZ through the JDK's StAX with DTDs refused, CSV points, GeoPackage through NGA's library) behind one
 * entry point, {@link org.hubmap.io.LayoutFormats}, chosen by extension and first bytes. Bad input is reported as
 * {@code FILE:LINE:COL: what is wrong}; what a format cannot keep, as warnings or a write report.
 */
package org.hubmap.io;
