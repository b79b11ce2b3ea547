package org.hubmap.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;

/**
 * Finds a layout's features by name (or id), as place names are found: case, diacritics, apostrophes and the marks
 * between words do not matter, and common variant spellings agree ({@link SearchText#loose}).
 */
public final class FeatureSearch {
    private FeatureSearch() {
    }

    /** A feature whose name matched, with how well. */
    public record Found(LayoutFeature feature, PlaceMatch.Rank rank) {
    }

    /**
     * The features of {@code layout} whose name or id matches {@code query}, best rank first and in layout order
     * within a rank; at most {@code limit}.
     */
    public static List<Found> find(Layout layout, String query, int limit) {
        Objects.requireNonNull(query, "query");
        String plain = SearchText.plain(query);
        if (plain.isEmpty() || limit <= 0) {
            return List.of();
        }
        String loose = SearchText.loose(plain);
        List<Found> found = new ArrayList<>();
        for (LayoutFeature feature : layout.features()) {
            PlaceMatch.Rank rank = best(rank(feature.name(), plain, loose), rank(feature.id() == null ? null : feature.id().toString(), plain, loose));
            if (rank != null) {
                found.add(new Found(feature, rank));
            }
        }
        found.sort(Comparator.comparing(Found::rank));
        return List.copyOf(found.subList(0, Math.min(limit, found.size())));
    }

    private static PlaceMatch.Rank rank(String text, String plain, String loose) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String name = SearchText.plain(text);
        return best(PlaceMatch.Rank.of(name, plain), PlaceMatch.Rank.of(SearchText.loose(name), loose));
    }

    private static PlaceMatch.Rank best(PlaceMatch.Rank a, PlaceMatch.Rank b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }
}
