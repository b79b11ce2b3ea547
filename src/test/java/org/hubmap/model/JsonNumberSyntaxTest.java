package org.hubmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** JSON's number syntax is scanned by hand; it must accept exactly what RFC 8259's grammar accepts. */
class JsonNumberSyntaxTest {
    private static final Pattern GRAMMAR = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    @Test
    void acceptsWhatTheGrammarAccepts() {
        List<String> cases = List.of("", "-", "0", "-0", "00", "01", "10", "1.", ".5", "1.5", "1.5e", "1.5e+",
                "1.5e+3", "1E-07", "1e5", "-1200.50", "+1", "1.2.3", "0x10", "1e5.0", "٣", "1 ", " 1", "0.0e0");
        for (String text : cases) {
            assertEquals(GRAMMAR.matcher(text).matches(), JsonNumber.isJsonNumber(text), () -> "for \"" + text + "\"");
        }
        SplittableRandom random = new SplittableRandom(3);
        String alphabet = "0123456789-+.eEx ";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertEquals(GRAMMAR.matcher(t).matches(), JsonNumber.isJsonNumber(t), () -> "for \"" + t + "\"");
        }
    }

    @Test
    void refusesTextThatIsNotANumber() {
        assertThrows(IllegalArgumentException.class, () -> JsonNumber.of("01"));
        assertEquals("1200.50", JsonNumber.of("1200.50").text());
    }
}
