package org.hubmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hubmap.io.LayoutConverter;
import org.hubmap.io.LayoutFormat;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.ReadProgress;
import org.hubmap.io.WriteOptions;
import org.hubmap.render.SymbologyColours;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convert IN OUT [--precision N] [--format F]}: writes a layout in the format OUT's extension names. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert a layout between formats, chosen by the files' extensions: reads .geojson/.json,",
            ".geojsons (GeoJSON text sequence), .kml, .kmz, .csv (points) and .gpkg; writes all of them but .csv.",
            "GeoJSON is written normalised: RFC 7946 winding, WGS84, every property and foreign member kept.",
            "OUT is replaced safely (the old OUT is kept as OUT.bak); what cannot be kept is reported.",
            "IN - reads standard input (its format told by its content); OUT - writes standard output."},
        footer = {"", "Examples:", "  hubmap convert layout.kml layout.geojson",
            "  hubmap convert layout.geojson - --format geojsons | hubmap validate -"})
public final class ConvertCommand implements Callable<Integer> {
    /** How messages name standard output. */
    private static final String STANDARD_OUTPUT = "<stdout>";

    @Spec
    private CommandSpec spec;

    @Mixin
    private StandardStreams streams;

    @Parameters(index = "0", paramLabel = "IN",
            description = "Layout file to read, in any format HubMap reads; - for standard input.")
    private Path input;

    @Parameters(index = "1", paramLabel = "OUT",
            description = "File to write: .geojson, .json, .geojsons, .kml, .kmz or .gpkg; - for standard output.")
    private Path output;

    @Option(names = "--precision", paramLabel = "N",
            description = "Round coordinates to N decimal places (0-15; default: shortest exact decimal).")
    private Integer precision;

    @Option(names = {"-f", "--format"}, paramLabel = "F",
            description = "Format to write to standard output: geojson (the default), geojsons or kml. With a file"
                + " OUT it must agree with OUT's extension.")
    private String format;

    @Override
    public Integer call() {
        PrintWriter err = streams.err();
        WriteOptions options;
        try {
            options = precision == null ? WriteOptions.SHORTEST : WriteOptions.withDecimals(precision);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        boolean toStandardOutput = StandardStreams.isStandard(output);
        LayoutFormat outputFormat = outputFormat(toStandardOutput);
        String outputName = toStandardOutput ? STANDARD_OUTPUT : output.toString();
        try {
            LayoutConverter.Report report;
            if (toStandardOutput) {
                TextOutputStream text = new TextOutputStream(streams.out());
                report = LayoutConverter.convert(streams.source(input), outputFormat, text, options,
                        new SymbologyColours(), ReadProgress.NONE);
                text.close();
            } else {
                report = LayoutConverter.convert(streams.source(input), output, options, new SymbologyColours(),
                        ReadProgress.NONE);
            }
            PrintWriter warnings = streams.warnings();
            report.warnings().forEach(warnings::println);
            if (report.warningsNotListed() > 0) {
                warnings.println(StandardStreams.nameOf(input) + ": warning: " + report.warningsNotListed()
                        + " more warnings not listed");
            }
            report.notKept().forEach(what -> warnings.println(StandardStreams.nameOf(input) + ": not kept: " + what));
            streams.note(outputName + ": " + report.featureCount() + " feature" + (report.featureCount() == 1 ? ""
                    : "s") + " written");
            return ExitCodes.OK;
        } catch (LayoutFormatException e) {
            if (toStandardOutput) {
                LayoutFiles.printErrors(err, e);
                err.println(outputName + ": left incomplete");
                return ExitCodes.BAD_DATA;
            }
            return LayoutFiles.notWritten(err, output, e);
        } catch (IOException e) {
            err.println(outputName + ": cannot be written: " + e.getMessage());
            return ExitCodes.BAD_DATA;
        } finally {
            streams.flush();
        }
    }

    /**
     * The format asked for with {@code --format}: for standard output GeoJSON by default and text formats only; for
     * a file, its extension decides, and {@code --format} may only agree with it. Null when the extension is to be
     * read by the converter, which names what is wrong with it.
     */
    private LayoutFormat outputFormat(boolean toStandardOutput) {
        Optional<LayoutFormat> named = Optional.ofNullable(format).map(name -> LayoutFormat.ofExtension(name)
                .orElseThrow(() -> usage("--format must be geojson, geojsons or kml, not " + name)));
        if (!toStandardOutput) {
            Optional<LayoutFormat> byExtension = LayoutFormat.ofExtension(output);
            if (named.isPresent() && !named.equals(byExtension)) {
                throw usage("--format " + format + " disagrees with the extension of " + output
                        + "; the extension decides the format of a file");
            }
            return null;
        }
        LayoutFormat chosen = named.orElse(LayoutFormat.GEOJSON);
        if (chosen != LayoutFormat.GEOJSON && chosen != LayoutFormat.GEOJSON_SEQUENCE
                && chosen != LayoutFormat.KML) {
            throw usage(chosen.label() + " is not written to standard output; write it to a file named with its"
                    + " extension, or choose --format geojson, geojsons or kml");
        }
        return chosen;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
