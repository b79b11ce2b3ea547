package org.hubmap.io;

import static org.hubmap.io.DiagnosticCode.JSON_SYNTAX;
import static org.hubmap.io.DiagnosticCode.NOT_UTF8;
import static org.hubmap.io.DiagnosticCode.TOP_LEVEL;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;

/**
 * Reads GeoJSON layout files: RFC 7946 FeatureCollections, a lone Feature (a layout of one), a bare Geometry (a
 * layout of one feature without properties), and GeoJSON text sequences (RFC 8142, one Feature per text, with or
 * without the record separator). The file is streamed one feature at a time, so its text is never held in memory
 * whole. Every fault is reported as a
 * {@link LayoutFormatException} with the file, line and column; what is accepted only by interpreting it is
 * reported as a {@link LayoutWarning}.
 */
public final class LayoutReader {
    private final Path file;
    private final boolean sequence;
    private final FeatureSizeLimit sizeLimit;

    private LayoutReader(Path file, boolean sequence, FeatureSizeLimit sizeLimit) {
        this.file = file;
        this.sequence = sequence;
        this.sizeLimit = sizeLimit;
    }

    /** Reads a whole layout file, keeping its text for lossless saving. */
    public static Layout read(Path file) throws LayoutFormatException {
        return readWithWarnings(file, ReadProgress.NONE).layout();
    }

    /** Reads a whole layout file, keeping its text for lossless saving, with the warnings about it. */
    public static LayoutReadResult readWithWarnings(Path file, ReadProgress progress) throws LayoutFormatException {
        return readWithWarnings(file, false, progress);
    }

    /** Reads a whole GeoJSON text sequence (RFC 8142), with the warnings about it; its text is not kept. */
    public static LayoutReadResult readSequence(Path file, ReadProgress progress) throws LayoutFormatException {
        return readWithWarnings(file, true, progress);
    }

    private static LayoutReadResult readWithWarnings(Path file, boolean sequence, ReadProgress progress)
            throws LayoutFormatException {
        return readWithWarnings(file, sequence, progress, FeatureSizeLimit.DEFAULT);
    }

    /** As {@link #readWithWarnings(Path, ReadProgress)}, refusing features larger than {@code sizeLimit}. */
    static LayoutReadResult readWithWarnings(Path file, boolean sequence, ReadProgress progress,
            FeatureSizeLimit sizeLimit) throws LayoutFormatException {
        List<LayoutFeature> features = new ArrayList<>();
        Warnings warnings = new Warnings(file);
        GeoJsonLayoutParser.Document document = new LayoutReader(file, sequence, sizeLimit).parse(true,
                features::add, progress, warnings);
        Layout layout = new Layout(file.getFileName().toString(), features, document.collectionMembers(),
                document.text());
        return new LayoutReadResult(layout, warnings.listed(), warnings.notListed());
    }

    /**
     * Streams a layout file's features to {@code sink} without keeping them or the file's text: memory stays
     * small whatever the file's size.
     */
    public static LayoutStreamSummary stream(Path file, FeatureSink sink, ReadProgress progress)
            throws LayoutFormatException {
        return stream(file, false, sink, progress);
    }

    /**
     * Streams like {@link #stream(Path, FeatureSink, ReadProgress)}, each feature with its exact text, for a store
     * that keeps every feature's bytes: only the separators between features are held.
     */
    public static LayoutStreamSummary streamWithText(Path file, FeatureSink sink, ReadProgress progress)
            throws LayoutFormatException {
        Warnings warnings = new Warnings(file);
        GeoJsonLayoutParser.Document document = new LayoutReader(file, false, FeatureSizeLimit.DEFAULT).parse(true,
                sink, progress, warnings);
        return new LayoutStreamSummary(document.collectionMembers(), document.featureCount(),
                document.unmodelledGeometryMembers(), warnings.listed(), warnings.notListed());
    }

    /**
     * Reads a whole FeatureCollection that is not a file of its own, such as one put together from a database,
     * keeping its text for lossless saving; {@code name} names it in messages. {@code in} is closed when this
     * returns.
     */
    public static LayoutReadResult readWithWarnings(InputStream in, Path name, ReadProgress progress)
            throws LayoutFormatException {
        List<LayoutFeature> features = new ArrayList<>();
        Warnings warnings = new Warnings(name);
        LayoutReader reader = new LayoutReader(name, false, FeatureSizeLimit.DEFAULT);
        try {
            GeoJsonLayoutParser.Document document = reader.parse(true, GeoJsonLayoutParser.TopLevel.AS_TYPED,
                    features::add, progress, warnings, () -> in, 0);
            Layout layout = new Layout(name.getFileName().toString(), features, document.collectionMembers(),
                    document.text());
            return new LayoutReadResult(layout, warnings.listed(), warnings.notListed());
        } catch (GeoJsonLayoutParser.ReadAgain e) {
            throw LayoutFormatException.ofWholeFile(name.toString(), TOP_LEVEL, "not a FeatureCollection");
        }
    }

    /** Streams a GeoJSON text sequence (RFC 8142) as {@link #stream(Path, FeatureSink, ReadProgress)} does. */
    public static LayoutStreamSummary streamSequence(Path file, FeatureSink sink, ReadProgress progress)
            throws LayoutFormatException {
        return stream(file, true, sink, progress);
    }

    private static LayoutStreamSummary stream(Path file, boolean sequence, FeatureSink sink, ReadProgress progress)
            throws LayoutFormatException {
        return stream(file, sequence, sink, progress, FeatureSizeLimit.DEFAULT);
    }

    /** As {@link #stream(Path, FeatureSink, ReadProgress)}, refusing features larger than {@code sizeLimit}. */
    static LayoutStreamSummary stream(Path file, boolean sequence, FeatureSink sink, ReadProgress progress,
            FeatureSizeLimit sizeLimit) throws LayoutFormatException {
        Warnings warnings = new Warnings(file);
        GeoJsonLayoutParser.Document document = new LayoutReader(file, sequence, sizeLimit).parse(false, sink,
                progress, warnings);
        return new LayoutStreamSummary(document.collectionMembers(), document.featureCount(),
                document.unmodelledGeometryMembers(), warnings.listed(), warnings.notListed());
    }

    /**
     * Streams like {@link #stream}, but runs {@code sink} on a thread of its own, so that what it does with a feature
     * overlaps with reading the next. The sink gets the features in file order, all on that one thread, and has
     * taken the last of them when this returns. What the sink throws stops the reading and is thrown here.
     */
    public static LayoutStreamSummary streamConcurrently(Path file, FeatureSink sink, ReadProgress progress)
            throws LayoutFormatException {
        return streamConcurrently(LayoutSource.file(file), false, sink, progress);
    }

    /**
     * As {@link #streamConcurrently(Path, FeatureSink, ReadProgress)}, from a file or a stream, for a text sequence
     * when asked.
     */
    static LayoutStreamSummary streamConcurrently(LayoutSource source, boolean sequence, FeatureSink sink,
            ReadProgress progress) throws LayoutFormatException {
        try (BackgroundSink background = new BackgroundSink(sink, "layout sink")) {
            LayoutStreamSummary summary = source.file().isPresent()
                    ? stream(source.file().get(), sequence, background, progress)
                    : stream(source.stream(), source.name(), sequence, background, progress);
            background.finish();
            return summary;
        }
    }

    /**
     * Streams the features of GeoJSON that is not a file of its own, such as a resource bundled in the jar, to
     * {@code sink}; {@code name} names it in messages. A lone Feature must name its type before its geometry here,
     * and a bare Geometry is refused, since the stream cannot be read twice. {@code in} is closed when this returns.
     */
    public static LayoutStreamSummary stream(InputStream in, Path name, FeatureSink sink)
            throws LayoutFormatException {
        return stream(in, name, false, sink, ReadProgress.NONE);
    }

    /**
     * As {@link #stream(InputStream, Path, FeatureSink)}, for a GeoJSON text sequence too when {@code sequence}.
     * {@code progress} is told the bytes read, of a size not known.
     */
    static LayoutStreamSummary stream(InputStream in, Path name, boolean sequence, FeatureSink sink,
            ReadProgress progress) throws LayoutFormatException {
        Warnings warnings = new Warnings(name);
        LayoutReader reader = new LayoutReader(name, sequence, FeatureSizeLimit.DEFAULT);
        GeoJsonLayoutParser.TopLevel topLevel = sequence ? GeoJsonLayoutParser.TopLevel.SEQUENCE
                : GeoJsonLayoutParser.TopLevel.AS_TYPED;
        try {
            GeoJsonLayoutParser.Document document = reader.parse(false, topLevel, sink, progress, warnings,
                    () -> in, 0);
            return new LayoutStreamSummary(document.collectionMembers(), document.featureCount(),
                    document.unmodelledGeometryMembers(), warnings.listed(), warnings.notListed());
        } catch (GeoJsonLayoutParser.ReadAgain e) {
            throw LayoutFormatException.ofWholeFile(name.toString(), TOP_LEVEL,
                    e.as() == GeoJsonLayoutParser.TopLevel.FEATURE
                    ? "a lone Feature read as a stream must name its \"type\" before its geometry; put it in a"
                        + " FeatureCollection, or name it as a file"
                    : "a bare Geometry cannot be read as a stream; put it in a Feature, or name it as a file");
        }
    }

    private GeoJsonLayoutParser.Document parse(boolean keepText, FeatureSink sink, ReadProgress progress,
            Warnings warnings) throws LayoutFormatException {
        GeoJsonLayoutParser.TopLevel topLevel = sequence ? GeoJsonLayoutParser.TopLevel.SEQUENCE
                : GeoJsonLayoutParser.TopLevel.AS_TYPED;
        try {
            return parse(keepText, topLevel, sink, progress, warnings, () -> Files.newInputStream(file), -1);
        } catch (GeoJsonLayoutParser.ReadAgain e) {
            return parse(keepText, e.as(), sink, progress, new Warnings(file), () -> Files.newInputStream(file), -1);
        }
    }

    /** Parses what {@code opener} gives; {@code size} is its length in bytes, -1 to take the file's, 0 if unknown. */
    private GeoJsonLayoutParser.Document parse(boolean keepText, GeoJsonLayoutParser.TopLevel topLevel,
            FeatureSink sink, ReadProgress progress, Warnings warnings, InputOpener opener, long size)
            throws LayoutFormatException {
        GeoJsonLayoutParser parser = new GeoJsonLayoutParser(keepText, topLevel, 0, sink, progress, warnings,
                sizeLimit);
        GeoJsonLayoutParser.Document document;
        try (InputStream in = new BufferedInputStream(opener.open(), 1 << 16)) {
            Utf8Check.requireUtf8(in, warnings);
            parser.fileSize(size >= 0 ? size : Files.size(file));
            InputStream text = topLevel == GeoJsonLayoutParser.TopLevel.SEQUENCE ? new RecordSeparatorsAsSpaces(in)
                    : in;
            document = parser.parse(text);
        } catch (GeoJsonSyntaxError e) {
            throw withFeatureErrors(parser, at(e));
        } catch (EncodedSurrogateException e) {
            throw withFeatureErrors(parser, at(NOT_UTF8, placeOfByte(e.offset()),
                    EncodedSurrogateException.problem()));
        } catch (JsonProcessingException e) {
            throw withFeatureErrors(parser, at(JSON_SYNTAX, JsonErrorText.placeOf(e), JsonErrorText.of(e)));
        } catch (IOException e) {
            throw LayoutFormatException.notRead(file.toString(), e);
        }
        if (!parser.featureErrors().isEmpty()) {
            throw withFeatureErrors(parser, null);
        }
        return document;
    }

    /**
     * The line and column of the byte at {@code offset} of the file, columns counted in characters; the file's
     * start when it cannot be read again.
     */
    private JsonPlace placeOfByte(long offset) {
        int line = 1;
        int column = 1;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            for (long at = 0; at < offset; at++) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                if (b == '\n') {
                    line++;
                    column = 1;
                } else if ((b & 0xC0) != 0x80) {
                    column++;
                }
            }
        } catch (IOException e) {
            return new JsonPlace(1, 1);
        }
        return new JsonPlace(line, column);
    }

    /** Opens the bytes to parse. */
    @FunctionalInterface
    private interface InputOpener {
        InputStream open() throws IOException;
    }

    /**
     * The errors of features {@code parser} found and skipped, followed by {@code stopping}, the error that ended
     * the reading (null when it read to the end), which then says that nothing after it was read.
     */
    private LayoutFormatException withFeatureErrors(GeoJsonLayoutParser parser, LayoutFormatException stopping) {
        List<LayoutFormatException> errors = new ArrayList<>();
        for (GeoJsonSyntaxError e : parser.featureErrors()) {
            errors.add(at(e));
        }
        if (stopping != null && errors.isEmpty()) {
            return stopping;
        }
        if (stopping != null) {
            errors.add(new LayoutFormatException(file.toString(), stopping.line(), stopping.column(),
                    stopping.code(), stopping.featureId(), stopping.problem()
                            + "; the file is not read past this error"));
        }
        return LayoutFormatException.of(errors, parser.featureErrorsNotListed());
    }

    private LayoutFormatException at(GeoJsonSyntaxError e) {
        return new LayoutFormatException(file.toString(), e.place().line(), e.place().column(), e.code(),
                e.featureId(), e.getMessage());
    }

    private LayoutFormatException at(DiagnosticCode code, JsonPlace place, String problem) {
        return new LayoutFormatException(file.toString(), place.line(), place.column(), code, problem);
    }

    /**
     * What streaming a layout found besides its features: the collection's own members, how many geometries had
     * each member beyond type and coordinates (which only the lossless writer keeps), and the warnings.
     */
    public record LayoutStreamSummary(Map<String, Object> collectionMembers, long featureCount,
            Map<String, Long> unmodelledGeometryMembers, List<LayoutWarning> warnings, long warningsNotListed) {
        public LayoutStreamSummary {
            warnings = List.copyOf(warnings);
            unmodelledGeometryMembers = Map.copyOf(unmodelledGeometryMembers);
        }
    }
}
