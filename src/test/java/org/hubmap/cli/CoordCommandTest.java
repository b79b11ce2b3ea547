package org.hubmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CoordCommandTest {
    private static final String NL = System.lineSeparator();

    @Test
    void printsEveryFormatOnALineOfItsOwn() {
        CommandRun run = CommandRun.of(new CoordCommand(), "50.4501", "30.5234");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("degrees:  50.45010°N 30.52340°E" + NL
                + "DMS:      50°27'00.4\"N 30°31'24.2\"E" + NL
                + "MGRS:     36U UA 24182 91607" + NL
                + "UTM:      36U 324182 5591608" + NL, run.out());
        assertEquals("", run.err());
    }

    @Test
    void joinsUnquotedWordsOfAGridReference() {
        CommandRun run = CommandRun.of(new CoordCommand(), "36U", "324182", "5591608");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("UTM:      36U 324182 5591608" + NL), run.out());
        // The typed northing lies exactly on a 1 m line; NGA's grid, which names MGRS squares, puts the point 2 cm
        // south of it, in the square below.
        assertTrue(run.out().contains("MGRS:     36U UA 24182 91607" + NL), run.out());
    }

    @Test
    void readsATextGivenAsOneWord() {
        CommandRun run = CommandRun.of(new CoordCommand(), "50°27'00.4\"N 30°31'24.2\"E");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("degrees:  50.45011°N 30.52339°E" + NL), run.out());
    }

    @Test
    void negativeNumbersAreTextNotOptions() {
        CommandRun run = CommandRun.of(new CoordCommand(), "-33.92", "18.42");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("degrees:  33.92000°S 18.42000°E" + NL), run.out());
    }

    @Test
    void jsonIsOneObjectWithNumbersAndTexts() {
        CommandRun run = CommandRun.of(new CoordCommand(), "--json", "36U", "UA", "24182", "91607");
        assertEquals(0, run.exitCode(), run.err());
        // The centre of the 1 m square, to 1e-7 degrees.
        assertEquals("{\"lat\":50.4500991,\"lon\":30.5234041,\"dd\":\"50.45010°N 30.52340°E\","
                + "\"dms\":\"50°27'00.4\\\"N 30°31'24.3\\\"E\",\"mgrs\":\"36U UA 24182 91607\","
                + "\"utm\":\"36U 324183 5591608\"}" + NL, run.out());
    }

    @Test
    void gridFormatsBeyondTheirReachAreNoneOrNull() {
        CommandRun lines = CommandRun.of(new CoordCommand(), "89", "30");
        assertEquals(0, lines.exitCode(), lines.err());
        assertTrue(lines.out().contains("MGRS:     none (the grid covers 80°S to 84°N)" + NL), lines.out());
        CommandRun json = CommandRun.of(new CoordCommand(), "--json", "89", "30");
        assertTrue(json.out().endsWith("\"mgrs\":null,\"utm\":null}" + NL), json.out());
    }

    @Test
    void textItCannotReadExitsOneWithOneLine() {
        CommandRun run = CommandRun.of(new CoordCommand(), "50.45", "N", "30.52");
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("coord: cannot read \"50.45 N 30.52\": column 7: a hemisphere letter for"
                + " one coordinate only"), run.err());
        assertTrue(run.err().contains("accepted forms: 50.4501 30.5234 (latitude first)"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void badTextInJsonModeStillGoesToStandardError() {
        CommandRun run = CommandRun.of(new CoordCommand(), "--json", "36S", "324182", "5591608");
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("band S covers 32°N to 40°N"), run.err());
    }

    @Test
    void noTextIsBadUsage() {
        CommandRun run = CommandRun.of(new CoordCommand());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Missing required parameter: 'TEXT'"), run.err());
    }

    @Test
    void unknownOptionIsBadUsage() {
        CommandRun run = CommandRun.of(new CoordCommand(), "--bogus", "50", "30");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option: '--bogus'"), run.err());
    }
}
