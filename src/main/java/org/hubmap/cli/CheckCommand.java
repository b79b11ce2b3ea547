package org.hubmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hubmap.check.CheckReport;
import org.hubmap.check.CheckViolation;
import org.hubmap.check.CompactLayout;
import org.hubmap.check.PlanningChecks;
import org.hubmap.check.Severity;
import org.hubmap.io.CountryOutline;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutFormats;
import org.hubmap.io.LayoutReader;
import org.hubmap.io.LayoutSource;
import org.hubmap.io.ReadProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code check FILE...}: the planning checks of the app's Checks panel, headless, with the thresholds each layout
 * keeps in its {@code hubmap:checks} member. Each file is streamed into a {@link CompactLayout}, as validate
 * streams, so that a layout of millions of features is checked without holding its features or their text.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Run HubMap's planning checks on layouts: hubs and depots outside Ukraine, depots near zone "
                + "boundaries, overlapping or invalid zones, zones without a nation, names and ids used twice.",
            "Prints FILE: error|warning: message per violation; exit 1 if any file has an error or cannot be read."})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StandardStreams streams;

    @Mixin
    private LayoutFiles files;

    @Option(names = "--json", description = "Print one JSON document of every error and warning of reading and"
            + " every violation, with place, code and feature id (see docs/diagnostics.md); the exit code is the"
            + " same.")
    private boolean json;

    @Override
    public Integer call() {
        PlanningChecks checks;
        try {
            checks = new PlanningChecks(CountryOutline.ukraine());
        } catch (IOException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("error: the bundled outline of Ukraine cannot be read: " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_DATA;
        }
        if (!json) {
            return files.forEach(streams, "cannot be checked", (file, out, err) -> check(checks, file, out, err));
        }
        try (DiagnosticsJson report = new DiagnosticsJson(streams.out())) {
            return files.forEach(streams, (file, out, err) -> check(checks, file, report), (file, e, out, err) -> report.unreadable(file, e));
        }
    }

    /** Writes the warnings of reading {@code file} and its violations to {@code report}; whether any is an error. */
    private static boolean check(PlanningChecks checks, LayoutSource file, DiagnosticsJson report)
            throws LayoutFormatException {
        CompactLayout layout = new CompactLayout();
        FeaturePlaces places = new FeaturePlaces();
        LayoutReader.LayoutStreamSummary summary = LayoutFormats.stream(file, places.recording(layout::add),
                ReadProgress.NONE);
        CheckReport checked = checks.check(layout, summary.collectionMembers());
        boolean errors = checked.violations().stream().anyMatch(v -> v.severity() == Severity.ERROR);
        report.startFile(file.name(), !errors, summary.featureCount());
        summary.warnings().forEach(report::warning);
        checked.settingsWarnings().forEach(w -> report.fileWarning(file.name(), DiagnosticsJson.CHECK_SETTINGS, w));
        for (CheckViolation violation : checked.violations()) {
            int index = violation.features().get(0).index();
            report.violation(file.name(), violation, places.line(index), places.column(index));
        }
        report.endFile(summary.warningsNotListed(), checked.stoppedAtLimit());
        return errors;
    }

    /** Prints the violations in {@code file} and how many there are; whether any is an error. */
    private static boolean check(PlanningChecks checks, LayoutSource file, PrintWriter out, PrintWriter err)
            throws LayoutFormatException {
        CompactLayout layout = new CompactLayout();
        LayoutReader.LayoutStreamSummary summary = LayoutFormats.stream(file, layout::add, ReadProgress.NONE);
        CheckReport report = checks.check(layout, summary.collectionMembers());
        report.settingsWarnings().forEach(w -> err.println(file + ": warning: " + w));
        long errors = 0;
        for (CheckViolation violation : report.violations()) {
            boolean error = violation.severity() == Severity.ERROR;
            errors += error ? 1 : 0;
            out.println(file + ": " + (error ? "error" : "warning") + ": " + violation.message());
        }
        long warnings = report.violations().size() - errors;
        out.println(file + ": " + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
                + (warnings == 1 ? "" : "s"));
        return errors > 0;
    }
}
