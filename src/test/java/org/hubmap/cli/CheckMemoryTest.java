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
 * check streams a layout rather than holding its features with their text: a layout of 200 000 points, which
 * held whole takes some 200 MB of heap, is checked by a Java with a heap of 96 MB.
 */
class CheckMemoryTest {
    private static final int FEATURES = 200_000;

    @TempDir
    Path folder;

    @Test
    void manyFeaturesAreCheckedInASmallHeap() throws Exception {
        Path file = points(folder.resolve("many.geojson"));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process check = new ProcessBuilder(java, "-Xmx96m", "-cp", System.getProperty("java.class.path"),
                "org.hubmap.Main", "check", file.toString()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("output.txt").toFile()).start();

        assertTrue(check.waitFor(5, TimeUnit.MINUTES), "check ends");
        String output = Files.readString(folder.resolve("output.txt"));
        assertEquals(0, check.exitValue(), output);
        assertTrue(output.endsWith(file + ": 0 errors, 0 warnings\n"), output);
    }

    /** Hubs and depots about 100 m apart in central Ukraine, each with an id and a name. */
    private static Path points(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < FEATURES; i++) {
                out.write(String.format(Locale.ROOT, "%s{\"type\":\"Feature\",\"id\":\"f%d\",\"properties\":"
                        + "{\"kind\":\"%s\",\"name\":\"Site %d\",\"notes\":\"%s\"},\"geometry\":{\"type\":\"Point\","
                        + "\"coordinates\":[%.5f,%.5f]}}\n", i == 0 ? "" : ",", i, i % 2 == 0 ? "hub" : "depot", i,
                        "planned by the second brigade, to be confirmed", 30 + i % 500 * 0.0015,
                        48 + i / 500 * 0.0015));
            }
            out.write("]}\n");
        }
        return file;
    }
}
