package org.hubmap.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hubmap.model.Layout;

/**
 * Converts a layout file from any format HubMap reads to any it writes, the formats following the files'
 * extensions (see {@link LayoutFormats}). Between GeoJSON and GeoJSON sequences it streams: features go out as
 * they come in, so memory stays small for files of any size; other formats are read whole. GeoJSON is written
 * normalised: every geometry written from its coordinates, with exteriors counter-clockwise and holes clockwise,
 * in WGS84 longitude/latitude; properties, ids and foreign members are kept as read, and whatever cannot be kept
 * is listed in the report.
 */
public final class LayoutConverter {
    private LayoutConverter() {
    }

    /** What a conversion wrote, what it could not keep, and the warnings about the input. */
    public record Report(long featureCount, List<String> notKept, List<LayoutWarning> warnings,
            long warningsNotListed) {
        public Report {
            notKept = List.copyOf(notKept);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Converts {@code input} into {@code output}, which is replaced safely only when all went well. When both are
     * GeoJSON or GeoJSON sequences, features are written on a thread of their own while the next ones are read.
     *
     * @param colours the colours of the styles KML gives each kind and status
     */
    public static Report convert(Path input, Path output, WriteOptions options, FeatureColours colours,
            ReadProgress progress) throws LayoutFormatException, IOException {
        return convert(LayoutSource.file(input), output, options, colours, progress);
    }

    /** As {@link #convert(Path, Path, WriteOptions, FeatureColours, ReadProgress)}, from a file or a stream. */
    public static Report convert(LayoutSource input, Path output, WriteOptions options, FeatureColours colours,
            ReadProgress progress) throws LayoutFormatException, IOException {
        LayoutFormat to = LayoutFormats.writeFormatOf(output);
        return convert(input, to, content -> SafeFileWriter.write(output, content).notKept(),
                layout -> LayoutFormats.write(layout, output, options, colours), options, progress);
    }

    /**
     * Converts {@code input} into {@code format} on {@code output}, such as standard output, which is left open.
     * What was written before a fault in the input stays written: a stream cannot be taken back.
     *
     * @throws IllegalArgumentException for a format that is not written as a stream (GeoPackage)
     */
    public static Report convert(LayoutSource input, LayoutFormat format, OutputStream output, WriteOptions options,
            FeatureColours colours, ReadProgress progress) throws LayoutFormatException, IOException {
        if (!format.writable() || format == LayoutFormat.GEOPACKAGE) {
            throw new IllegalArgumentException(format.label() + " is not written as a stream");
        }
        return convert(input, format, content -> {
            content.writeTo(output);
            output.flush();
            return List.of();
        }, layout -> {
            LayoutWriteReport report = LayoutFormats.write(layout, format, output, options, colours);
            output.flush();
            return report;
        }, options, progress);
    }

    private static Report convert(LayoutSource input, LayoutFormat to, Destination streamed, WholeWriter whole,
            WriteOptions options, ReadProgress progress) throws LayoutFormatException, IOException {
        LayoutFormat from = input.format();
        boolean streams = from == LayoutFormat.GEOJSON || from == LayoutFormat.GEOJSON_SEQUENCE;
        if (streams && to == LayoutFormat.GEOJSON) {
            return toGeoJson(input, from == LayoutFormat.GEOJSON_SEQUENCE, streamed, options, progress);
        }
        if (streams && to == LayoutFormat.GEOJSON_SEQUENCE) {
            return toSequence(input, from == LayoutFormat.GEOJSON_SEQUENCE, streamed, options, progress);
        }
        LayoutReadResult read = LayoutFormats.read(input, progress);
        LayoutWriteReport written = whole.write(read.layout());
        return new Report(written.featureCount(), written.notKept(), read.warnings(), read.warningsNotListed());
    }

    /** Where streamed content goes: a file replaced safely, or a stream; returns what a file could not keep. */
    @FunctionalInterface
    private interface Destination {
        List<String> write(SafeFileWriter.ContentWriter content) throws IOException;
    }

    /** Writes a layout read whole. */
    @FunctionalInterface
    private interface WholeWriter {
        LayoutWriteReport write(Layout layout) throws IOException;
    }

    private static Report toGeoJson(LayoutSource input, boolean sequence, Destination output, WriteOptions options,
            ReadProgress progress) throws LayoutFormatException, IOException {
        FeatureJsonWriter features = new FeatureJsonWriter(options, false);
        LayoutReader.LayoutStreamSummary[] summary = new LayoutReader.LayoutStreamSummary[1];
        List<String> fileNotKept = output.write(out -> {
            // Features are written as root values so that each starts a line: ",\n" separates root values.
            try (JsonGenerator g = LayoutWriter.JSON.createGenerator(out)) {
                g.setRootValueSeparator(new SerializedString(",\n"));
                g.writeRaw("{\"type\":\"FeatureCollection\",\"features\":[\n");
                summary[0] = LayoutReader.streamConcurrently(input, sequence, feature -> {
                    try {
                        features.write(g, feature);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, progress);
                g.writeRaw(summary[0].featureCount() == 0 ? "]" : "\n]");
                for (Map.Entry<String, Object> member : summary[0].collectionMembers().entrySet()) {
                    if (!member.getKey().equals("crs")) {
                        g.writeRaw(",");
                        g.writeRaw(FeatureJsonWriter.memberText(member.getKey(), member.getValue()));
                    }
                }
                g.writeRaw("}\n");
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
        List<String> notKept = notKept(summary[0]);
        features.precisionNotKept().ifPresent(notKept::add);
        notKept.addAll(fileNotKept);
        return new Report(summary[0].featureCount(), notKept, summary[0].warnings(), summary[0].warningsNotListed());
    }

    private static Report toSequence(LayoutSource input, boolean sequence, Destination output, WriteOptions options,
            ReadProgress progress) throws LayoutFormatException, IOException {
        LayoutReader.LayoutStreamSummary[] summary = new LayoutReader.LayoutStreamSummary[1];
        GeoJsonSequenceWriter[] writers = new GeoJsonSequenceWriter[1];
        List<String> fileNotKept = output.write(out -> {
            GeoJsonSequenceWriter writer = new GeoJsonSequenceWriter(out, options);
            writers[0] = writer;
            try {
                summary[0] = LayoutReader.streamConcurrently(input, sequence, feature -> {
                    try {
                        writer.add(feature);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, progress);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.finish();
        });
        List<String> notKept = notKept(summary[0]);
        notKept.removeIf(sentence -> sentence.contains("\"crs\""));
        if (!summary[0].collectionMembers().isEmpty()) {
            notKept.add(0, GeoJsonSequenceWriter.collectionMembersNotKept(summary[0].collectionMembers().keySet()));
        }
        writers[0].precisionNotKept().ifPresent(notKept::add);
        notKept.addAll(fileNotKept);
        return new Report(summary[0].featureCount(), notKept, summary[0].warnings(), summary[0].warningsNotListed());
    }

    private static List<String> notKept(LayoutReader.LayoutStreamSummary summary) {
        List<String> notKept = new ArrayList<>();
        if (summary.collectionMembers().containsKey("crs")) {
            notKept.add("the obsolete \"crs\" member (RFC 7946 layouts are WGS84 without it)");
        }
        summary.unmodelledGeometryMembers().forEach((member, count) -> notKept.add("\"" + member
                + "\" members of " + count + " geometr" + (count == 1 ? "y" : "ies")
                + " (geometries are rewritten from their coordinates)"));
        return notKept;
    }
}
