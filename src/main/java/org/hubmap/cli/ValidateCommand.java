package org.hubmap.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutFormats;
import org.hubmap.io.LayoutReader;
import org.hubmap.io.LayoutSource;
import org.hubmap.io.ReadProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code validate FILE...}: checks layout files and lists every error and warning with its place. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check layout files (GeoJSON against RFC 7946; also KML, KMZ, CSV, GeoPackage) and HubMap's"
                + " layout format.",
            "Prints each error and warning as FILE:LINE:COL: message; exit 1 if any file has an error."})
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    private StandardStreams streams;

    @Mixin
    private LayoutFiles files;

    @Option(names = "--json", description = "Print one JSON document of every error and warning with its place, code"
            + " and feature id (see docs/diagnostics.md); the exit code is the same.")
    private boolean json;

    @Override
    public Integer call() {
        if (!json) {
            return files.forEach(streams, "invalid", ValidateCommand::validate);
        }
        try (DiagnosticsJson report = new DiagnosticsJson(streams.out())) {
            return files.forEach(streams, (file, out, warnings) -> validate(report, file), (file, e, out, err) -> report.unreadable(file, e));
        }
    }

    private static boolean validate(DiagnosticsJson report, LayoutSource file) throws LayoutFormatException {
        LayoutReader.LayoutStreamSummary summary = LayoutFormats.stream(file, feature -> { }, ReadProgress.NONE);
        report.startFile(file.name(), true, summary.featureCount());
        summary.warnings().forEach(report::warning);
        report.endFile(summary.warningsNotListed(), List.of());
        return false;
    }

    /** Prints the warnings about {@code file} and what it holds; a file that can be read has no error. */
    private static boolean validate(LayoutSource file, PrintWriter out, PrintWriter warnings)
            throws LayoutFormatException {
        LayoutReader.LayoutStreamSummary summary = LayoutFormats.stream(file, feature -> { }, ReadProgress.NONE);
        summary.warnings().forEach(warnings::println);
        long warningCount = summary.warnings().size() + summary.warningsNotListed();
        if (summary.warningsNotListed() > 0) {
            warnings.println(file + ": warning: " + summary.warningsNotListed() + " more warnings not listed");
        }
        out.println(file + ": valid, " + summary.featureCount() + " feature"
                + (summary.featureCount() == 1 ? "" : "s") + ", " + warningCount + " warning"
                + (warningCount == 1 ? "" : "s"));
        return false;
    }
}
