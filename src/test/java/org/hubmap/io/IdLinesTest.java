package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.hubmap.model.JsonNumber;
import org.junit.jupiter.api.Test;

class IdLinesTest {
    @Test
    void answersAsAMapOfIdsWould() {
        IdLines lines = new IdLines();
        Map<Object, Integer> reference = new HashMap<>();
        SplittableRandom random = new SplittableRandom(5);
        List<String> odd = List.of("", "a", "Київ", "\u0080", "\u0080\u0000a", "\u00ff", "😀", "7", "07", "7.0");
        for (int line = 1; line <= 300_000; line++) {
            Object id = switch (random.nextInt(5)) {
                case 0 -> new UUID(random.nextLong(), random.nextLong()).toString();
                case 1 -> odd.get(random.nextInt(odd.size()));
                case 2 -> JsonNumber.of(Integer.toString(random.nextInt(50_000)));
                case 3 -> Integer.toString(random.nextInt(50_000));
                default -> "zone-" + random.nextInt(100_000);
            };
            Integer expected = reference.putIfAbsent(id, line);
            assertEquals(expected == null ? -1 : expected, lines.putIfAbsent(id, line), () -> "for " + id);
        }
    }

    @Test
    void tellsStringsFromNumbersWithTheSameText() {
        IdLines lines = new IdLines();
        assertEquals(-1, lines.putIfAbsent("7", 1));
        assertEquals(-1, lines.putIfAbsent(JsonNumber.of("7"), 2));
        assertEquals(1, lines.putIfAbsent("7", 3));
        assertEquals(2, lines.putIfAbsent(JsonNumber.of("7"), 4));
        assertEquals(-1, lines.putIfAbsent(7L, 5), "other types are kept apart too");
        assertEquals(5, lines.putIfAbsent(7L, 6));
    }
}
