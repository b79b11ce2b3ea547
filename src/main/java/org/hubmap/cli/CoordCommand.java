package org.hubmap.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.PositionFormat;
import org.hubmap.geo.PositionParseException;
import org.hubmap.geo.PositionParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code coord TEXT... [--json]}: reads a typed position and writes it in every format HubMap knows; with no TEXT, or
 * {@code -}, reads positions from standard input, one a line or from CSV columns, and writes one result for each.
 */
@Command(name = "coord", mixinStandardHelpOptions = true, preprocessor = MinusSignedWords.class,
        description = {"Read a position in decimal degrees, degrees-minutes-seconds, MGRS or UTM",
            "and print it in all of them. The words are joined with spaces. Without",
            "hemisphere letters latitude comes first; an MGRS reference means the centre",
            "of its square; the letter after a UTM zone is the latitude band (C-X).",
            "",
            "With no TEXT, or with -, reads positions from standard input, one a line",
            "(or from CSV columns below a header, see --csv-column), and writes one",
            "result for each: in text, one line for each input line (or row below the",
            "header), tab-separated, with empty lines and # comments passed through;",
            "in CSV and JSON, one row for each position, with its input line number,",
            "and nothing for empty or comment lines. A line that cannot be read gets a",
            "row with empty fields (null in JSON) and a message <stdin>:LINE:COL on",
            "standard error, and reading goes on; the exit code is then 1."},
        footer = {"", "Examples:", "  hubmap coord 50.4501 30.5234", "  hubmap coord 50 27 0.4 N 30 31 24.2 E",
            "  hubmap coord \"50°27'00.4\\\"N 30°31'24.2\\\"E\"", "  hubmap coord 36U UA 24182 91607",
            "  hubmap coord -33.92 18.42",
            "  hubmap coord --json 36U 324182 5591608",
            "  hubmap coord --to csv < positions.txt > positions.csv",
            "  hubmap coord --csv-column mgrs --to json < sites.csv",
            "  hubmap coord --lat-column lat --lon-column lon < sites.csv"})
public final class CoordCommand implements Callable<Integer> {
    private static final JsonFactory JSON = new JsonFactory();
    /** Decimals of the degrees in JSON: 1e-7 degrees is about a centimetre. */
    private static final double JSON_DEGREE_STEPS = 1e7;
    private static final String STDIN_WORD = "-";

    @Spec
    private CommandSpec spec;

    /** Standard input for positions, and -q as every command has it: coord's messages are errors, which it keeps. */
    @Mixin
    private StandardStreams streams;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = {"The position, in one or several words;",
        "none or - to read positions from standard input."})
    private List<String> words = List.of();

    @Option(names = "--json", description = "Print one JSON object: lat, lon, dd, dms, mgrs, utm (the same as --to"
            + " json when reading standard input).")
    private boolean json;

    @Option(names = "--to", paramLabel = "FORMAT", converter = RowFormat.Converter.class,
            description = "One result a position: text (tab-separated dd, dms, mgrs, utm; the default for"
                    + " standard input), csv (header line,lat,lon,dd,dms,mgrs,utm) or json (one object a line).")
    private RowFormat to;

    @Option(names = "--csv-column", paramLabel = "NAME|NUMBER",
            description = "Read standard input as CSV with a header and take each position from this column.")
    private String csvColumn;

    @Option(names = "--lat-column", paramLabel = "NAME|NUMBER",
            description = "Read standard input as CSV and take latitudes from this column (with --lon-column).")
    private String latColumn;

    @Option(names = "--lon-column", paramLabel = "NAME|NUMBER",
            description = "Read standard input as CSV and take longitudes from this column (with --lat-column).")
    private String lonColumn;

    @Override
    public Integer call() throws IOException {
        if (json && to != null && to != RowFormat.JSON) {
            return usageError("--json and --to " + to.typedName() + " ask for two formats; give one");
        }
        boolean csvInput = csvColumn != null || latColumn != null || lonColumn != null;
        if (words.isEmpty() || words.equals(List.of(STDIN_WORD))) {
            if (words.isEmpty() && streams.inputIsTerminal()) {
                return usageError("no position given; give one, such as hubmap coord 50.4501 30.5234, or pipe"
                        + " positions in, one a line (see hubmap coord --help)");
            }
            return batch();
        }
        if (csvInput) {
            return usageError("--csv-column, --lat-column and --lon-column read standard input; give no position"
                    + " with them");
        }
        return single(String.join(" ", words));
    }

    private Integer single(String text) throws IOException {
        GeoPosition position;
        try {
            position = PositionParser.parse(text);
        } catch (PositionParseException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("coord: cannot read \"" + text + "\": " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_DATA;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (to != null) {
            PositionRows rows = to.open(out);
            rows.position(1, PositionTexts.of(position));
            rows.finish();
            return ExitCodes.OK;
        }
        out.print(json ? json(position) : lines(position));
        out.flush();
        return ExitCodes.OK;
    }

    private Integer batch() throws IOException {
        if ((latColumn == null) != (lonColumn == null)) {
            return usageError("--lat-column and --lon-column go together; give both");
        }
        if (csvColumn != null && latColumn != null) {
            return usageError("give either --csv-column or --lat-column and --lon-column, not both");
        }
        PrintWriter out = spec.commandLine().getOut();
        RowFormat format = to != null ? to : json ? RowFormat.JSON : RowFormat.TEXT;
        CoordBatch batch = new CoordBatch(format.open(out), out, spec.commandLine().getErr());
        Reader in = new InputStreamReader(streams.input(), StandardCharsets.UTF_8);
        try {
            if (csvColumn != null) {
                batch.csv(in, new CsvColumn(csvColumn));
            } else if (latColumn != null) {
                batch.csv(in, new CsvColumn(latColumn), new CsvColumn(lonColumn));
            } else {
                batch.lines(in);
            }
        } catch (CoordUsageException e) {
            return usageError(e.getMessage());
        }
        return batch.finish();
    }

    private int usageError(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("coord: " + message);
        err.flush();
        return ExitCodes.BAD_USAGE;
    }

    static String lines(GeoPosition position) {
        StringBuilder text = new StringBuilder();
        for (PositionFormat format : PositionFormat.values()) {
            String value = format.format(position);
            text.append(String.format(Locale.ROOT, "%-9s %s%n", format.label() + ":",
                    value.isEmpty() ? "none (the grid covers 80°S to 84°N)" : value));
        }
        return text.toString();
    }

    static String json(GeoPosition position) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.writeStartObject();
            g.writeNumberField("lat", Math.round(position.latDegrees() * JSON_DEGREE_STEPS) / JSON_DEGREE_STEPS);
            g.writeNumberField("lon", Math.round(position.lonDegrees() * JSON_DEGREE_STEPS) / JSON_DEGREE_STEPS);
            writeText(g, "dd", PositionFormat.DECIMAL_DEGREES.format(position));
            writeText(g, "dms", PositionFormat.DEGREES_MINUTES_SECONDS.format(position));
            writeText(g, "mgrs", PositionFormat.MGRS.format(position));
            writeText(g, "utm", PositionFormat.UTM.format(position));
            g.writeEndObject();
        }
        return text + System.lineSeparator();
    }

    /** A text member, or null where the format does not reach. */
    private static void writeText(JsonGenerator g, String name, String value) throws IOException {
        if (value.isEmpty()) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
    }
}
