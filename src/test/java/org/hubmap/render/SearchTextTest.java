package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void plainTextIsLowerCaseWithoutDiacriticsApostrophesOrExtraSpaces() {
        assertEquals("bila tserkva", SearchText.plain("  Bila   TSERKVA "));
        assertEquals("ivano frankivsk", SearchText.plain("Ivano-Frankivsk"));
        assertEquals("lodz", SearchText.plain("Łódź"));
        assertEquals("targu mures", SearchText.plain("Târgu-Mureş"));
        assertEquals("kakhovka reservoir drained 2023", SearchText.plain("Kakhovka Reservoir (drained 2023)"));
        assertEquals("", SearchText.plain(" - ' "));
        for (String kamianske : List.of("Кам'янське", "Кам’янське", "Камʼянське", "Камянське")) {
            assertEquals("камянське", SearchText.plain(kamianske), kamianske);
        }
        assertEquals("киів", SearchText.plain("Київ"), "ї loses its diaeresis as any letter its accent");
    }

    @Test
    void aWordTypedInTwoScriptsIsReadInTheScriptOfMostOfItsLetters() {
        assertEquals(SearchText.plain("Київ"), SearchText.plain("Киiв"), "a Latin i in a Ukrainian word");
        assertEquals("kyiv", SearchText.plain("Kyїv"), "a Cyrillic ї in an English word");
        assertEquals("kyiv киів", SearchText.plain("Kyiv Київ"), "each word on its own");
    }

    @Test
    void looseTextFoldsSpellingsOfOneSound() {
        assertEquals(SearchText.loose("zaporizhzhia"), SearchText.loose("zaporizhia"));
        assertEquals(SearchText.loose("zaporizhzhia"), SearchText.loose("zaporizhzhya"));
        assertEquals(SearchText.loose("khmelnytskyi"), SearchText.loose("khmelnitsky"));
        assertEquals(SearchText.loose("odesa"), SearchText.loose("odessa"));
        assertEquals(SearchText.loose("черкаси"), SearchText.loose("черкассы"));
        assertEquals(SearchText.loose("хмельницькии"), SearchText.loose("хмельницкии"));
        assertEquals("shch", SearchText.loose("shch"), "щ is not a doubled digraph");
        assertTrue(SearchText.loose("zaporizhzhia").startsWith(SearchText.loose("zaporizh")));
    }

    @Test
    void ukrainianIsRomanisedByTheNationalTransliteration() {
        // Examples from the table of the Cabinet of Ministers resolution of 27 January 2010, No. 55.
        assertEquals("zghorany", SearchText.romanised("Згорани"));
        assertEquals("rozghon", SearchText.romanised("Розгон"));
        assertEquals("yenakiieve", SearchText.romanised("Єнакієве"));
        assertEquals("yizhakevych", SearchText.romanised("Їжакевич"));
        assertEquals("kadyivka", SearchText.romanised("Кадиївка"));
        assertEquals("yosypivka", SearchText.romanised("Йосипівка"));
        assertEquals("stryi", SearchText.romanised("Стрий"));
        assertEquals("yurii", SearchText.romanised("Юрій"));
        assertEquals("yahotyn", SearchText.romanised("Яготин"));
        assertEquals("kostiantyn", SearchText.romanised("Костянтин"));
        assertEquals("znamianka", SearchText.romanised("Знам'янка"));
        assertEquals("feodosiia", SearchText.romanised("Феодосія"));
        assertEquals("shcherbukhy", SearchText.romanised("Щербухи"));
        assertEquals("bila tserkva", SearchText.romanised("Біла Церква"));
        assertEquals("kharkivska oblast", SearchText.romanised("Харківська область"));
    }

    @Test
    void cyrillicIsRecognised() {
        assertTrue(SearchText.isCyrillic("Kyiv Київ"));
        assertFalse(SearchText.isCyrillic("Kyiv"));
    }

    @Test
    void ranksFollowWhereTheQueryStands() {
        assertEquals(PlaceMatch.Rank.WHOLE_NAME, PlaceMatch.Rank.of("kharkiv", "kharkiv"));
        assertEquals(PlaceMatch.Rank.NAME_START, PlaceMatch.Rank.of("kharkiv oblast", "kharkiv"));
        assertEquals(PlaceMatch.Rank.WORD_START, PlaceMatch.Rank.of("bila tserkva", "tser"));
        assertEquals(PlaceMatch.Rank.WORD_START, PlaceMatch.Rank.of("tsarychanka kamianka", "ka"),
                "a later match at a word");
        assertEquals(PlaceMatch.Rank.INSIDE_NAME, PlaceMatch.Rank.of("kharkiv", "rkiv"));
        assertNull(PlaceMatch.Rank.of("kharkiv", "kyiv"));
    }
}
