package org.hubmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hubmap.compare.LayoutDiff;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutFormats;
import org.hubmap.io.ReadProgress;
import org.hubmap.model.Layout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diff A B [--json]}: what changed from one layout to another, feature by feature. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two layouts feature by feature: added, removed, moved (geodesic distance on",
            "WGS84), reshaped, and changed properties. Features are paired by id; without an id, by kind, name",
            "and a position within 50 m."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the layouts hold the same features", "1:they differ",
            "2:bad usage, or a layout cannot be read"},
        footer = {"", "Examples:", "  hubmap diff mine.geojson colleague.geojson",
            "  hubmap diff --json mine.geojson colleague.geojson"})
public final class DiffCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StandardStreams streams;

    @Parameters(index = "0", paramLabel = "A", description = "The layout before; - for standard input.")
    private Path before;

    @Parameters(index = "1", paramLabel = "B", description = "The layout after; - for standard input.")
    private Path after;

    @Option(names = "--json", description = "Print one JSON object: added, removed, changed, unchanged,"
            + " duplicate_ids.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Layout a;
        Layout b;
        try {
            a = LayoutFormats.read(streams.source(before), ReadProgress.NONE).layout();
            b = LayoutFormats.read(streams.source(after), ReadProgress.NONE).layout();
        } catch (LayoutFormatException e) {
            LayoutFiles.printErrors(err, e);
            err.flush();
            return ExitCodes.TROUBLE;
        }
        LayoutDiff diff = LayoutDiff.between(a, b);
        String beforeName = StandardStreams.nameOf(before);
        String afterName = StandardStreams.nameOf(after);
        DiffReport.duplicateWarnings(diff, beforeName, afterName).forEach(streams.warnings()::println);
        out.print(json ? DiffReport.json(diff) : DiffReport.text(diff, beforeName, afterName));
        out.flush();
        err.flush();
        return diff.isEmpty() ? ExitCodes.OK : ExitCodes.DIFFERENT;
    }
}
