package org.hubmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hubmap.io.DiagnosticCode;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutFormats;
import org.hubmap.io.ReadProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class LayoutFilesTest {
    private static final String NL = System.lineSeparator();

    /** A command that counts each file's features and calls a file with more than one an error. */
    @Command(name = "count")
    static final class CountCommand implements Callable<Integer> {
        @Mixin
        private StandardStreams streams;

        @Mixin
        private LayoutFiles files;

        @Override
        public Integer call() {
            return files.forEach(streams, "not counted", (file, out, err) -> {
                int count = LayoutFormats.read(file, ReadProgress.NONE).layout().features().size();
                out.println(file + ": " + count);
                return count > 1;
            });
        }
    }

    @Test
    void goesOnPastAFileItCannotReadAndExitsOne(@TempDir Path folder) throws Exception {
        String broken = "src/test/resources/layouts/invalid/unclosed-ring.geojson";
        Path empty = Files.writeString(folder.resolve("empty.geojson"),
                "{\"type\": \"FeatureCollection\", \"features\": []}");
        CommandRun run = CommandRun.of(new CountCommand(), broken, empty.toString());
        assertEquals(1, run.exitCode());
        assertEquals(broken + ": not counted" + NL + empty + ": 0" + NL, run.out());
        assertEquals(broken + ":2:80: error: polygon ring is not closed: its last position must repeat its first"
                + " (in the 1st feature)" + NL, run.err());
    }

    @Test
    void exitsOneWhenTheWorkFindsAnError() {
        CommandRun run = CommandRun.of(new CountCommand(), "maps/sample-layout.geojson");
        assertEquals(1, run.exitCode());
        assertEquals("maps/sample-layout.geojson: 28" + NL, run.out());
        assertEquals("", run.err());
    }

    @Test
    void exitsZeroWhenEveryFileIsReadWithoutError(@TempDir Path folder) throws Exception {
        Path empty = Files.writeString(folder.resolve("empty.geojson"),
                "{\"type\": \"FeatureCollection\", \"features\": []}");
        assertEquals(0, CommandRun.of(new CountCommand(), empty.toString()).exitCode());
    }

    @Test
    void anErrorLineHasThePlaceOrOnlyTheFile() {
        assertEquals("a.geojson:3:17: error: expected ','",
                LayoutFiles.errorLine(new LayoutFormatException("a.geojson", 3, 17, DiagnosticCode.JSON_SYNTAX,
                        "expected ','")));
        assertEquals("a.geojson: error: no such file",
                LayoutFiles.errorLine(LayoutFormatException.ofWholeFile("a.geojson", DiagnosticCode.FILE_NOT_FOUND,
                        "no such file")));
    }

    @Test
    void notWrittenSaysWhyAndWhatAndGivesTheExitCode() {
        StringWriter text = new StringWriter();
        int code = LayoutFiles.notWritten(new PrintWriter(text), Path.of("out.png"),
                LayoutFormatException.ofWholeFile("in.geojson", DiagnosticCode.FILE_NOT_FOUND, "no such file"));
        assertEquals(ExitCodes.BAD_DATA, code);
        assertEquals("in.geojson: error: no such file" + NL + "out.png: not written" + NL, text.toString());
    }
}
