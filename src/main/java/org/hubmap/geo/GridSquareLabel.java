package org.hubmap.geo;

/**
 * The name of one 100 km MGRS square within one grid zone (zone and band), and where to write it: at the centre of
 * the part of the square that an extent shows. A square that a band edge cuts is two squares here, one in each band,
 * as MGRS names them.
 *
 * @param zone the UTM zone, 1..60
 * @param band the latitude band letter
 * @param column the column letter, from the square's easting
 * @param row the row letter, from the square's northing
 * @param position the centre of the square's shown part in longitude/latitude degrees, a point inside that part
 * @param visibleShare the share of the square's area (in grid metres) that the extent shows, within 0..1, as
 *     measured on 64 sample points
 */
public record GridSquareLabel(int zone, char band, char column, char row, GeoPosition position,
        double visibleShare) {
    /** The grid zone and square as written in a reference, such as {@code 36U UA}. */
    public String text() {
        return zone + "" + band + " " + column + row;
    }

    /**
     * Whether a position lies in this square of this grid zone, on the six-degree zones of {@link MgrsGrid} and the
     * exact transverse Mercator; north of the equator only.
     */
    public boolean holds(double lonDegrees, double latDegrees) {
        if (!(latDegrees >= 0 && latDegrees <= LatitudeBands.NORTH_LIMIT_DEGREES)
                || LatitudeBands.letterOf(latDegrees) != band) {
            return false;
        }
        double fromMeridian = lonDegrees - UtmCoordinate.centralMeridianDegrees(zone);
        if (!(fromMeridian >= -3 && fromMeridian <= 3)) {
            return false;
        }
        double[] xy = TransverseMercator.forward(fromMeridian, latDegrees);
        double easting = xy[0] + UtmCoordinate.FALSE_EASTING_METRES;
        int columnIndex = (int) Math.floor(easting / MgrsSquares.SQUARE_METRES) - 1;
        return MgrsSquares.columnLetters(zone).indexOf(column) == columnIndex
                && MgrsSquares.rowLetter(zone, xy[1]) == row;
    }
}
