package org.hubmap.io;

import static org.hubmap.io.DiagnosticCode.WRITE_FORMAT;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;

/**
 * The one entry point for layouts in any format HubMap knows (see {@link LayoutFormat}): reads a file to a layout
 * with the warnings about it, whatever its format, and writes a layout in the format its file name asks for, with
 * a report of what that format could not keep. A file HubMap cannot read is refused with what it is and how to
 * convert it. GeoJSON and GeoJSON sequences stream; the other formats are read whole.
 */
public final class LayoutFormats {
    private LayoutFormats() {
    }

    /**
     * Reads a layout from a file in any format HubMap reads. A GeoJSON layout keeps its text for lossless saving;
     * a layout from another format has none and is saved as a fresh FeatureCollection.
     */
    public static LayoutReadResult read(Path file, ReadProgress progress) throws LayoutFormatException {
        return switch (FormatSniffer.formatOf(file)) {
            case GEOJSON -> LayoutReader.readWithWarnings(file, progress);
            case GEOJSON_SEQUENCE -> LayoutReader.readSequence(file, progress);
            case KML -> KmlReader.readKml(file);
            case KMZ -> KmlReader.readKmz(file);
            case CSV -> CsvPointReader.read(file);
            case GEOPACKAGE -> GeoPackageLayoutReader.read(file);
        };
    }

    /**
     * Reads a layout from a file or a stream in any format HubMap reads (a stream's format is told by its content).
     * A layout read from a stream has no text kept: it is saved as a fresh FeatureCollection.
     */
    public static LayoutReadResult read(LayoutSource source, ReadProgress progress) throws LayoutFormatException {
        if (source.file().isPresent()) {
            return read(source.file().get(), progress);
        }
        LayoutFormat format = source.format();
        return switch (format) {
            case GEOJSON, GEOJSON_SEQUENCE -> {
                List<LayoutFeature> features = new ArrayList<>();
                LayoutReader.LayoutStreamSummary summary = LayoutReader.stream(source.stream(), source.name(),
                        format == LayoutFormat.GEOJSON_SEQUENCE, features::add, progress);
                yield new LayoutReadResult(new Layout(source.name().toString(), features,
                        summary.collectionMembers(), null), summary.warnings(), summary.warningsNotListed());
            }
            case KML -> KmlReader.readKml(source.stream(), source.name());
            case CSV -> CsvPointReader.read(source.stream(), source.name());
            case KMZ, GEOPACKAGE -> throw new IllegalStateException(format + " is refused from a stream");
        };
    }

    /**
     * Hands a layout file's features to {@code sink} in file order, without keeping them when the format
     * streams (GeoJSON and GeoJSON sequences): memory then stays small whatever the file's size.
     */
    public static LayoutReader.LayoutStreamSummary stream(Path file, FeatureSink sink, ReadProgress progress)
            throws LayoutFormatException {
        return stream(LayoutSource.file(file), sink, progress);
    }

    /** As {@link #stream(Path, FeatureSink, ReadProgress)}, from a file or a stream such as standard input. */
    public static LayoutReader.LayoutStreamSummary stream(LayoutSource source, FeatureSink sink,
            ReadProgress progress) throws LayoutFormatException {
        LayoutFormat format = source.format();
        boolean sequence = format == LayoutFormat.GEOJSON_SEQUENCE;
        if (format == LayoutFormat.GEOJSON || sequence) {
            return source.file().isPresent()
                    ? sequence ? LayoutReader.streamSequence(source.file().get(), sink, progress)
                        : LayoutReader.stream(source.file().get(), sink, progress)
                    : LayoutReader.stream(source.stream(), source.name(), sequence, sink, progress);
        }
        LayoutReadResult result = read(source, progress);
        for (LayoutFeature feature : result.layout().features()) {
            sink.accept(feature);
        }
        return new LayoutReader.LayoutStreamSummary(result.layout().collectionMembers(),
                result.layout().features().size(), Map.of(), result.warnings(), result.warningsNotListed());
    }

    /** The format a file to be written in is asked for by its extension; throws for one HubMap cannot write. */
    public static LayoutFormat writeFormatOf(Path file) throws LayoutFormatException {
        LayoutFormat format = LayoutFormat.ofExtension(file).orElse(null);
        if (format == null || !format.writable()) {
            String extension = LayoutFormat.extension(file);
            throw LayoutFormatException.ofWholeFile(file.toString(), WRITE_FORMAT, (extension.isEmpty() ? "no extension"
                    : format == null ? "." + extension + " is not a format HubMap writes"
                    : format.label() + " is read only") + "; HubMap writes " + LayoutFormat.writableExtensions());
        }
        return format;
    }

    /**
     * Writes {@code layout} to {@code file} in the format its extension names, replacing the file safely (the old
     * one is kept as {@code .bak}). GeoJSON is written losslessly; every other format reports what it cannot keep.
     *
     * @param colours the colours KML styles give each kind and status
     */
    public static LayoutWriteReport write(Layout layout, Path file, WriteOptions options, FeatureColours colours)
            throws IOException {
        LayoutFormat format = writeFormatOf(file);
        if (format == LayoutFormat.GEOPACKAGE) {
            return GeoPackageLayoutWriter.write(layout, file);
        }
        LayoutWriteReport[] report = new LayoutWriteReport[1];
        SafeFileWriter.Saved saved = SafeFileWriter.write(file, out -> report[0] = write(layout, format, out,
                options, colours));
        return report[0].withFileNotKept(saved.notKept());
    }

    /**
     * Writes {@code layout} in {@code format} to {@code out}, such as standard output, which is left open. A
     * GeoPackage is a database that is built as a file, so it is not written to a stream.
     *
     * @throws IllegalArgumentException for a GeoPackage, or a format HubMap does not write
     */
    public static LayoutWriteReport write(Layout layout, LayoutFormat format, OutputStream out, WriteOptions options,
            FeatureColours colours) throws IOException {
        return switch (format) {
            case GEOJSON -> {
                LayoutWriter writer = new LayoutWriter(options);
                writer.write(layout, out);
                yield new LayoutWriteReport(layout.features().size(), writer.precisionNotKept().stream().toList());
            }
            case GEOJSON_SEQUENCE -> GeoJsonSequenceWriter.write(layout, out, options);
            case KML -> new KmlWriter(colours).writeKml(layout, out);
            case KMZ -> new KmlWriter(colours).writeKmz(layout, out);
            case CSV, GEOPACKAGE -> throw new IllegalArgumentException(format.label() + " is not written as a stream");
        };
    }

    /** The sentences for what a format keeps of no feature, with how many features had it. */
    static void addCount(List<String> notKept, long count, String what) {
        if (count > 0) {
            notKept.add(what + " of " + count + " feature" + (count == 1 ? "" : "s"));
        }
    }
}
