package org.hubmap.geo;

/**
 * The lettering of MGRS's 100 km squares on WGS84 (the "AA" scheme). Columns are lettered from A to Z, leaving out
 * I and O, eight to a zone and starting again every third zone; rows are lettered A to V, leaving out I and O,
 * repeating every 2,000 km of northing, and in even zones offset by five letters.
 */
final class MgrsSquares {
    /** The edge of a square in metres. */
    static final double SQUARE_METRES = 100_000;

    private static final String[] COLUMN_LETTERS = {"ABCDEFGH", "JKLMNPQR", "STUVWXYZ"};
    private static final String[] ROW_LETTERS = {"ABCDEFGHJKLMNPQRSTUV", "FGHJKLMNPQRSTUVABCDE"};
    private static final double ROW_CYCLE_METRES = ROW_LETTERS[0].length() * SQUARE_METRES;

    /** For each band, south to north, the south edge of the lowest row of squares it reaches, in metres. */
    private static final double[] LOWEST_SQUARE_NORTHINGS = lowestSquareNorthings();

    private MgrsSquares() {
    }

    private static double[] lowestSquareNorthings() {
        double[] northings = new double[LatitudeBands.LETTERS.length()];
        for (int i = 0; i < northings.length; i++) {
            char band = LatitudeBands.LETTERS.charAt(i);
            double bandSouthNorthing = TransverseMercator.forward(0, LatitudeBands.southDegrees(band))[1]
                    + (LatitudeBands.isNorthern(band) ? 0 : UtmCoordinate.SOUTHERN_FALSE_NORTHING_METRES);
            northings[i] = Math.floor(bandSouthNorthing / SQUARE_METRES) * SQUARE_METRES;
        }
        return northings;
    }

    /** The column letters of a zone, west to east, for eastings 100 km to 900 km. */
    static String columnLetters(int zone) {
        return COLUMN_LETTERS[(zone - 1) % 3];
    }

    /** The column letter of an easting within 100..900 km in a zone. */
    static char columnLetter(int zone, double eastingMetres) {
        return columnLetters(zone).charAt((int) Math.floor(eastingMetres / SQUARE_METRES) - 1);
    }

    /** The row letter of a northing in a zone. */
    static char rowLetter(int zone, double northingMetres) {
        return ROW_LETTERS[(zone - 1) % 2].charAt((int) Math.floor(northingMetres / SQUARE_METRES) % 20);
    }

    /** Whether {@code letter} (upper case) letters a row in some zone. */
    static boolean isRowLetter(char letter) {
        return ROW_LETTERS[0].indexOf(letter) >= 0;
    }

    /** The easting in metres of the west edge of a column of a zone; the letter must be one of the zone's. */
    static double westEastingMetres(int zone, char column) {
        return (columnLetters(zone).indexOf(column) + 1) * SQUARE_METRES;
    }

    /**
     * The northing in metres of the south edge of the square of a row letter that lies in a band. Row letters repeat
     * every 2,000 km and a band spans less than that, so the band picks one: the first at or north of the southern
     * edge of the band, taken on the central meridian where the band's northings are least.
     */
    static double southNorthingMetres(int zone, char band, char row) {
        double lowest = LOWEST_SQUARE_NORTHINGS[LatitudeBands.LETTERS.indexOf(band)];
        double northing = ROW_LETTERS[(zone - 1) % 2].indexOf(row) * SQUARE_METRES;
        while (northing < lowest) {
            northing += ROW_CYCLE_METRES;
        }
        return northing;
    }
}
