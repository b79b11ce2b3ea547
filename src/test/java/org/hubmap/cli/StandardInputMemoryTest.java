package org.hubmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A layout piped through {@code convert - -} streams from standard input to standard output without being held:
 * 200 000 points, some 40 MB of GeoJSON and about 200 MB of heap if held whole, pass through a Java with
 * a heap of 48 MB.
 */
class StandardInputMemoryTest {
    private static final int FEATURES = 200_000;

    @TempDir
    Path folder;

    @Test
    void manyFeaturesPassFromStandardInputToStandardOutputInASmallHeap() throws Exception {
        Path input = points(folder.resolve("many.geojson"));
        Path output = folder.resolve("out.geojson");
        Path messages = folder.resolve("messages.txt");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process convert = new ProcessBuilder(java, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
                "org.hubmap.Main", "convert", "-", "-").redirectInput(input.toFile())
                .redirectOutput(output.toFile()).redirectError(messages.toFile()).start();

        assertTrue(convert.waitFor(5, TimeUnit.MINUTES), "convert ends");
        String said = Files.readString(messages);
        assertEquals(0, convert.exitValue(), said);
        assertEquals("<stdout>: " + FEATURES + " features written\n", said);
        assertEquals(FEATURES + 2, Files.readAllLines(output).size());
    }

    private static Path points(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < FEATURES; i++) {
                out.write(String.format(Locale.ROOT, "%s{\"type\":\"Feature\",\"id\":\"f%d\",\"properties\":"
                        + "{\"kind\":\"hub\",\"name\":\"Site %d\"},\"geometry\":{\"type\":\"Point\","
                        + "\"coordinates\":[%.5f,%.5f]}}\n", i == 0 ? "" : ",", i, i, 30 + i % 500 * 0.0015,
                        48 + i / 500 * 0.0015));
            }
            out.write("]}\n");
        }
        return file;
    }
}
