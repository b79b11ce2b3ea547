package org.hubmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every file a command makes gets the mode the umask gives, as any program's new file does (0644 with the usual
 * umask 0022), never owner-only: colleagues on a shared folder must be able to read it. The expected modes are
 * those of a file and a folder this test makes the plain way, so the test holds whatever the umask.
 */
class NewFileModeTest {
    private static final String SAMPLE = "maps/sample-layout.geojson";

    @TempDir
    Path folder;

    private String fileMode;
    private String folderMode;

    @BeforeEach
    void probeTheUmask() throws IOException {
        fileMode = mode(Files.createFile(folder.resolve("probe-file")));
        folderMode = mode(Files.createDirectory(folder.resolve("probe-folder")));
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"geojson", "geojsons", "kml", "kmz", "gpkg"})
    void convertMakesFilesWithTheUmasksMode(String extension) throws IOException {
        Path out = folder.resolve("out." + extension);
        CommandRun run = CommandRun.of(new ConvertCommand(), SAMPLE, out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(fileMode, mode(out), extension);
    }

    @Test
    void mergeMakesAFileWithTheUmasksMode() throws IOException {
        Path out = folder.resolve("merged.geojson");
        CommandRun run = CommandRun.of(new MergeCommand(), SAMPLE, SAMPLE, "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(fileMode, mode(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "pdf", "svg", "pptx"})
    void exportMakesFilesWithTheUmasksMode(String extension) throws IOException {
        Path out = folder.resolve("sheet." + extension);
        CommandRun run = extension.equals("pptx") ? CommandRun.of(new ExportCommand(), SAMPLE, "--out",
                out.toString()) : CommandRun.of(new ExportCommand(), SAMPLE, "--out", out.toString(), "--width", "320",
                "--height", "200");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(fileMode, mode(out), extension);
    }

    @Test
    void anAtlasFolderAndItsPagesGetTheUmasksModes() throws IOException {
        Path atlas = folder.resolve("atlas");
        CommandRun run = CommandRun.of(new ExportCommand(), SAMPLE, "--out", atlas.toString(), "--atlas", "zones",
                "--width", "320", "--height", "200");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(folderMode, mode(atlas));
        try (Stream<Path> pages = Files.list(atlas)) {
            List<Path> files = pages.toList();
            assertEquals(9, files.size(), files.toString());
            for (Path page : files) {
                assertEquals(fileMode, mode(page), page.toString());
            }
        }
    }
}
