package org.hubmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hubmap.io.LayoutConverter;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.ReadProgress;
import org.hubmap.io.WriteOptions;
import org.hubmap.render.SymbologyColours;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convert IN OUT [--precision N]}: writes a layout in the format OUT's extension names. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert a layout between formats, chosen by the files' extensions: reads .geojson/.json,",
            ".geojsons (GeoJSON text sequence), .kml, .kmz, .csv (points) and .gpkg; writes all of them but .csv.",
            "GeoJSON is written normalised: RFC 7946 winding, WGS84, every property and foreign member kept.",
            "OUT is replaced safely (the old OUT is kept as OUT.bak); what cannot be kept is reported."})
public final class ConvertCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "Layout file to read, in any format HubMap reads.")
    private Path input;

    @Parameters(index = "1", paramLabel = "OUT",
            description = "File to write: .geojson, .json, .geojsons, .kml, .kmz or .gpkg.")
    private Path output;

    @Option(names = "--precision", paramLabel = "N",
            description = "Round coordinates to N decimal places (0-15; default: shortest exact decimal).")
    private Integer precision;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        WriteOptions options;
        try {
            options = precision == null ? WriteOptions.SHORTEST : WriteOptions.withDecimals(precision);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try {
            LayoutConverter.Report report = LayoutConverter.convert(input, output, options, new SymbologyColours(),
                    ReadProgress.NONE);
            report.warnings().forEach(err::println);
            if (report.warningsNotListed() > 0) {
                err.println(input + ": warning: " + report.warningsNotListed() + " more warnings not listed");
            }
            report.notKept().forEach(what -> err.println(input + ": not kept: " + what));
            err.println(output + ": " + report.featureCount() + " features written");
            return ExitCodes.OK;
        } catch (LayoutFormatException e) {
            return LayoutFiles.notWritten(err, output, e);
        } catch (IOException e) {
            err.println(output + ": cannot be written: " + e.getMessage());
            return ExitCodes.BAD_DATA;
        } finally {
            err.flush();
        }
    }
}
