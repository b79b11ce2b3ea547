package org.hubmap.ui;

import java.util.Locale;
import org.hubmap.model.FeatureKind;

/**
 * Which features the feature table shows: those whose name, id, notes or nation contain the text, ignoring case,
 * and that are of the kind, nation and status chosen, each of which may be {@link #ALL}. The kind {@code other}
 * stands for every kind HubMap does not know, and for none.
 */
record FeatureFilter(String text, String kind, String nation, String status) {
    /** The choice that lets every kind, nation or status through. */
    static final String ALL = "all";
    /** The kind that stands for features of no kind HubMap knows. */
    static final String OTHER_KIND = "other";
    static final FeatureFilter NONE = new FeatureFilter("", ALL, ALL, ALL);

    FeatureFilter {
        text = text.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether this filter lets every feature through. */
    boolean showsAll() {
        return text.isEmpty() && ALL.equals(kind) && ALL.equals(nation) && ALL.equals(status);
    }

    boolean test(FeatureRow row) {
        return (ALL.equals(kind) || kind.equals(kindOf(row)))
                && (ALL.equals(nation) || nation.equals(row.feature().nation()))
                && (ALL.equals(status) || status.equals(row.feature().status()))
                && (text.isEmpty() || row.searchText().contains(text));
    }

    private static String kindOf(FeatureRow row) {
        FeatureKind kind = row.feature().kind();
        return kind == FeatureKind.OTHER ? OTHER_KIND : kind.code();
    }
}
