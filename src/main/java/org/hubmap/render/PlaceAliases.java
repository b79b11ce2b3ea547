package org.hubmap.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The other spellings people still type for Ukraine's places: the Russian-based romanisations of the old maps
 * (Kharkov, Kiev, Zaporozhye), the Russian names in Cyrillic (Харьков, Киев), and the names of renamed places
 * (Dnipropetrovsk, Kirovohrad, Artemivsk). Spellings that {@link SearchText#loose} already folds together, such as
 * Odessa, Khmelnitsky, Zhitomir, Cherkassy or Черкассы, are not listed.
 *
 * <p>A spelling is listed against a whole word or run of words of a current name, so that Kiev finds both Kyiv and
 * Kiev Oblast; a Cyrillic spelling against a Ukrainian name, a Latin one against an English or transliterated one.
 * Immutable.
 */
final class PlaceAliases {
    /** Each current spelling, in its plain form, with the other spellings of it in theirs. */
    private static final Map<String, List<String>> OTHER_SPELLINGS = table(
            "Kyiv", "Kiev",
            "Kharkiv", "Kharkov",
            "Mykolaiv", "Nikolaev|Nikolayev",
            "Zaporizhzhia", "Zaporozhye|Zaporozhe",
            "Lviv", "Lvov",
            "Dnipro", "Dnepr|Dnipropetrovsk|Dnepropetrovsk",
            "Dnipropetrovsk", "Dnepropetrovsk",
            "Kropyvnytskyi", "Kirovohrad|Kirovograd",
            "Kirovohrad", "Kirovograd",
            "Luhansk", "Lugansk",
            "Chernihiv", "Chernigov",
            "Chernivtsi", "Chernovtsy",
            "Rivne", "Rovno",
            "Vinnytsia", "Vinnitsa",
            "Ternopil", "Ternopol",
            "Uzhhorod", "Uzhgorod",
            "Ivano-Frankivsk", "Ivano-Frankovsk",
            "Kryvyi Rih", "Krivoy Rog",
            "Horlivka", "Gorlovka",
            "Makiivka", "Makeevka|Makeyevka",
            "Sievierodonetsk", "Severodonetsk",
            "Sloviansk", "Slavyansk",
            "Kamianske", "Dniprodzerzhynsk|Dneprodzerzhinsk",
            "Kremenchuk", "Kremenchug",
            "Bila Tserkva", "Belaya Tserkov",
            "Pavlohrad", "Pavlograd",
            "Yenakiieve", "Yenakiyevo|Enakievo",
            "Oleksandriia", "Aleksandriya",
            "Kamianets-Podilskyi", "Kamenets-Podolsky",
            "Bilhorod-Dnistrovskyi", "Belgorod-Dnestrovsky",
            "Yevpatoriia", "Evpatoria",
            "Bakhmut", "Artemivsk|Artemovsk",
            "Pokrovsk", "Krasnoarmeysk",
            "Autonomous Republic of Crimea", "Crimea",
            "Київ", "Киев",
            "Харків", "Харьков",
            "Миколаїв", "Николаев",
            "Запоріжжя", "Запорожье",
            "Львів", "Львов",
            "Дніпро", "Днепр|Днепропетровск|Дніпропетровськ",
            "Кропивницький", "Кировоград|Кіровоград",
            "Чернігів", "Чернигов",
            "Чернівці", "Черновцы",
            "Рівне", "Ровно",
            "Вінниця", "Винница",
            "Тернопіль", "Тернополь",
            "Івано-Франківськ", "Ивано-Франковск",
            "Кривий Ріг", "Кривой Рог",
            "Горлівка", "Горловка",
            "Макіївка", "Макеевка",
            "Сєвєродонецьк", "Северодонецк",
            "Слов'янськ", "Славянск",
            "Кам'янське", "Днепродзержинск|Дніпродзержинськ",
            "Кременчук", "Кременчуг",
            "Біла Церква", "Белая Церковь",
            "Красноармійськ", "Покровськ|Покровск",
            "Автономна Республіка Крим", "Крим|Крым");

    /** The same, found by the first word of the current spelling: a name's words are looked up, not the table. */
    private static final Map<String, List<Map.Entry<String, List<String>>>> BY_FIRST_WORD = byFirstWord();

    private PlaceAliases() {
    }

    /**
     * The other spellings of a name in {@link SearchText#plain} form, each in that form too: one for every listed
     * spelling of a word or run of words of the name, with the rest of the name kept. Empty for most names.
     */
    static List<String> of(String plainName) {
        List<String> others = List.of();
        String padded = " " + plainName + " ";
        for (String word : plainName.split(" ")) {
            for (Map.Entry<String, List<String>> entry : BY_FIRST_WORD.getOrDefault(word, List.of())) {
                String current = " " + entry.getKey() + " ";
                if (padded.contains(current)) {
                    if (others.isEmpty()) {
                        others = new ArrayList<>();
                    }
                    for (String spelling : entry.getValue()) {
                        others.add(padded.replace(current, " " + spelling + " ").strip());
                    }
                }
            }
        }
        return others;
    }

    private static Map<String, List<Map.Entry<String, List<String>>>> byFirstWord() {
        Map<String, List<Map.Entry<String, List<String>>>> index = new HashMap<>();
        for (Map.Entry<String, List<String>> entry : OTHER_SPELLINGS.entrySet()) {
            index.computeIfAbsent(entry.getKey().split(" ")[0], w -> new ArrayList<>()).add(entry);
        }
        return index;
    }

    private static Map<String, List<String>> table(String... currentAndOthers) {
        Map<String, List<String>> table = new LinkedHashMap<>();
        for (int i = 0; i < currentAndOthers.length; i += 2) {
            List<String> others = new ArrayList<>();
            for (String spelling : currentAndOthers[i + 1].split("\\|")) {
                others.add(SearchText.plain(spelling));
            }
            table.put(SearchText.plain(currentAndOthers[i]), List.copyOf(others));
        }
        return table;
    }
}
