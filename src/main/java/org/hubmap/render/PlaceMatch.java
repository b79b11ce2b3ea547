package org.hubmap.render;

/**
 * A basemap place found by {@link PlaceSearch}, as a list of choices shows it and a map jumps to it.
 *
 * @param name the place's name in the language the query matched: Ukrainian for a query in Cyrillic, English for
 *     one in Latin letters (also when it matched a former or transliterated spelling, such as Kharkov)
 * @param otherName the name in the other language; equal to {@code name} where the data has only one
 * @param kind what the place is, as a short word: "capital", "oblast centre" (a regional centre abroad is a
 *     "regional centre"), "town", "oblast", "country", "sea" or "lake" (reservoirs, lagoons and estuaries too)
 * @param country the English name of the country the place is in, "Ukraine" for Ukraine's places; empty for a
 *     country itself, for the seas, and for a lake that lies in no one country
 * @param lonDegrees longitude of the settlement, or of an area's label point, in degrees east (WGS84)
 * @param latDegrees latitude of the same point in degrees north
 * @param rank how the query matched the name; results come best rank first
 */
public record PlaceMatch(String name, String otherName, String kind, String country, double lonDegrees,
        double latDegrees, Rank rank) {

    /** How well a query matches a name, best first. Matching ignores case, diacritics and apostrophes. */
    public enum Rank {
        /** The query is the whole name: "Kharkiv" for Kharkiv. */
        WHOLE_NAME,
        /** The name starts with the query: "Zapor" for Zaporizhzhia. */
        NAME_START,
        /** A later word of the name starts with the query: "Tserkva" for Bila Tserkva. */
        WORD_START,
        /** The query is found inside a word of the name: "rkiv" for Kharkiv. */
        INSIDE_NAME;

        /**
         * How {@code query} matches {@code name}, both in one of {@link SearchText}'s forms with words separated by
         * single spaces; null if it does not occur in the name.
         */
        static Rank of(String name, String query) {
            int at = name.indexOf(query);
            if (at < 0) {
                return null;
            }
            if (at == 0) {
                return name.length() == query.length() ? WHOLE_NAME : NAME_START;
            }
            for (; at >= 0; at = name.indexOf(query, at + 1)) {
                if (name.charAt(at - 1) == ' ') {
                    return WORD_START;
                }
            }
            return INSIDE_NAME;
        }
    }
}
