package org.hubmap.render;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The forms in which place names and typed queries are compared. Both sides go through the same functions, so a
 * name is found however it is capitalised, accented, hyphenated or apostrophised.
 *
 * <p>The <em>plain</em> form is lower case, without diacritics or apostrophes, with every other mark made a single
 * space between words. The <em>loose</em> form folds on top of that the spellings that differ only in how a sound
 * was written: {@code y} and {@code i}, doubled letters, and in Cyrillic the letters Ukrainian and Russian write
 * differently for one sound. Every function is pure and thread-safe.
 */
final class SearchText {
    /** Apostrophes of every kind typed in names (Кам'янське, Кам’янське, Kam'ianske), and the soft-sign marks. */
    private static final String APOSTROPHES = "'\u2019\u02BC\u2018`\u00B4\u02B9\u02BB\u2032";
    /** Letters, in the pairs Latin and Cyrillic keyboards both have, that look the same in lower case. */
    private static final String LATIN_LOOKALIKES = "aceiopxyk";
    private static final String CYRILLIC_LOOKALIKES = "асеіорхук";
    /** The Latin digraphs written twice in some romanisations, as in Zaporizhzhia against Zaporizhia. */
    private static final Set<String> DIGRAPHS = Set.of("zh", "kh", "ch", "sh", "ts");
    /** Stands for a letter {@link #loose} leaves out. */
    private static final char NOTHING = '\0';

    private SearchText() {
    }

    /**
     * {@code text} in lower case without diacritics (so й is и and ї is і, as ł is l) or apostrophes, with runs of
     * any other non-letters made one space between words and none at either end. A word that mixes Latin and
     * Cyrillic letters, as typed on a keyboard without і, has its look-alike letters put into the script most of
     * its letters are in. Empty for text without letters or digits.
     */
    static String plain(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        // Most names are plain ASCII already; only the others need decomposing.
        String bare = isAscii(lower) ? lower : Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(bare.length());
        int wordStart = 0;
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            if (APOSTROPHES.indexOf(c) >= 0 || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(latinBase(c));
            } else if (out.length() > wordStart) {
                oneScript(out, wordStart);
                out.append(' ');
                wordStart = out.length();
            }
        }
        oneScript(out, wordStart);
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
    }

    /**
     * The loose form of a {@link #plain} text: Latin {@code y} read as {@code i}; Cyrillic ґ as г, є and э as е,
     * і and ы as и, soft and hard signs dropped; then doubled letters and doubled digraphs (zhzh, khkh, chch,
     * shsh, tsts) written once. So Khmelnytskyi, Khmelnytskyy and Khmelnitsky agree, as do Odesa and Odessa,
     * Zaporizhzhia and Zaporizhia, Черкаси and Черкассы.
     */
    static String loose(String plain) {
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = switch (plain.charAt(i)) {
                case 'y' -> 'i';
                case 'ґ' -> 'г';
                case 'є', 'э' -> 'е';
                case 'і', 'ы' -> 'и';
                case 'ь', 'ъ' -> NOTHING;
                default -> plain.charAt(i);
            };
            int n = out.length();
            if (c == NOTHING || n > 0 && c == out.charAt(n - 1) && Character.isLetter(c)) {
                continue;
            }
            if (n >= 3 && out.charAt(n - 1) == out.charAt(n - 3) && c == out.charAt(n - 2)
                    && DIGRAPHS.contains(out.substring(n - 3, n - 1))) {
                out.setLength(n - 1);
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whether {@code text} holds a Cyrillic letter. */
    static boolean isCyrillic(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isCyrillic(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u052F';
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code ukrainian} in Latin letters by Ukraine's national transliteration (Cabinet of Ministers resolution
     * 55 of 27 January 2010), in lower case: є, ї, й, ю, я are ye, yi, y, yu, ya at the start of a word and ie, i,
     * i, iu, ia elsewhere, зг is zgh, and the soft sign and apostrophe are left out. The letters Russian adds are
     * written as Russian's common romanisation does. Other characters are kept.
     */
    static String romanised(String ukrainian) {
        String text = Normalizer.normalize(ukrainian.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean wordStart = true;
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (APOSTROPHES.indexOf(c) >= 0) {
                // An apostrophe sits inside a word: the я of Кам'янське is "ia", not "ya".
                continue;
            }
            String latin = latin(c, wordStart, previous);
            out.append(latin == null ? String.valueOf(c) : latin);
            wordStart = latin == null && !Character.isLetter(c);
            previous = c;
        }
        return out.toString();
    }

    private static String latin(char c, boolean wordStart, char previous) {
        return switch (c) {
            case 'а' -> "a";
            case 'б' -> "b";
            case 'в' -> "v";
            case 'г' -> previous == 'з' ? "gh" : "h";
            case 'ґ' -> "g";
            case 'д' -> "d";
            case 'е', 'э' -> "e";
            case 'є' -> wordStart ? "ye" : "ie";
            case 'ж' -> "zh";
            case 'з' -> "z";
            case 'и', 'ы' -> "y";
            case 'і' -> "i";
            case 'ї' -> wordStart ? "yi" : "i";
            case 'й' -> wordStart ? "y" : "i";
            case 'к' -> "k";
            case 'л' -> "l";
            case 'м' -> "m";
            case 'н' -> "n";
            case 'о' -> "o";
            case 'п' -> "p";
            case 'р' -> "r";
            case 'с' -> "s";
            case 'т' -> "t";
            case 'у' -> "u";
            case 'ф' -> "f";
            case 'х' -> "kh";
            case 'ц' -> "ts";
            case 'ч' -> "ch";
            case 'ш' -> "sh";
            case 'щ' -> "shch";
            case 'ь', 'ъ' -> "";
            case 'ю' -> wordStart ? "yu" : "iu";
            case 'я' -> wordStart ? "ya" : "ia";
            case 'ё' -> wordStart ? "yo" : "io";
            default -> null;
        };
    }

    /** Letters that have no decomposition into a base letter and a mark, as found in the neighbours' names. */
    private static char latinBase(char c) {
        return switch (c) {
            case 'ł' -> 'l';
            case 'đ' -> 'd';
            case 'ø' -> 'o';
            case 'ı' -> 'i';
            case 'ħ' -> 'h';
            default -> c;
        };
    }

    /** Puts the look-alike letters of the word from {@code start} to the end of {@code text} into its main script. */
    private static void oneScript(StringBuilder text, int start) {
        int cyrillic = 0;
        int latin = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isCyrillic(c)) {
                cyrillic++;
            } else if (c < '\u0250' && Character.isLetter(c)) {
                latin++;
            }
        }
        if (cyrillic == 0 || latin == 0) {
            return;
        }
        String from = cyrillic > latin ? LATIN_LOOKALIKES : CYRILLIC_LOOKALIKES;
        String to = cyrillic > latin ? CYRILLIC_LOOKALIKES : LATIN_LOOKALIKES;
        for (int i = start; i < text.length(); i++) {
            int k = from.indexOf(text.charAt(i));
            if (k >= 0) {
                text.setCharAt(i, to.charAt(k));
            }
        }
    }
}
