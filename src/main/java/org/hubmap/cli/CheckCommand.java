package org.hubmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hubmap.check.CheckReport;
import org.hubmap.check.CheckViolation;
import org.hubmap.check.PlanningChecks;
import org.hubmap.check.Severity;
import org.hubmap.io.CountryOutline;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutReader;
import org.hubmap.model.Layout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check FILE...}: the planning checks of the app's Checks panel, headless, with the thresholds each layout
 * keeps in its {@code hubmap:checks} member.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Run HubMap's planning checks on layouts: hubs and depots outside Ukraine, depots near zone "
                + "boundaries, overlapping or invalid zones, zones without a nation, names and ids used twice.",
            "Prints FILE: error|warning: message per violation; exit 1 if any file has an error or cannot be read."})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Layout files to check.")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PlanningChecks checks;
        try {
            checks = new PlanningChecks(CountryOutline.ukraine());
        } catch (IOException e) {
            err.println("error: the bundled outline of Ukraine cannot be read: " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_DATA;
        }
        boolean anyError = false;
        for (Path file : files) {
            Layout layout;
            try {
                layout = LayoutReader.read(file);
            } catch (LayoutFormatException e) {
                err.println(ValidateCommand.errorLine(e));
                out.println(file + ": cannot be checked");
                anyError = true;
                continue;
            }
            CheckReport report = checks.check(layout);
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
            anyError |= errors > 0;
        }
        out.flush();
        err.flush();
        return anyError ? ExitCodes.BAD_DATA : ExitCodes.OK;
    }
}
