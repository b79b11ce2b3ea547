package org.hubmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CoordCommandTest {
    private static final String NL = System.lineSeparator();
    private static final String KYIV_TEXT = "50.45010°N 30.52340°E\t50°27'00.4\"N 30°31'24.3\"E\t36U UA 24182 91607\t"
            + "36U 324183 5591608";

    /** Runs coord with {@code input} on standard input, which is no terminal. */
    private static CommandRun withInput(String input, String... args) {
        return CommandRun.withInput(input, CoordCommand.class, args);
    }

    /** Runs coord with {@code input} on standard input as if a person typed it at a terminal. */
    private static CommandRun fromTerminal(String input, String... args) {
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        return CommandRun.on(new CommandLine(CoordCommand.class,
                StandardStreams.factory(new ByteArrayInputStream(bytes), true)), args);
    }

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
    void noTextFromATerminalIsBadUsageRatherThanAWait() {
        CommandRun run = fromTerminal("");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("coord: no position given; give one, such as hubmap coord 50.4501 30.5234,"
                + " or pipe positions in"), run.err());
    }

    @Test
    void withoutTextReadsOneLineForEachInputLine() {
        CommandRun run = withInput("50.4501 30.5234\n\n# from the morning report\n36U UA 24182 91607\nnonsense\n"
                + "-33.92 18.42\n");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("50.45010°N 30.52340°E\t50°27'00.4\"N 30°31'24.2\"E\t36U UA 24182 91607\t"
                + "36U 324182 5591608" + NL
                + NL
                + "# from the morning report" + NL
                + KYIV_TEXT + NL
                + "\t\t\t" + NL
                + "33.92000°S 18.42000°E\t33°55'12.0\"S 18°25'12.0\"E\t34H BH 61488 43716\t34H 261489 6243716" + NL,
                run.out());
        assertEquals("<stdin>:5:1: cannot read \"nonsense\": 'nonsense' is not understood; hemispheres are N, S, E"
                + " and W" + NL + "coord: 1 of 4 lines could not be read; accepted forms: 50.4501 30.5234 (latitude"
                + " first), 50.4501N 30.5234E, 50°27'00.4\"N 30°31'24.2\"E, 50°27.006'N 30°31.404'E,"
                + " MGRS 36U UA 24182 91607, UTM 36U 324182 5591608" + NL, run.err());
    }

    @Test
    void readingStopsWhenNobodyReadsTheOutputAnyMore() {
        byte[] input = "36U UA 24182 91607\n".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream stdin = new ByteArrayInputStream(input);
        CommandLine cli = new CommandLine(CoordCommand.class, StandardStreams.factory(stdin));
        cli.setOut(new PrintWriter(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        }));
        cli.setErr(new PrintWriter(new StringWriter()));
        cli.execute();
        assertTrue(stdin.available() > input.length / 2, "read " + (input.length - stdin.available()) + " bytes");
    }

    @Test
    void everyLineReadExitsZeroAndSaysNothing() {
        CommandRun run = withInput("36U UA 24182 91607\r\n36U UA 24182 91607");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(KYIV_TEXT + NL + KYIV_TEXT + NL, run.out());
        assertEquals("", run.err());
    }

    @Test
    void aDashReadsStandardInputEvenFromATerminal() {
        CommandRun run = fromTerminal("36U UA 24182 91607\n", "-");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(KYIV_TEXT + NL, run.out());
    }

    @Test
    void csvHasAHeaderAndTheInputLineOfEachRow() {
        CommandRun run = withInput("50.45 30.52\n36U UA 24182 91607\n\nnonsense\n0.0001 -0.00005\n", "--to", "csv");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("line,lat,lon,dd,dms,mgrs,utm" + NL
                + "1,50.45,30.52,50.45000°N 30.52000°E,\"50°27'00.0\"\"N 30°31'12.0\"\"E\",36U UA 23940 91604,"
                + "36U 323940 5591605" + NL
                + "2,50.4500991,30.5234041,50.45010°N 30.52340°E,\"50°27'00.4\"\"N 30°31'24.3\"\"E\","
                + "36U UA 24182 91607,36U 324183 5591608" + NL
                + "4,,,,,," + NL
                + "5,0.0001,-0.00005,0.00010°N 0.00005°W,\"0°00'00.4\"\"N 0°00'00.2\"\"W\",30N ZF 33972 00011,"
                + "30N 833973 11" + NL, run.out());
        assertTrue(run.err().startsWith("<stdin>:4:1: cannot read \"nonsense\""), run.err());
    }

    @Test
    void jsonLinesNameTheLineAndWhyItWasNotRead() throws Exception {
        CommandRun run = withInput("89 0\n36M 166021 10000000\n50.45 N 30.52\n", "--to", "json");
        assertEquals(1, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode pole = mapper.readTree(lines.get(0));
        assertEquals(1, pole.get("line").asInt());
        assertEquals(89.0, pole.get("lat").asDouble());
        assertTrue(pole.get("mgrs").isNull() && pole.get("utm").isNull(), lines.get(0));
        assertFalse(pole.has("error"), lines.get(0));
        JsonNode equator = mapper.readTree(lines.get(1));
        assertEquals(0.0, equator.get("lat").asDouble(), 1e-7);
        JsonNode bad = mapper.readTree(lines.get(2));
        assertEquals(3, bad.get("line").asInt());
        assertTrue(bad.get("lat").isNull() && bad.get("dd").isNull(), lines.get(2));
        assertTrue(bad.get("error").asText().startsWith("a hemisphere letter for one coordinate only"), lines.get(2));
        assertTrue(run.err().startsWith("<stdin>:3:7: cannot read \"50.45 N 30.52\": a hemisphere letter"), run.err());
    }

    @Test
    void jsonWithoutTextIsJsonLines() {
        CommandRun run = withInput("36U UA 24182 91607\n", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("{\"line\":1,\"lat\":50.4500991,\"lon\":30.5234041,"), run.out());
    }

    @Test
    void csvColumnByNameOrNumberPointsIntoTheCell() {
        String sites = "name,position,note\nKyiv,36U UA 24182 91607,hq\nLviv,\"49°50'N 24°01'X\",depot\n";
        CommandRun byName = withInput(sites, "--csv-column", "Position", "--to", "csv");
        assertEquals(1, byName.exitCode(), byName.err());
        assertEquals("line,lat,lon,dd,dms,mgrs,utm" + NL
                + "2,50.4500991,30.5234041,50.45010°N 30.52340°E,\"50°27'00.4\"\"N 30°31'24.3\"\"E\","
                + "36U UA 24182 91607,36U 324183 5591608" + NL
                + "3,,,,,," + NL, byName.out());
        // The X is the 15th character of the cell, which starts after "Lviv,\"".
        assertTrue(byName.err().startsWith("<stdin>:3:21: cannot read \"49°50'N 24°01'X\": 'X' is not understood"),
                byName.err());
        CommandRun byNumber = withInput(sites, "--csv-column", "2", "--to", "csv");
        assertEquals(byName.out(), byNumber.out());
    }

    @Test
    void latitudeAndLongitudeColumns() {
        CommandRun run = withInput("id;lon;lat\n1;30.5234;50.4501\n2;-74.006;40.7128\n3;x;1\n", "--lat-column", "lat",
                "--lon-column", "lon");
        assertEquals(1, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("50.45010°N 30.52340°E\t"), run.out());
        assertTrue(lines.get(1).startsWith("40.71280°N 74.00600°W\t"), run.out());
        assertEquals("\t\t\t", lines.get(2));
        assertTrue(run.err().startsWith("<stdin>:4:3: cannot read \"1, x\": 'x' is not understood"), run.err());
    }

    @Test
    void aColumnTheHeaderLacksIsBadUsage() {
        CommandRun run = withInput("name,mgrs\nKyiv,36U UA 24182 91607\n", "--csv-column", "position");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals("coord: <stdin>:1: no column 'position' in the header, whose columns are name, mgrs; name one,"
                + " or give its number from 1 to 2" + NL, run.err());
    }

    @Test
    void aLatitudeColumnNeedsALongitudeColumn() {
        CommandRun run = withInput("lat\n50\n", "--lat-column", "lat");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--lat-column and --lon-column go together"), run.err());
    }

    @Test
    void twoFormatsAtOnceAreBadUsage() {
        CommandRun run = CommandRun.of(new CoordCommand(), "--json", "--to", "csv", "50", "30");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--json and --to csv ask for two formats"), run.err());
    }

    @Test
    void aFormatNobodyKnowsIsBadUsage() {
        CommandRun run = CommandRun.of(new CoordCommand(), "--to", "xml", "50", "30");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'xml' is not a format; give text, csv or json"), run.err());
    }

    @Test
    void onePositionInARowFormat() {
        CommandRun run = CommandRun.of(new CoordCommand(), "--to", "csv", "36U", "UA", "24182", "91607");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("line,lat,lon,dd,dms,mgrs,utm" + NL + "1,50.4500991,30.5234041,50.45010°N 30.52340°E,"
                + "\"50°27'00.4\"\"N 30°31'24.3\"\"E\",36U UA 24182 91607,36U 324183 5591608" + NL, run.out());
    }

    @Test
    void aQuotedPositionStartingWithMinusIsAPosition() {
        CommandRun run = CommandRun.of(new CoordCommand(), "-33.5 151.2");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("degrees:  33.50000°S 151.20000°E" + NL), run.out());
    }

    @Test
    void minusSignedWordsKeepTheirOrderAndTheOptionsTheirMeaning() {
        CommandRun run = CommandRun.of(new CoordCommand(), "-33°30'S", "--to", "csv", "-151.2");
        assertEquals(1, run.exitCode(), run.out());
        CommandRun json = CommandRun.of(new CoordCommand(), "-33.5", "--json", "-151.2");
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().startsWith("{\"lat\":-33.5,\"lon\":-151.2,"), json.out());
        CommandRun bogus = CommandRun.of(new CoordCommand(), "--bogus", "-33.5", "151.2");
        assertEquals(2, bogus.exitCode());
        assertTrue(bogus.err().contains("Unknown option: '--bogus'"), bogus.err());
    }

    @Test
    void unknownOptionIsBadUsage() {
        CommandRun run = CommandRun.of(new CoordCommand(), "--bogus", "50", "30");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option: '--bogus'"), run.err());
    }
}
