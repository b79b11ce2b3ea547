package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hubmap.io.faults.FaultyFileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFileWriterTest {
    private static final String OLD = "{\"type\": \"FeatureCollection\", \"features\": []}\n";

    @TempDir
    Path folder;
    private Path target;

    @BeforeEach
    void writeTheOldVersion() throws IOException {
        target = folder.resolve("layout.geojson");
        Files.writeString(target, OLD);
    }

    private List<Path> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void replacesTheFileAndKeepsThePreviousVersionAsBak() throws IOException {
        SafeFileWriter.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
        assertEquals(OLD, Files.readString(folder.resolve("layout.geojson.bak")));
        assertEquals(List.of(target, folder.resolve("layout.geojson.bak")), filesInFolder(), "no temporary left");
    }

    @Test
    void writesANewFileWithoutABackup() throws IOException {
        Path fresh = folder.resolve("fresh.geojson");
        SafeFileWriter.write(fresh, out -> out.write('x'));
        assertEquals("x", Files.readString(fresh));
        assertTrue(Files.notExists(folder.resolve("fresh.geojson.bak")));
    }

    @Test
    void aCrashMidSaveLeavesTheOldFile() throws IOException {
        assertThrows(IllegalStateException.class, () -> SafeFileWriter.write(target, out -> {
            out.write("half of the new con".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("crash");
        }));
        assertEquals(OLD, Files.readString(target));
        assertEquals(List.of(target), filesInFolder(), "temporary removed, no backup of an unfinished save");
    }

    @Test
    void aFullDiskLeavesTheOldFileAndSaysSo() throws IOException {
        FaultyFileSystem disk = new FaultyFileSystem();
        disk.fillDiskAfter(4096);
        IOException e = assertThrows(IOException.class, () -> SafeFileWriter.write(disk.path(target), out -> {
            for (int i = 0; i < 10_000; i++) {
                out.write("some feature text ".getBytes(StandardCharsets.UTF_8));
            }
        }));
        assertEquals(target + ": no space left on the disk: nothing was saved and the file there is unchanged; free"
                + " space or save elsewhere", e.getMessage());
        assertEquals("No space left on device", e.getCause().getMessage());
        assertEquals(OLD, Files.readString(target));
        assertEquals(List.of(target), filesInFolder());
    }

    @Test
    void theContentsOwnFailureIsPassedOnAsItIs() throws IOException {
        IOException unreadable = new IOException("source.geojson:4:1: the file ends in the middle of the JSON");
        IOException e = assertThrows(IOException.class, () -> SafeFileWriter.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw unreadable;
        }));
        assertEquals(unreadable, e, "not taken for a fault of the disk");
        assertEquals(OLD, Files.readString(target));
        assertEquals(List.of(target), filesInFolder());
    }

    @Test
    void killingTheProcessMidSaveLeavesTheOldFile() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process saver = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SlowSaveProcess.class.getName(), target.toString()).redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(saver.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("saving", output.readLine());
            awaitTemporaryWithContent();
            saver.destroyForcibly();
            assertTrue(saver.waitFor(10, TimeUnit.SECONDS));
        }
        assertEquals(OLD, Files.readString(target), "the original is intact");
        assertTrue(Files.notExists(folder.resolve("layout.geojson.bak")));
        List<Path> left = filesInFolder();
        assertEquals(2, left.size(), "the killed process leaves only its temporary beside the original: " + left);
        assertTrue(left.get(0).getFileName().toString().startsWith(".layout.geojson."), left.toString());
        assertTrue(Files.size(left.get(0)) > 0, "it was killed while writing");
    }

    /** Waits until the saving process has written part of its temporary file, however busy the machine. */
    private void awaitTemporaryWithContent() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            for (Path file : filesInFolder()) {
                if (!file.equals(target) && Files.size(file) > 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the saving process wrote nothing in a minute");
    }
}
