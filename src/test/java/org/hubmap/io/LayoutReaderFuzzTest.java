package org.hubmap.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reader fails on any input only with its own {@link LayoutFormatException}: never another exception, a hang
 * or a stack overflow. {@code mvn verify} runs the saved inputs under
 * {@code src/test/resources/org/hubmap/io/LayoutReaderFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class LayoutReaderFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void failsOnlyWithItsOwnError(byte[] input) throws IOException {
        Path file = Files.createTempFile("fuzz", ".geojson");
        try {
            Files.write(file, input);
            try {
                LayoutReader.readWithWarnings(file, ReadProgress.NONE);
            } catch (LayoutFormatException expected) {
                String message = expected.getMessage();
                if (!message.startsWith(file + ":") || message.lines().count() != 1 || expected.problem().isBlank()) {
                    throw new AssertionError("not a one-line FILE:LINE:COL message: " + message);
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
