package org.hubmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutReader;
import org.hubmap.io.ReadProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate FILE...}: checks layout files and lists every error and warning with its place. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check layout files against RFC 7946 and HubMap's layout format.",
            "Prints each error and warning as FILE:LINE:COL: message; exit 1 if any file has an error."})
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Layout files to check.")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean anyError = false;
        for (Path file : files) {
            try {
                LayoutReader.LayoutStreamSummary summary = LayoutReader.stream(file, feature -> { },
                        ReadProgress.NONE);
                summary.warnings().forEach(err::println);
                long warningCount = summary.warnings().size() + summary.warningsNotListed();
                if (summary.warningsNotListed() > 0) {
                    err.println(file + ": warning: " + summary.warningsNotListed() + " more warnings not listed");
                }
                out.println(file + ": valid, " + summary.featureCount() + " feature"
                        + (summary.featureCount() == 1 ? "" : "s") + ", " + warningCount + " warning"
                        + (warningCount == 1 ? "" : "s"));
            } catch (LayoutFormatException e) {
                anyError = true;
                err.println(errorLine(e));
                out.println(file + ": invalid");
            }
        }
        out.flush();
        err.flush();
        return anyError ? ExitCodes.BAD_DATA : ExitCodes.OK;
    }

    /** {@code FILE:LINE:COL: error: problem}, the same shape as a warning's line. */
    static String errorLine(LayoutFormatException e) {
        String place = e.line() > 0 ? e.file() + ":" + e.line() + ":" + e.column() : e.file().toString();
        return place + ": error: " + e.problem();
    }
}
