package org.hubmap.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hubmap.io.LayoutFormatException;
import org.hubmap.io.LayoutFormats;
import org.hubmap.io.ReadProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stats FILE [--json]}: counts and figures of a layout. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Count a layout's features by kind, geometry, nation and status; its extent, positions,",
            "zones (holes, circles, geodesic area on WGS84) and capacity per kind."})
public final class StatsCommand implements Callable<Integer> {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    @Spec
    private CommandSpec spec;

    @Mixin
    private StandardStreams streams;

    @Parameters(paramLabel = "FILE", description = "Layout file to measure; - for standard input.")
    private Path file;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        // Zone areas, the costliest figure, are measured on worker threads while the file is read.
        try (ZoneAreaSum zoneAreas = new ZoneAreaSum()) {
            LayoutStatistics stats = new LayoutStatistics(zoneAreas);
            try {
                LayoutFormats.stream(streams.source(file), stats::add, ReadProgress.NONE);
            } catch (LayoutFormatException e) {
                LayoutFiles.printErrors(spec.commandLine().getErr(), e);
                spec.commandLine().getErr().flush();
                return ExitCodes.BAD_DATA;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? json(stats) : table(stats));
            out.flush();
            warnOfCapacities(stats, spec.commandLine().getErr());
            return ExitCodes.OK;
        }
    }

    /** Says what the capacity totals count that the user may not expect, or leave out. */
    private void warnOfCapacities(LayoutStatistics stats, PrintWriter err) {
        if (stats.capacitiesAsText() > 0) {
            err.println(file + ": warning: " + stats.capacitiesAsText() + " capacit"
                    + (stats.capacitiesAsText() == 1 ? "y is" : "ies are") + " written as text, such as \"1200\", and"
                    + " counted as numbers; write them without quotes (validate names each)");
        }
        if (stats.capacitiesNotNumbers() > 0) {
            err.println(file + ": warning: " + stats.capacitiesNotNumbers() + " capacit"
                    + (stats.capacitiesNotNumbers() == 1 ? "y is" : "ies are") + " not a number and not counted");
        }
        err.flush();
    }

    /**
     * The figures as one JSON object, its keys always in this order: features, by_kind, by_geometry, by_nation,
     * by_status, bbox, positions, zones (count, with_holes, holes, circles, area_km2_total), capacity_total,
     * capacity_as_text, capacity_not_numbers; the keys within by_* and capacity_total sorted. Numbers are plain:
     * integral ones as integers, others as decimals without an exponent.
     */
    static String json(LayoutStatistics stats) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeNumberField("features", stats.features());
            writeCounts(g, "by_kind", stats.byKind());
            writeCounts(g, "by_geometry", stats.byGeometry());
            writeCounts(g, "by_nation", stats.byNation());
            writeCounts(g, "by_status", stats.byStatus());
            g.writeFieldName("bbox");
            double[] bbox = stats.bbox();
            if (bbox == null) {
                g.writeNull();
            } else {
                g.writeStartArray();
                for (double edge : bbox) {
                    g.writeNumber(BigDecimal.valueOf(edge).stripTrailingZeros());
                }
                g.writeEndArray();
            }
            g.writeNumberField("positions", stats.positions());
            g.writeObjectFieldStart("zones");
            g.writeNumberField("count", stats.zones());
            g.writeNumberField("with_holes", stats.zonesWithHoles());
            g.writeNumberField("holes", stats.holes());
            g.writeNumberField("circles", stats.circles());
            g.writeNumberField("area_km2_total", round(stats.zoneAreaSquareKm(), 3));
            g.writeEndObject();
            g.writeObjectFieldStart("capacity_total");
            for (Map.Entry<String, Double> entry : stats.capacityByKind().entrySet()) {
                g.writeNumberField(entry.getKey(), round(entry.getValue(), 6));
            }
            g.writeEndObject();
            g.writeNumberField("capacity_as_text", stats.capacitiesAsText());
            g.writeNumberField("capacity_not_numbers", stats.capacitiesNotNumbers());
            g.writeEndObject();
        }
        return text + System.lineSeparator();
    }

    private static void writeCounts(JsonGenerator g, String name, Map<String, Long> counts) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            g.writeNumberField(entry.getKey(), entry.getValue());
        }
        g.writeEndObject();
    }

    private static BigDecimal round(double value, int places) {
        return new BigDecimal(value).setScale(places, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    static String table(LayoutStatistics stats) {
        StringBuilder text = new StringBuilder();
        line(text, "features", Long.toString(stats.features()));
        line(text, "by kind", counts(stats.byKind()));
        line(text, "by geometry", counts(stats.byGeometry()));
        line(text, "by nation", counts(stats.byNation()));
        line(text, "by status", counts(stats.byStatus()));
        double[] bbox = stats.bbox();
        line(text, "extent", bbox == null ? "none" : String.format(Locale.ROOT,
                "%.5f..%.5f E, %.5f..%.5f N", bbox[0], bbox[2], bbox[1], bbox[3]));
        line(text, "positions", Long.toString(stats.positions()));
        line(text, "zones", String.format(Locale.ROOT, "%d (%d with %d holes, %d circles), %s km² in all",
                stats.zones(), stats.zonesWithHoles(), stats.holes(), stats.circles(),
                round(stats.zoneAreaSquareKm(), 3).toPlainString()));
        StringBuilder capacity = new StringBuilder();
        stats.capacityByKind().forEach((kind, total) -> capacity.append(capacity.length() == 0 ? "" : ", ")
                .append(kind).append(' ').append(round(total, 6).toPlainString()));
        line(text, "capacity", capacity.length() == 0 ? "none" : capacity.toString());
        return text.toString();
    }

    private static String counts(Map<String, Long> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((key, count) -> text.append(text.length() == 0 ? "" : ", ").append(key).append(' ')
                .append(count));
        return text.length() == 0 ? "none" : text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format(Locale.ROOT, "%-12s %s%n", label + ":", value));
    }
}
