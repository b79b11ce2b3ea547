package org.hubmap.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds the basemap's places by name, in English or Ukrainian, for going to a place typed by name.
 *
 * <p>It searches what one would jump to on a map of Ukraine: every settlement (capitals, oblast and regional
 * centres, towns), Ukraine's oblasts and Crimea, the neighbouring countries, the Black Sea and the Sea of Azov,
 * and the named lakes, reservoirs, lagoons and estuaries, which mark the fronts and river lines. Kyiv and
 * Sevastopol are found as cities, as the basemap names them.
 *
 * <p>Matching ignores case, diacritics, apostrophes (' ’ ʼ alike) and the marks between words, and accepts the
 * spellings {@link SearchText#loose} folds together, the national transliteration of Ukrainian names and the
 * {@link PlaceAliases former and Russian-based spellings} (Kharkov, Kiev, Zaporozhye, Днепр). Results come by
 * {@link PlaceMatch.Rank}: whole name, start of the name, start of a later word, inside the name. Within a rank,
 * places in Ukraine come before places abroad, then kinds in the order of the map's labelling priority (capitals,
 * seas, countries, oblast centres, oblasts, towns, lakes), then larger population first.
 *
 * <p>Building the index reads every place's spellings and finds the country of each place abroad, which takes
 * some milliseconds (tens on first use), so build it once, off the JavaFX thread, and keep it; a query then scans
 * it in well under a millisecond. Immutable and thread-safe.
 */
public final class PlaceSearch {
    private static final Comparator<SearchablePlace> IMPORTANCE = Comparator
            .comparing((SearchablePlace p) -> !p.inUkraine())
            .thenComparing(p -> p.place().kind())
            .thenComparing(Comparator.comparingDouble((SearchablePlace p) -> p.place().population()).reversed())
            .thenComparing(p -> p.place().nameEnglish());

    /** Every place, in the order results of one rank are listed. */
    private final List<SearchablePlace> places;

    /** Indexes the settlements and named areas of {@code basemap}. */
    public PlaceSearch(Basemap basemap) {
        List<MapPlace> all = basemap.places();
        PlaceCountries countries = new PlaceCountries(basemap, all);
        List<SearchablePlace> indexed = new ArrayList<>(all.size());
        for (MapPlace place : all) {
            indexed.add(new SearchablePlace(place, country(place, countries)));
        }
        indexed.sort(IMPORTANCE);
        places = List.copyOf(indexed);
    }

    /**
     * The places whose names match {@code query}, best first, each once.
     *
     * @param query a name or the start of one, in Latin or Cyrillic letters; blank text finds nothing
     * @param limit the most results wanted, at least 0
     * @return at most {@code limit} matches; empty if nothing matches
     * @throws IllegalArgumentException if {@code limit} is negative
     */
    public List<PlaceMatch> find(String query, int limit) {
        Objects.requireNonNull(query, "query");
        if (limit < 0) {
            throw new IllegalArgumentException("the limit of results must be 0 or more: " + limit);
        }
        SearchablePlace.Query q = SearchablePlace.Query.of(query);
        if (q == null || limit == 0) {
            return List.of();
        }
        List<List<PlaceMatch>> byRank = new ArrayList<>();
        for (int i = 0; i < PlaceMatch.Rank.values().length; i++) {
            byRank.add(new ArrayList<>());
        }
        for (SearchablePlace place : places) {
            PlaceMatch match = place.match(q);
            if (match != null) {
                byRank.get(match.rank().ordinal()).add(match);
            }
        }
        List<PlaceMatch> found = new ArrayList<>(limit);
        for (List<PlaceMatch> matches : byRank) {
            for (PlaceMatch match : matches) {
                if (found.size() == limit) {
                    return List.copyOf(found);
                }
                found.add(match);
            }
        }
        return List.copyOf(found);
    }

    /**
     * The country a place is in. Settlements and oblasts know whether they are in Ukraine; a country and the seas
     * are in none; everything else is in the country whose outline holds its point.
     */
    private static String country(MapPlace place, PlaceCountries countries) {
        if (place.inUkraine()) {
            return PlaceCountries.UKRAINE;
        }
        return switch (place.kind()) {
            case COUNTRY, SEA -> "";
            default -> countries.countryAt(place.worldX(), place.worldY());
        };
    }
}
