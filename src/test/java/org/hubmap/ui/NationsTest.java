package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NationsTest {
    @Test
    void everyIsoCountryHasAThreeLetterCodeAndAName() {
        assertTrue(Nations.all().size() > 240, "ISO 3166-1 has 249 countries");
        for (Nations.Nation nation : Nations.all()) {
            assertTrue(nation.code().matches("[A-Z]{3}"), nation.toString());
            assertTrue(!nation.name().isBlank(), nation.toString());
        }
        assertEquals("UKR — Ukraine", Nations.text("ukr"));
    }

    @Test
    void typedTextFindsTheBestMatchesFirst() {
        assertEquals("USA", Nations.matching("us").get(0).code(), "the code itself before names containing it");
        assertEquals("GBR", Nations.matching("united k").get(0).code());
        assertEquals(List.of("UKR"), Nations.matching("Ukraine").stream().map(Nations.Nation::code).toList());
        assertEquals(Nations.all().size(), Nations.matching(" ").size());
    }

    @Test
    void typedCodesNamesAndShownTextNameANation() {
        assertEquals(Optional.of("DEU"), Nations.codeOf(" deu "));
        assertEquals(Optional.of("DEU"), Nations.codeOf("germany"));
        assertEquals(Optional.of("DEU"), Nations.codeOf("DEU — Germany"));
        assertEquals(Optional.empty(), Nations.codeOf("Prussia"));
    }
}
