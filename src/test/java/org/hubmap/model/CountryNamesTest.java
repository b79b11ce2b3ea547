package org.hubmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountryNamesTest {
    @Test
    void namesCountriesByTheirThreeLetterCode() {
        assertEquals(Optional.of("United Kingdom"), CountryNames.englishName("GBR"));
        assertEquals(Optional.of("Ukraine"), CountryNames.englishName("UKR"));
        assertEquals(Optional.empty(), CountryNames.englishName("XYZ"));
    }

    @Test
    void listsEveryCountryInCodeOrder() {
        assertTrue(CountryNames.all().size() > 240);
        assertEquals("ABW", CountryNames.all().keySet().iterator().next());
    }
}
