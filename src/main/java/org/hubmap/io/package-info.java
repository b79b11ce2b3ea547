/**
 * Reading and writing files: GeoJSON layouts (RFC 7946) and the GeoJSON layers of the offline basemap. Readers
 * stream with Jackson's parser and report bad input as {@code FILE:LINE:COL: what is wrong}.
 */
package org.hubmap.io;
