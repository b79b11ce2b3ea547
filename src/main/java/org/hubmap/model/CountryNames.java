package org.hubmap.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The nations a feature's {@code nation} may name: ISO 3166-1 alpha-3 codes with their English country names, taken
 * from the JDK's locale data so that the list needs no upkeep here.
 */
public final class CountryNames {
    private static final Map<String, String> BY_CODE = load();

    private CountryNames() {
    }

    /** Every code with its English name, in code order. */
    public static Map<String, String> all() {
        return BY_CODE;
    }

    /** The English name of the country with this alpha-3 code (in capitals), if it is one. */
    public static Optional<String> englishName(String alpha3) {
        return Optional.ofNullable(BY_CODE.get(alpha3));
    }

    private static Map<String, String> load() {
        Map<String, String> names = new TreeMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            names.putIfAbsent(country.getISO3Country(), country.getDisplayCountry(Locale.ENGLISH));
        }
        return java.util.Collections.unmodifiableMap(names);
    }
}
