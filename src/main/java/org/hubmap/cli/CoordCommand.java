package org.hubmap.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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

/** {@code coord TEXT... [--json]}: reads a typed position and writes it in every format HubMap knows. */
@Command(name = "coord", mixinStandardHelpOptions = true,
        description = {"Read a position in decimal degrees, degrees-minutes-seconds, MGRS or UTM",
            "and print it in all of them. The words are joined with spaces. Without",
            "hemisphere letters latitude comes first; an MGRS reference means the centre",
            "of its square; the letter after a UTM zone is the latitude band (C-X)."},
        footer = {"", "Examples:", "  hubmap coord 50.4501 30.5234", "  hubmap coord 50 27 0.4 N 30 31 24.2 E",
            "  hubmap coord \"50°27'00.4\\\"N 30°31'24.2\\\"E\"", "  hubmap coord 36U UA 24182 91607",
            "  hubmap coord --json 36U 324182 5591608"})
public final class CoordCommand implements Callable<Integer> {
    private static final JsonFactory JSON = new JsonFactory();
    /** Decimals of the degrees in JSON: 1e-7 degrees is about a centimetre. */
    private static final double JSON_DEGREE_STEPS = 1e7;

    @Spec
    private CommandSpec spec;

    /** Gives coord -q as every command has it, though it prints no warning or note yet to leave out. */
    @Mixin
    private StandardStreams streams;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The position, in one or several words.")
    private List<String> words;

    @Option(names = "--json", description = "Print one JSON object: lat, lon, dd, dms, mgrs, utm.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        String text = String.join(" ", words);
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
        out.print(json ? json(position) : lines(position));
        out.flush();
        return ExitCodes.OK;
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
