package org.hubmap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExportCommandTest {
    private static final String SAMPLE = "maps/sample-layout.geojson";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T15:30:42Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private CommandRun export(String... args) {
        return CommandRun.of(new ExportCommand(CLOCK), args);
    }

    @Test
    void writesAnImageOfTheAskedSize() throws Exception {
        Path out = folder.resolve("sheet.png");
        CommandRun run = export(SAMPLE, "--out", out.toString(), "--width", "1600", "--height", "900");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains(out + ": written"), run.err());
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(1600, image.getWidth());
        assertEquals(900, image.getHeight());
        assertFalse(Files.exists(folder.resolve("sheet.png.bak")), "an export keeps no backup");
    }

    @Test
    void anAtlasOfZonesIsAnIndexAndOnePngPerZoneInAFolder() throws Exception {
        Path out = folder.resolve("atlas");
        CommandRun run = export(SAMPLE, "--out", out.toString(), "--atlas", "zones", "--width", "800",
                "--height", "600");
        assertEquals(0, run.exitCode(), run.err());
        try (Stream<Path> files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(9, names.size(), names.toString());
            assertEquals("00-index.png", names.get(0));
            assertEquals("01-sector-north.png", names.get(1));
        }
    }

    @Test
    void theDateTimeGroupDefaultsToNow() throws Exception {
        Path out = folder.resolve("sheet.svg");
        assertEquals(0, export(SAMPLE, "--out", out.toString(), "--width", "1280", "--height", "720").exitCode());
        assertTrue(Files.readString(out).contains("DTG 071530ZDEC26"));
    }

    @Test
    void unreadableLayoutsExitWithOneAndSayWhere() {
        CommandRun run = export("src/test/resources/layouts/invalid/nan.geojson", "--out",
                folder.resolve("x.png").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().matches("(?s)src/test/resources/layouts/invalid/nan.geojson:\\d+:\\d+: error: .*"),
                run.err());
        assertFalse(Files.exists(folder.resolve("x.png")));
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of(new String[] {"--out", "x.gif"}, "--out must end in .png, .pdf, .svg or .pptx"),
                Arguments.of(new String[] {"--out", "x.png", "--width", "800"}, "--width and --height go together"),
                Arguments.of(new String[] {"--out", "x.png", "--width", "9000", "--height", "4000"}, "larger than 8K"),
                Arguments.of(new String[] {"--out", "x.png", "--paper", "A5"}, "--paper must be A4, A3, A2 or letter"),
                Arguments.of(new String[] {"--out", "x.png", "--dpi", "1200"}, "DPI must be from 96 to 600"),
                Arguments.of(new String[] {"--out", "x.png", "--width", "800", "--height", "600", "--dpi", "300"},
                        "either --width and --height, or --paper"),
                Arguments.of(new String[] {"--out", "x.png", "--bbox", "30,50,29,51"}, "west must be less than east"),
                Arguments.of(new String[] {"--out", "x.png", "--bbox", "30,50,31"}, "--bbox: bounds take four numbers"),
                Arguments.of(new String[] {"--out", "x.png", "--dtg", "2026-12-07"}, "DDHHMMZMONYY"),
                Arguments.of(new String[] {"--out", "x.png", "--dtg", "321530ZDEC26"}, "is not a real time"),
                Arguments.of(new String[] {"--out", "x.png", "--lang", "de"}, "--lang must be en or uk"),
                Arguments.of(new String[] {"--out", "x.png", "--grid", "utm"}, "--grid knows only mgrs"),
                Arguments.of(new String[] {"--out", "x.svg", "--atlas", "zones"}, "an atlas is written as one .pdf"),
                Arguments.of(new String[] {"--out", "x.pptx", "--paper", "A3"}, "a slide is always 16:9"),
                Arguments.of(new String[] {"--out", "x.png", "--classification-colour", "red"}, "#RRGGBB"));
    }

    @ParameterizedTest
    @MethodSource("badOptions")
    void badOptionsExitWithTwoAndAMessage(String[] options, String message) {
        String[] args = Stream.concat(Stream.of(SAMPLE), Stream.of(options)).toArray(String[]::new);
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out")) {
                args[i + 1] = folder.resolve(args[i + 1]).toString();
            }
        }
        CommandRun run = export(args);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(message), run.err());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(0, files.count(), "nothing is written");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void twoIdenticalExportsGiveTheSameBytes() throws Exception {
        Path first = folder.resolve("a.png");
        Path second = folder.resolve("b.png");
        for (Path out : new Path[] {first, second}) {
            assertEquals(0, export(SAMPLE, "--out", out.toString(), "--paper", "A4", "--dpi", "96", "--dtg",
                    "071530ZDEC26").exitCode());
        }
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }
}
