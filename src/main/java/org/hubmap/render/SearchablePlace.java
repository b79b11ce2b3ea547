package org.hubmap.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubmap.geo.WebMercator;

/**
 * One basemap place as {@link PlaceSearch} sees it: every spelling it answers to, each in {@link SearchText}'s
 * plain and loose forms and tagged with its language, and the facts a match shows. Immutable and thread-safe.
 *
 * <p>A place answers to its English and Ukrainian names. A place in Ukraine also answers to its Ukrainian name in
 * the national transliteration, which finds Oleshky though the data's English name is still Tsyurupynsk, and to
 * the {@link PlaceAliases other spellings} of its names. A place the data names only in Latin letters answers a
 * Cyrillic query read in that transliteration, so that Торецьк finds Toretsk.
 */
final class SearchablePlace {
    private final MapPlace place;
    private final String country;
    private final String[] plainSpellings;
    private final String[] looseSpellings;
    private final boolean[] ukrainian;
    private final boolean namedOnlyInLatin;

    /** @param country the English name of the country the place is in, as {@link PlaceMatch#country()} says */
    SearchablePlace(MapPlace place, String country) {
        this.place = place;
        this.country = country;
        Map<String, Boolean> spellings = new LinkedHashMap<>();
        spellings.put(SearchText.plain(place.nameEnglish()), false);
        namedOnlyInLatin = !SearchText.isCyrillic(place.nameUkrainian());
        spellings.putIfAbsent(SearchText.plain(place.nameUkrainian()), !namedOnlyInLatin);
        if (inUkraine()) {
            if (!namedOnlyInLatin) {
                spellings.putIfAbsent(SearchText.plain(SearchText.romanised(place.nameUkrainian())), false);
            }
            for (Map.Entry<String, Boolean> name : List.copyOf(spellings.entrySet())) {
                for (String other : PlaceAliases.of(name.getKey())) {
                    spellings.putIfAbsent(other, name.getValue());
                }
            }
        }
        spellings.remove("");
        List<String> plain = new ArrayList<>(spellings.keySet());
        plainSpellings = plain.toArray(String[]::new);
        looseSpellings = plain.stream().map(SearchText::loose).toArray(String[]::new);
        ukrainian = new boolean[plain.size()];
        for (int i = 0; i < ukrainian.length; i++) {
            ukrainian[i] = spellings.get(plain.get(i));
        }
    }

    MapPlace place() {
        return place;
    }

    /** Whether the place is in Ukraine, which puts it ahead of places abroad that match as well. */
    boolean inUkraine() {
        return PlaceCountries.UKRAINE.equals(country);
    }

    /** How {@code query} finds this place, by the best rank among its spellings; null if it does not. */
    PlaceMatch match(Query query) {
        PlaceMatch.Rank best = null;
        boolean bestInUkrainian = false;
        for (int i = 0; i < plainSpellings.length; i++) {
            PlaceMatch.Rank rank = better(rank(plainSpellings[i], query.plain()),
                    rank(looseSpellings[i], query.loose()));
            if (namedOnlyInLatin) {
                rank = better(rank, better(rank(plainSpellings[i], query.romanisedPlain()),
                        rank(looseSpellings[i], query.romanisedLoose())));
            }
            if (rank != null && (best == null || rank.compareTo(best) < 0)) {
                best = rank;
                bestInUkrainian = ukrainian[i];
            }
        }
        if (best == null) {
            return null;
        }
        return new PlaceMatch(bestInUkrainian ? place.nameUkrainian() : place.nameEnglish(),
                bestInUkrainian ? place.nameEnglish() : place.nameUkrainian(), kindWord(), country,
                WebMercator.lonAtWorldX(place.worldX()), WebMercator.latAtWorldY(place.worldY()), best);
    }

    private String kindWord() {
        return switch (place.kind()) {
            case CAPITAL -> "capital";
            case REGIONAL_CENTRE -> inUkraine() ? "oblast centre" : "regional centre";
            case TOWN, SMALL_TOWN -> "town";
            case OBLAST -> "oblast";
            case COUNTRY -> "country";
            case SEA -> "sea";
            case LAKE -> "lake";
        };
    }

    private static PlaceMatch.Rank rank(String spelling, String query) {
        return query == null ? null : PlaceMatch.Rank.of(spelling, query);
    }

    private static PlaceMatch.Rank better(PlaceMatch.Rank a, PlaceMatch.Rank b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * A query in the forms it is compared in; a form is null where it would be empty, so that it matches nothing.
     *
     * @param plain the query in {@link SearchText#plain} form, never empty
     * @param loose the query in {@link SearchText#loose} form
     * @param romanisedPlain a Cyrillic query in the national transliteration, plain; null for a Latin query
     * @param romanisedLoose the same in loose form
     */
    record Query(String plain, String loose, String romanisedPlain, String romanisedLoose) {

        /** {@code text} ready for matching, or null if it has no letter or digit to match. */
        static Query of(String text) {
            String plain = SearchText.plain(text);
            if (plain.isEmpty()) {
                return null;
            }
            String romanised = SearchText.isCyrillic(plain) ? SearchText.plain(SearchText.romanised(text)) : "";
            return new Query(plain, orNull(SearchText.loose(plain)), orNull(romanised),
                    orNull(SearchText.loose(romanised)));
        }

        private static String orNull(String form) {
            return form.isEmpty() ? null : form;
        }
    }
}
