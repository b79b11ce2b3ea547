package org.hubmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hubmap.io.LayoutFormats;
import org.hubmap.io.LayoutReadResult;
import org.hubmap.io.LayoutSource;
import org.hubmap.io.ReadProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -} names standard input to every command that reads layouts, and standard output to those that write. */
class StandardInputTest {
    private static final String SAMPLE = "maps/sample-layout.geojson";
    private static final String WARNINGS = "src/test/resources/layouts/valid/warnings.geojson";

    @TempDir
    Path folder;

    private static String sample() throws Exception {
        return Files.readString(Path.of(SAMPLE));
    }

    /** The layout in {@code text}, read as standard input is. */
    private static LayoutReadResult read(String text) throws Exception {
        return LayoutFormats.read(LayoutSource.stream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                Path.of("<stdin>")), ReadProgress.NONE);
    }

    @Test
    void validateReadsStandardInputAndNamesIt() throws Exception {
        CommandRun run = CommandRun.withInput(sample(), ValidateCommand.class, "-");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("<stdin>: valid, 28 features, 0 warnings\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void faultsAndWarningsInStandardInputAreNamedWithLineAndColumn() throws Exception {
        CommandRun bad = CommandRun.withInput("{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[30,]}}]}",
                ValidateCommand.class, "-");
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().startsWith("<stdin>:2:80: error: malformed JSON"), bad.err());
        assertEquals("<stdin>: invalid\n", bad.out());

        CommandRun warned = CommandRun.withInput(Files.readString(Path.of(WARNINGS)), ValidateCommand.class, "-");
        assertEquals(0, warned.exitCode(), warned.err());
        assertEquals(8, warned.err().lines().count(), warned.err());
        assertTrue(warned.err().lines().allMatch(line -> line.matches("<stdin>:\\d+:\\d+: warning: .+")),
                warned.err());
    }

    @Test
    void theFormatOfStandardInputIsToldByItsContent() throws Exception {
        Path kml = folder.resolve("layout.kml");
        Path sequence = folder.resolve("layout.geojsons");
        assertEquals(0, CommandRun.of(new ConvertCommand(), SAMPLE, kml.toString()).exitCode());
        assertEquals(0, CommandRun.of(new ConvertCommand(), SAMPLE, sequence.toString()).exitCode());

        assertEquals("<stdin>: valid, 28 features, 1 warning\n",
                CommandRun.withInput(Files.readString(kml), ValidateCommand.class, "-").out());
        assertEquals("<stdin>: valid, 28 features, 0 warnings\n",
                CommandRun.withInput(Files.readString(sequence), ValidateCommand.class, "-").out());
        assertEquals("<stdin>: valid, 1 feature, 0 warnings\n",
                CommandRun.withInput("name,kind,lat,lon\nHub A,hub,50.4,30.5\n", ValidateCommand.class, "-").out());
    }

    @Test
    void newlineDelimitedGeoJsonOnStandardInputIsASequence() {
        String lines = LayoutTexts.hub("a", "Hub {A}", "active", 30.5, 50.4) + "\n"
                + LayoutTexts.hub("b", "Hub \\\"B\\\"", "active", 30.6, 50.4) + "\n";
        CommandRun run = CommandRun.withInput(lines, ValidateCommand.class, "-");
        assertEquals("<stdin>: valid, 2 features, 0 warnings\n", run.out(), run.err());
        CommandRun document = CommandRun.withInput("{\"type\":\"FeatureCollection\",\"features\":[\n" + lines
                .replace("}\n{", "},\n{") + "]}\n", ValidateCommand.class, "-");
        assertEquals("<stdin>: valid, 2 features, 0 warnings\n", document.out(), document.err());
    }

    @Test
    void zipArchivesAndDatabasesAreRefusedFromStandardInputWithWhatToDo() {
        CommandRun zip = CommandRun.withInput(new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4, 0, 0}),
                ValidateCommand.class, "-");
        assertEquals(1, zip.exitCode());
        assertEquals("<stdin>: error: this is a zip archive, such as KMZ, which is read from its end and not as a"
                + " stream: save it to a file and name that file\n", zip.err());
        CommandRun database = CommandRun.withInput("SQLite format 3\0...", StatsCommand.class, "-");
        assertEquals(1, database.exitCode());
        assertTrue(database.err().startsWith("<stdin>: error: this is a GeoPackage"), database.err());
        assertEquals("", database.out());
    }

    @Test
    void convertWritesGeoJsonToStandardOutputAndNothingElse() throws Exception {
        CommandRun run = CommandRun.withInput("", ConvertCommand.class, SAMPLE, "-");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("<stdout>: 28 features written\n", run.err());
        assertEquals(28, read(run.out()).layout().features().size());

        CommandRun validate = CommandRun.withInput(run.out(), ValidateCommand.class, "-");
        assertEquals("<stdin>: valid, 28 features, 0 warnings\n", validate.out());
        assertEquals(0, validate.exitCode(), validate.err());
    }

    @Test
    void convertWritesTheFormatAskedForToStandardOutput() throws Exception {
        CommandRun sequence = CommandRun.withInput(sample(), ConvertCommand.class, "-", "-", "--format", "geojsons");
        assertEquals(0, sequence.exitCode(), sequence.err());
        assertTrue(sequence.out().startsWith("\u001e{\"type\":\"Feature\""), sequence.out());
        assertEquals(28, read(sequence.out()).layout().features().size());

        CommandRun kml = CommandRun.withInput(sample(), ConvertCommand.class, "-", "-", "-f", "kml");
        assertEquals(0, kml.exitCode(), kml.err());
        assertTrue(kml.out().startsWith("<?xml"), kml.out());
        List<String> names = new ArrayList<>();
        read(kml.out()).layout().features().forEach(feature -> names.add(feature.name()));
        assertTrue(names.contains("Hub Kyiv North"), names.toString());
    }

    @Test
    void binaryFormatsAndDisagreeingFormatsAreBadUsage() {
        CommandRun kmz = CommandRun.withInput("", ConvertCommand.class, SAMPLE, "-", "--format", "kmz");
        assertEquals(2, kmz.exitCode());
        assertTrue(kmz.err().startsWith("KMZ is not written to standard output; write it to a file"), kmz.err());
        assertEquals("", kmz.out());
        CommandRun disagree = CommandRun.withInput("", ConvertCommand.class, SAMPLE,
                folder.resolve("a.kml").toString(), "--format", "geojson");
        assertEquals(2, disagree.exitCode());
        assertTrue(disagree.err().startsWith("--format geojson disagrees with the extension of"), disagree.err());
        assertTrue(Files.notExists(folder.resolve("a.kml")));
    }

    @Test
    void convertReadsStandardInputIntoAFile() throws Exception {
        Path out = folder.resolve("out.geojsons");
        CommandRun run = CommandRun.withInput(sample(), ConvertCommand.class, "-", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(28, Files.readAllLines(out).size());
        assertTrue(run.err().contains("<stdin>: not kept: the collection's own members name"), run.err());
    }

    @Test
    void aFaultPartWayThroughStandardInputLeavesStandardOutputIncomplete() {
        CommandRun run = CommandRun.withInput("{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[30,50]}},\n"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\"", ConvertCommand.class,
                "-", "-");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("<stdin>:3:"), run.err());
        assertTrue(run.err().endsWith("<stdout>: left incomplete\n"), run.err());
    }

    @Test
    void statsAndCheckReadStandardInput() throws Exception {
        CommandRun stats = CommandRun.withInput(sample(), StatsCommand.class, "-");
        assertEquals(0, stats.exitCode(), stats.err());
        assertEquals(CommandRun.of(new StatsCommand(), SAMPLE).out(), stats.out());

        CommandRun check = CommandRun.withInput(sample(), CheckCommand.class, "-");
        assertEquals(1, check.exitCode(), check.err());
        assertTrue(check.out().lines().allMatch(line -> line.startsWith("<stdin>: ")), check.out());
        assertTrue(check.out().endsWith("<stdin>: 2 errors, 0 warnings\n"), check.out());
    }

    @Test
    void diffAndMergeTakeOneLayoutFromStandardInput() throws Exception {
        CommandRun diff = CommandRun.withInput(sample(), DiffCommand.class, "-", SAMPLE);
        assertEquals(0, diff.exitCode(), diff.err());
        assertTrue(diff.out().startsWith("<stdin> -> " + SAMPLE), diff.out());

        CommandRun merge = CommandRun.withInput(sample(), MergeCommand.class, "-", SAMPLE, "--out", "-");
        assertEquals(0, merge.exitCode(), merge.err());
        assertEquals(28, read(merge.out()).layout().features().size());
        assertTrue(merge.err().startsWith("merged b (" + SAMPLE + ") into a (<stdin>)"), merge.err());
        assertTrue(merge.err().endsWith("<stdout>: 28 features written\n"), merge.err());
    }

    @Test
    void whatCannotBeReadAsAStreamSaysWhatToDo() throws Exception {
        CommandRun geometry = CommandRun.withInput("{\"type\":\"Point\",\"coordinates\":[30,50]}",
                ValidateCommand.class, "-");
        assertEquals(1, geometry.exitCode());
        assertEquals("<stdin>: error: a bare Geometry cannot be read as a stream; put it in a Feature, or name it as"
                + " a file\n", geometry.err());
    }

    @Test
    void standardInputIsReadOnceOnly() throws Exception {
        CommandRun run = CommandRun.withInput(sample(), DiffCommand.class, "-", "-");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("standard input (-) can be read only once"), run.err());
    }

    @Test
    void exportDrawsStandardInputButWritesNoPictureToStandardOutput() throws Exception {
        Path png = folder.resolve("sheet.png");
        CommandRun run = CommandRun.withInput(sample(), ExportCommand.class, "-", "--out", png.toString(),
                "--width", "320", "--height", "200");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.size(png) > 0);
        assertEquals("", run.out());

        CommandRun toStandardOutput = CommandRun.withInput(sample(), ExportCommand.class, "-", "--out", "-");
        assertEquals(2, toStandardOutput.exitCode());
        assertTrue(toStandardOutput.err().startsWith("--out - (standard output) is not for pictures"),
                toStandardOutput.err());
    }
}
