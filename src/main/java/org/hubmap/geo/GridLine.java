package org.hubmap.geo;

import java.util.List;

/**
 * One grid line of an MGRS grid, or the part of it that an extent shows: a line of constant easting or of constant
 * northing of one UTM zone, clipped to the zone's longitudes and to the extent.
 *
 * @param zone the UTM zone, 1..60
 * @param axis which coordinate is constant along the line
 * @param valueMetres the easting (500,000 on the central meridian) or northing (from the equator) in metres, a whole
 *     multiple of the grid's spacing
 * @param label the text printed beside the line, as {@link MgrsGrid} describes
 * @param vertices the line in longitude/latitude degrees, at least two: eastings from south to north, northings from
 *     west to east; drawn straight between vertices in Web Mercator they stay within the tolerance of
 *     {@link MgrsGrid#of}
 */
public record GridLine(int zone, Axis axis, double valueMetres, String label, List<GeoPosition> vertices) {
    /** The coordinate that a grid line keeps constant. */
    public enum Axis {
        /** A line of constant easting, running roughly north to south. */
        EASTING,
        /** A line of constant northing, running roughly east to west. */
        NORTHING
    }

    public GridLine {
        vertices = List.copyOf(vertices);
        if (vertices.size() < 2) {
            throw new IllegalArgumentException("a grid line needs two vertices at least: " + vertices);
        }
    }
}
