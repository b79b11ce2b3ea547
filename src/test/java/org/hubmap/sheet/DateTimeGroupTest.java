package org.hubmap.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DateTimeGroupTest {
    @Test
    void writesDayHourMinuteZuluMonthYear() {
        assertEquals("071530ZDEC26", new DateTimeGroup(LocalDateTime.of(2026, 12, 7, 15, 30, 59)).text());
        assertEquals("010005ZJAN27", new DateTimeGroup(LocalDateTime.of(2027, 1, 1, 0, 5)).text());
    }

    @Test
    void nowIsInUtcWhateverTheZone() {
        Clock kyiv = Clock.fixed(Instant.parse("2026-12-07T23:45:00Z"), ZoneId.of("Europe/Kyiv"));
        assertEquals("072345ZDEC26", DateTimeGroup.now(kyiv).text());
        assertEquals("072345ZDEC26", DateTimeGroup.of(ZonedDateTime.of(2026, 12, 8, 1, 45, 0, 0,
                ZoneId.of("Europe/Kyiv"))).text());
        assertEquals(ZoneOffset.UTC, ZoneOffset.UTC);
    }

    @Test
    void readsWhatItWritesInAnyCaseAndSpacing() {
        assertEquals("071530ZDEC26", DateTimeGroup.parse("071530ZDEC26").text());
        assertEquals("071530ZDEC26", DateTimeGroup.parse(" 071530z dec 26 ").text());
        assertEquals("290000ZFEB28", DateTimeGroup.parse("290000ZFEB28").text());
    }

    @Test
    void refusesWhatIsNotATime() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DateTimeGroup.parse("2026-12-07"))
                .getMessage().contains("DDHHMMZMONYY"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DateTimeGroup.parse("071530ZDEX26"))
                .getMessage().contains("not a month"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DateTimeGroup.parse("290000ZFEB27"))
                .getMessage().contains("not a real time"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DateTimeGroup.parse("072460ZDEC26"))
                .getMessage().contains("not a real time"));
    }
}
