package org.hubmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hubmap.compare.DuplicateId;
import org.hubmap.compare.LayoutMerge;
import org.hubmap.compare.MergeChoice;
import org.hubmap.compare.MergeDecisions;
import org.hubmap.compare.MergeResult;
import org.hubmap.io.LayoutFormat;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutFormats;
import org.hubmap.io.LayoutWriteReport;
import org.hubmap.io.ReadProgress;
import org.hubmap.io.WriteOptions;
import org.hubmap.model.Layout;
import org.hubmap.render.SymbologyColours;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code merge A B --out C [--prefer a|b] [--base BASE]}: a colleague's layout B merged into layout A. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Merge layout B (a colleague's) into layout A and write the result to C. Features are",
            "paired by id, or without an id by kind, name and a position within 50 m. B's new features are",
            "added, identical ones skipped, and nothing only one side has is deleted. A feature both changed is a",
            "conflict; with --base (the version both started from) only what both changed differently is,",
            "and an edit on one side is taken. With conflicts and no --prefer nothing is written."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:C written", "1:conflicts remain (listed); nothing written",
            "2:bad usage, a layout cannot be read, or C cannot be written"},
        footer = {"", "Examples:", "  hubmap merge mine.geojson colleague.geojson --out merged.geojson",
            "  hubmap merge mine.geojson colleague.geojson --out merged.geojson --prefer b",
            "  hubmap merge mine.geojson colleague.geojson --base sent.geojson --out merged.geojson"})
public final class MergeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StandardStreams streams;

    @Parameters(index = "0", paramLabel = "A", description = "My layout, the one merged into; - for standard input.")
    private Path mine;

    @Parameters(index = "1", paramLabel = "B", description = "The colleague's layout.")
    private Path theirs;

    @Option(names = "--out", required = true, paramLabel = "C",
            description = "File to write (replaced safely; an old C is kept as C.bak); - for GeoJSON on standard"
                + " output, the report then on standard error.")
    private Path out;

    @Option(names = "--prefer", paramLabel = "a|b",
            description = "Settle every conflict for A (mine) or for B (theirs).")
    private String prefer;

    @Option(names = "--base", paramLabel = "BASE",
            description = "The version A and B were both edited from: merge three-way.")
    private Path base;

    @Override
    public Integer call() {
        Optional<MergeChoice> choice = choice();
        PrintWriter stdout = streams.out();
        PrintWriter err = streams.err();
        boolean toStandardOutput = StandardStreams.isStandard(out);
        // With the layout on standard output, the report must not mix with it.
        PrintWriter report = toStandardOutput ? err : stdout;
        String outName = toStandardOutput ? "<stdout>" : out.toString();
        try {
            MergeResult result;
            try {
                Layout a = read(mine);
                Layout b = read(theirs);
                result = base == null ? LayoutMerge.twoWay(a, b) : LayoutMerge.threeWay(read(base), a, b);
            } catch (LayoutFormatException e) {
                LayoutFiles.printErrors(err, e);
                err.println(outName + ": not written");
                return ExitCodes.TROUBLE;
            }
            warnOfDuplicates(result, streams.warnings());
            MergeDecisions decisions = choice.map(MergeDecisions::all).orElse(MergeDecisions.none());
            if (!result.undecided(decisions).isEmpty()) {
                report.print(MergeReport.conflicts(result, StandardStreams.nameOf(mine),
                        StandardStreams.nameOf(theirs), Optional.ofNullable(base).map(StandardStreams::nameOf)));
                err.println(outName + ": not written: " + MergeReport.conflicts(result.conflicts().size())
                        + "; settle them with --prefer a or --prefer b");
                return ExitCodes.DIFFERENT;
            }
            Layout merged = result.merged(decisions);
            try {
                LayoutWriteReport written = toStandardOutput ? writeToStandardOutput(merged)
                        : LayoutFormats.write(merged, out, WriteOptions.SHORTEST, new SymbologyColours());
                written.notKept().forEach(what -> streams.note(outName + ": not kept: " + what));
            } catch (IOException e) {
                err.println(outName + ": cannot be written: " + e.getMessage());
                return ExitCodes.TROUBLE;
            }
            String summary = MergeReport.summary(result, choice, StandardStreams.nameOf(mine),
                    StandardStreams.nameOf(theirs));
            if (toStandardOutput) {
                streams.warnings().print(summary);
            } else {
                stdout.print(summary);
            }
            streams.note(outName + ": " + merged.features().size() + " features written");
            return ExitCodes.OK;
        } finally {
            stdout.flush();
            err.flush();
        }
    }

    /** A layout in any format HubMap reads. */
    private Layout read(Path file) throws LayoutFormatException {
        return LayoutFormats.read(streams.source(file), ReadProgress.NONE).layout();
    }

    private LayoutWriteReport writeToStandardOutput(Layout merged) throws IOException {
        TextOutputStream text = new TextOutputStream(streams.out());
        LayoutWriteReport written = LayoutFormats.write(merged, LayoutFormat.GEOJSON, text, WriteOptions.SHORTEST,
                new SymbologyColours());
        text.close();
        return written;
    }

    private void warnOfDuplicates(MergeResult result, PrintWriter err) {
        for (DuplicateId duplicate : result.duplicateIdsInMine()) {
            err.println(DiffReport.duplicateWarning(StandardStreams.nameOf(mine), duplicate));
        }
        for (DuplicateId duplicate : result.duplicateIdsInTheirs()) {
            err.println(DiffReport.duplicateWarning(StandardStreams.nameOf(theirs), duplicate));
        }
    }

    private Optional<MergeChoice> choice() {
        if (prefer == null) {
            return Optional.empty();
        }
        return switch (prefer.toLowerCase(Locale.ROOT)) {
            case "a" -> Optional.of(MergeChoice.MINE);
            case "b" -> Optional.of(MergeChoice.THEIRS);
            default -> throw new ParameterException(spec.commandLine(), "--prefer must be a or b, not " + prefer);
        };
    }
}
