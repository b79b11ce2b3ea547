package org.hubmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hubmap.io.LayoutFormat;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.ReadProgress;
import org.hubmap.store.SharedStore;
import org.hubmap.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code db push FILE --db URL --layout NAME}: puts a GeoJSON layout file in a shared store. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Put a GeoJSON layout file in the database as the layout NAME, in one transaction: a new"
                + " layout, or, when NAME exists, its features made those of the file (added, changed and removed;"
                + " features the file leaves as they are keep their versions, so colleagues' open copies stay"
                + " valid).",
            "Each feature is stored with its exact text and pulled back byte for byte. A feature without an id, or"
                + " with one an earlier feature has, is given a new id.",
            "The file's warnings are printed as validate prints them. A file that cannot be read, or a change"
                + " your role may not make (another nation's feature), stores nothing and exits with 1."},
        footer = {"", "Example:",
            "  hubmap db push plan.geojson --db postgresql://alice@dbhost/hubmap \\",
            "      --layout plan",
            "Other formats are converted first: hubmap convert plan.kml plan.geojson"})
public final class DbPushCommand extends StoreCommand {
    @Parameters(paramLabel = "FILE", description = "The GeoJSON layout file (.geojson or .json) to store.")
    private Path file;

    @Option(names = "--layout", required = true, paramLabel = "NAME", description = "The layout's name in the"
            + " database (hubmap db list shows them).")
    private String layout;

    @Override
    void checkUsage() {
        if (StandardStreams.isStandard(file)) {
            throw usage("db push reads a file, not standard input (-): it stores each feature's text as the file"
                    + " has it; save the layout to a file and name that");
        }
        LayoutFormat.ofExtension(file).filter(format -> format != LayoutFormat.GEOJSON).ifPresent(format -> {
            throw usage(file + " is " + format.label() + "; db push takes GeoJSON: convert it first with hubmap"
                    + " convert " + file + " LAYOUT.geojson");
        });
        if (layout.isBlank()) {
            throw usage("--layout needs a name, such as --layout plan");
        }
    }

    @Override
    int run(SharedStore store) throws StoreException {
        PrintWriter err = streams.err();
        SharedStore.PushReport report;
        try {
            report = store.push(file, layout, ReadProgress.NONE);
        } catch (LayoutFormatException e) {
            LayoutFiles.printErrors(err, e);
            err.println(file + ": not pushed; nothing was stored in " + database);
            return ExitCodes.BAD_DATA;
        }
        PrintWriter warnings = streams.warnings();
        report.warnings().forEach(warnings::println);
        if (report.warningsNotListed() > 0) {
            warnings.println(file + ": warning: " + report.warningsNotListed() + " more warnings not listed");
        }
        streams.out().println("Pushed " + file + " to layout '" + layout + "' at " + database + ": "
                + counts(report));
        return ExitCodes.OK;
    }

    /** "28 added" for a new layout; "3 changed, 1 added, 0 removed, 24 unchanged" for one that was there. */
    static String counts(SharedStore.PushReport report) {
        List<String> counts = new ArrayList<>();
        if (report.created()) {
            counts.add(report.added() + " added");
        } else {
            counts.add(report.changed() + " changed");
            counts.add(report.added() + " added");
            counts.add(report.removed() + " removed");
            counts.add(report.unchanged() + " unchanged");
        }
        if (report.givenIds() > 0) {
            counts.add(report.givenIds() == 1 ? "1 given a new id" : report.givenIds() + " given new ids");
        }
        return String.join(", ", counts);
    }
}
