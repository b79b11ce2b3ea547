/**
 * Reading and writing files: GeoJSON read as a token stream into JTS geometries, layout documents. Faults in a file
 * are reported as exceptions whose message reads {@code FILE:LINE:COL: what is wrong}.
 */
package org.hubmap.io;
