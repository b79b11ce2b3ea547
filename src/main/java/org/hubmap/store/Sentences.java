package org.hubmap.store;

import java.util.List;

/** Lists of things in a sentence. */
final class Sentences {
    /** How many are named before the rest are counted. */
    private static final int NAMED = 5;

    private Sentences() {
    }

    /** "a", "a and b", "a, b and c", or the first few and how many more. */
    static String listed(List<String> items) {
        List<String> named = items.size() > NAMED ? items.subList(0, NAMED) : items;
        String more = items.size() > NAMED ? " and " + (items.size() - NAMED) + " more" : "";
        if (named.size() == 1) {
            return named.get(0) + more;
        }
        String head = String.join("; ", named.subList(0, named.size() - 1));
        return more.isEmpty() ? head + "; and " + named.get(named.size() - 1) : head + "; " + named.get(named.size()
                - 1) + more;
    }
}
