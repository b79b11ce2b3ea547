package org.hubmap.io.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The failing file system is the real disk until told otherwise, and then fails as Linux does. */
class FaultyFileSystemTest {
    @TempDir
    Path real;
    private final FaultyFileSystem faults = new FaultyFileSystem();

    @Test
    void withoutFaultsItIsTheRealDiskSpeltTheSame() throws IOException {
        Path file = faults.path(real).resolve("a.txt");

        Files.writeString(file, "written");

        assertSame(faults, file.getFileSystem());
        assertEquals(real.resolve("a.txt").toString(), file.toString());
        assertEquals("written", Files.readString(real.resolve("a.txt")));
        try (Stream<Path> listed = Files.list(faults.path(real))) {
            assertEquals(List.of(file), listed.toList());
        }
    }

    @Test
    void aFullDiskTakesWhatFitsThenSaysNoSpaceLeft() throws IOException {
        Path file = faults.path(real).resolve("a.txt");
        faults.fillDiskAfter(10);

        IOException full = assertThrows(IOException.class, () -> Files.writeString(file, "twenty-five bytes of text"));

        assertEquals("No space left on device", full.getMessage());
        assertEquals("twenty-fiv", Files.readString(real.resolve("a.txt")), "what fitted was written");
    }

    @Test
    void aReadOnlyFolderRefusesNewFilesButLetsItsFilesBeWritten() throws IOException {
        Path folder = faults.path(real);
        Path existing = Files.writeString(folder.resolve("a.txt"), "old");
        faults.makeReadOnly(folder);

        assertThrows(AccessDeniedException.class, () -> Files.createFile(folder.resolve("b.txt")));
        assertThrows(AccessDeniedException.class, () -> Files.delete(existing));
        assertFalse(Files.isWritable(folder));
        Files.writeString(existing, "new");

        assertEquals("new", Files.readString(existing));
        faults.clearFaults();
        assertTrue(Files.isWritable(folder));
    }
}
