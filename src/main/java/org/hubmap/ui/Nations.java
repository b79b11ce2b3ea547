package org.hubmap.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hubmap.model.CountryNames;

/**
 * The nations a feature may name ({@link CountryNames}), as people see and type them: {@code GBR — United
 * Kingdom}.
 */
final class Nations {
    /** Between a code and its country's name in the text people see. */
    static final String SEPARATOR = " — ";

    private static final List<Nation> ALL = load();
    private static final Map<String, Nation> BY_CODE = new HashMap<>();

    static {
        for (Nation nation : ALL) {
            BY_CODE.put(nation.code(), nation);
        }
    }

    /** A nation: its ISO 3166-1 alpha-3 code and its English name. */
    record Nation(String code, String name) {
        /** The nation as people see it, such as {@code GBR — United Kingdom}. */
        String text() {
            return code + SEPARATOR + name;
        }
    }

    private Nations() {
    }

    /** Every nation, by code. */
    static List<Nation> all() {
        return ALL;
    }

    /** How a {@code nation} value is shown: a known code, in any case, with its name; anything else as it is. */
    static String text(String value) {
        Nation known = BY_CODE.get(value.strip().toUpperCase(Locale.ROOT));
        return known == null ? value : known.text();
    }

    /**
     * The nations whose shown text contains {@code typed}, ignoring case, best first: the code itself, then codes
     * and then names that start with it, then the rest, each group by code. Blank text matches every nation.
     */
    static List<Nation> matching(String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        List<Nation> found = new ArrayList<>();
        for (Nation nation : ALL) {
            if (nation.text().toLowerCase(Locale.ROOT).contains(wanted)) {
                found.add(nation);
            }
        }
        found.sort(Comparator.comparingInt((Nation nation) -> rank(nation, wanted)));
        return found;
    }

    /**
     * The code that typed text names: a code, a country's name or a nation as shown ({@code GBR — United
     * Kingdom}), ignoring case and the spaces around it; empty when it names no nation.
     */
    static Optional<String> codeOf(String typed) {
        String wanted = typed.strip();
        for (Nation nation : ALL) {
            if (nation.code().equalsIgnoreCase(wanted) || nation.name().equalsIgnoreCase(wanted)
                    || nation.text().equalsIgnoreCase(wanted)) {
                return Optional.of(nation.code());
            }
        }
        return Optional.empty();
    }

    private static int rank(Nation nation, String wanted) {
        String code = nation.code().toLowerCase(Locale.ROOT);
        if (code.equals(wanted)) {
            return 0;
        }
        if (code.startsWith(wanted)) {
            return 1;
        }
        return nation.name().toLowerCase(Locale.ROOT).startsWith(wanted) ? 2 : 3;
    }

    private static List<Nation> load() {
        List<Nation> nations = new ArrayList<>();
        CountryNames.all().forEach((code, name) -> nations.add(new Nation(code, name)));
        return List.copyOf(nations);
    }
}
