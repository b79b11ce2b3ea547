package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileCopyTest {
    @TempDir
    Path folder;

    @Test
    void replacesAnExistingTargetWithTheSourceBytes() throws Exception {
        Path source = Files.write(folder.resolve("a.geojson"), new byte[] {1, 2, 3, 0, (byte) 0xff});
        Path target = Files.writeString(folder.resolve("b.geojson"), "older and longer content");

        AtomicFileCopy.copy(source, target);

        assertArrayEquals(new byte[] {1, 2, 3, 0, (byte) 0xff}, Files.readAllBytes(target));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("a.geojson", "b.geojson"),
                    files.map(path -> path.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void copyingAFileOntoItselfLeavesItAlone() throws Exception {
        Path file = Files.writeString(folder.resolve("a.geojson"), "{}");

        AtomicFileCopy.copy(file, folder.resolve(".").resolve("a.geojson"));

        assertEquals("{}", Files.readString(file));
    }
}
