package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlaceSearchTest {
    private static PlaceSearch search;

    @BeforeAll
    static void indexTheBundledBasemap() {
        search = new PlaceSearch(TestBasemaps.bundled());
    }

    private static PlaceMatch first(String query) {
        List<PlaceMatch> found = search.find(query, 10);
        assertFalse(found.isEmpty(), "nothing found for " + query);
        return found.get(0);
    }

    private static void assertFirst(String englishName, String query) {
        PlaceMatch best = first(query);
        assertTrue(englishName.equals(best.name()) || englishName.equals(best.otherName()),
                query + " should find " + englishName + " first, found " + best);
    }

    @Test
    void kharkivIsFoundInEnglishUkrainianAndTheOldSpelling() {
        for (String query : List.of("Kharkiv", "Харків", "kharkov")) {
            PlaceMatch kharkiv = first(query);
            assertEquals(PlaceMatch.Rank.WHOLE_NAME, kharkiv.rank(), query);
            assertEquals("oblast centre", kharkiv.kind());
            assertEquals("Ukraine", kharkiv.country());
            assertEquals(36.23, kharkiv.lonDegrees(), 0.1, query);
            assertEquals(49.99, kharkiv.latDegrees(), 0.1, query);
        }
        assertEquals("Kharkiv", first("kharkov").name(), "a Latin query shows the English name");
        assertEquals("Харків", first("Харків").name(), "a Cyrillic query shows the Ukrainian name");
        assertEquals("Kharkiv", first("Харків").otherName());
    }

    @Test
    void kyivIsFoundHoweverItIsWritten() {
        for (String query : List.of("kyiv", "Київ", "Kiev", "KYIV", "Kyïv", "Киев", "Киiв")) {
            PlaceMatch kyiv = first(query);
            assertEquals("capital", kyiv.kind(), query);
            assertEquals(PlaceMatch.Rank.WHOLE_NAME, kyiv.rank(), query);
            assertTrue(kyiv.name().equals("Kyiv") || kyiv.name().equals("Київ"), query + ": " + kyiv);
        }
        assertEquals("Kyiv Oblast", search.find("Kiev", 5).get(1).name(), "Kiev Oblast is Kyiv Oblast");
    }

    @Test
    void lvivIsFound() {
        assertFirst("Lviv", "Lviv");
        assertFirst("Lviv", "Lvov");
        assertFirst("Lviv", "Львов");
    }

    @Test
    void theStartOfANameListsTheCityBeforeItsOblast() {
        List<PlaceMatch> found = search.find("Zapor", 10);
        assertEquals("Zaporizhzhia", found.get(0).name());
        assertEquals(PlaceMatch.Rank.NAME_START, found.get(0).rank());
        assertEquals("Zaporizhzhia Oblast", found.get(1).name());
        for (String spelling : List.of("Zaporizhia", "Zaporizhzhya", "Zaporozhye", "Запоріжжя", "Запорожье")) {
            assertFirst("Zaporizhzhia", spelling);
        }
    }

    @Test
    void aLaterWordOfTheNameIsFound() {
        PlaceMatch bilaTserkva = first("Tserkva");
        assertEquals("Bila Tserkva", bilaTserkva.name());
        assertEquals(PlaceMatch.Rank.WORD_START, bilaTserkva.rank());
        assertFirst("Bila Tserkva", "Церква");
    }

    @Test
    void caseSpacesAndHyphensDoNotMatter() {
        PlaceMatch bilaTserkva = first("  bILA   tserKVA ");
        assertEquals("Bila Tserkva", bilaTserkva.name());
        assertEquals(PlaceMatch.Rank.WHOLE_NAME, bilaTserkva.rank());
        for (String query : List.of("ivano frankivsk", "Ivano-Frankivsk", "IVANO–FRANKIVSK", "івано франківськ")) {
            assertFirst("Ivano-Frankivsk", query);
        }
        assertFirst("Kryvyi Rih", "kryvyi rih");
        assertFirst("Kryvyi Rih", "Krivoy Rog");
    }

    @Test
    void apostrophesOfEveryKindAreIgnored() {
        for (String query : List.of("Кам'янське", "Кам’янське", "Камʼянське", "Камянське", "Kam'ianske", "Kamianske")) {
            PlaceMatch kamianske = first(query);
            assertEquals("Kamianske", query.matches(".*[a-z].*") ? kamianske.name() : kamianske.otherName(), query);
            assertEquals(PlaceMatch.Rank.WHOLE_NAME, kamianske.rank(), query);
        }
        assertFirst("Sloviansk", "Слов’янськ");
        assertFirst("Sloviansk", "Slovyansk");
    }

    @Test
    void latinQueriesMatchTheNationalTransliteration() {
        assertFirst("Khmelnytskyi", "Khmelnytskyi");
        assertFirst("Khmelnytskyi", "Khmelnitsky");
        PlaceMatch oleshky = first("Oleshky");
        assertEquals("Олешки", oleshky.otherName(), "the data's English name is the old one, the Ukrainian the new");
        assertEquals(PlaceMatch.Rank.WHOLE_NAME, oleshky.rank());
    }

    @Test
    void cyrillicQueriesFindPlacesNamedOnlyInLatinLetters() {
        assertFirst("Toretsk", "Торецьк");
        assertFirst("Bakhmut", "Бахмут");
        assertFirst("Bakhmut", "Artemivsk");
    }

    @Test
    void formerAndRussianBasedSpellingsFindTodaysNames() {
        assertFirst("Odesa", "Odessa");
        assertFirst("Odesa", "Одесса");
        assertFirst("Mykolaiv", "Nikolaev");
        assertFirst("Dnipro", "Dnepr");
        assertFirst("Dnipro", "Днепропетровск");
        assertFirst("Kropyvnytskyi", "Kirovograd");
        assertFirst("Luhansk", "Lugansk");
        assertFirst("Cherkasy", "Черкассы");
        assertEquals("Mykolaiv", first("Nikolaev").name(), "the larger Mykolaiv, the oblast centre, comes first");
        assertEquals("oblast centre", first("Nikolaev").kind());
    }

    @Test
    void aQueryMatchingNothingFindsNothing() {
        assertEquals(List.of(), search.find("xyzzy", 10));
        assertEquals(List.of(), search.find("", 10));
        assertEquals(List.of(), search.find("   ", 10));
        assertEquals(List.of(), search.find(" - ' ", 10));
    }

    @Test
    void theLimitIsHonoured() {
        assertEquals(5, search.find("k", 5).size());
        assertEquals(1, search.find("Kharkiv", 1).size());
        assertEquals(List.of(), search.find("Kharkiv", 0));
        assertTrue(search.find("a", 1000).size() > 100, "a letter found in hundreds of names");
        assertThrows(IllegalArgumentException.class, () -> search.find("Kharkiv", -1));
    }

    @Test
    void resultsComeByRankThenUkraineBeforeAbroad() {
        for (String query : List.of("k", "nov", "don", "sk", "ber", "Бер", "ka", "о")) {
            List<PlaceMatch> found = search.find(query, 1000);
            for (int i = 1; i < found.size(); i++) {
                PlaceMatch before = found.get(i - 1);
                PlaceMatch after = found.get(i);
                assertTrue(before.rank().compareTo(after.rank()) <= 0, query + ": " + before + " before " + after);
                boolean abroadBeforeUkraine = before.rank() == after.rank() && !before.country().equals("Ukraine")
                        && after.country().equals("Ukraine");
                assertFalse(abroadBeforeUkraine, query + ": " + before + " before " + after);
            }
        }
        List<PlaceMatch> donetsk = search.find("Donetsk", 10);
        assertEquals(List.of("Donetsk", "Donetsk Oblast", "Sievierodonetsk"),
                donetsk.stream().map(PlaceMatch::name).toList());
    }

    @Test
    void eachPlaceIsListedOnce() {
        List<PlaceMatch> found = search.find("Kharkiv", 100);
        assertEquals(1, found.stream().filter(m -> m.name().equals("Kharkiv")).count(),
                "found by its English name, its transliteration and its loose form, listed once");
    }

    @Test
    void oblastsCrimeaCountriesSeasAndLakesAreFound() {
        PlaceMatch crimea = first("Crimea");
        assertEquals("Autonomous Republic of Crimea", crimea.name());
        assertEquals("oblast", crimea.kind());
        assertEquals(PlaceMatch.Rank.WHOLE_NAME, crimea.rank());
        assertEquals(34.3, crimea.lonDegrees(), 0.5, "at its label point");
        assertEquals(45.3, crimea.latDegrees(), 0.5);
        assertEquals("Автономна Республіка Крим", first("Крим").name());

        PlaceMatch donetskOblast = first("Donetsk Oblast");
        assertEquals("oblast", donetskOblast.kind());
        assertEquals("Ukraine", donetskOblast.country());
        assertEquals("Донецька область", first("Донецька").name());

        PlaceMatch moldova = first("Moldova");
        assertEquals("country", moldova.kind());
        assertEquals("", moldova.country());

        PlaceMatch blackSea = first("Black Sea");
        assertEquals("sea", blackSea.kind());
        assertEquals("", blackSea.country());
        assertEquals("sea", first("Azov").kind());

        List<PlaceMatch> kakhovka = search.find("Kakhovka", 3);
        assertEquals("town", kakhovka.get(0).kind(), "the town of that name first");
        assertEquals("lake", kakhovka.get(1).kind());
        assertEquals("Ukraine", kakhovka.get(1).country());
        assertEquals("Hungary", first("Balaton").country());
    }

    @Test
    void placesAbroadNameTheirCountry() {
        PlaceMatch warsaw = first("Warsaw");
        assertEquals("capital", warsaw.kind());
        assertEquals("Poland", warsaw.country());
        PlaceMatch voronezh = first("Воронеж");
        assertEquals("Voronezh", voronezh.name());
        assertEquals("regional centre", voronezh.kind());
        assertEquals("Russia", voronezh.country());
        assertEquals("Poland", first("Lodz").country(), "Łódź without its diacritics");
        assertEquals("Romania", first("Iasi").country());
    }
}
