package org.hubmap.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;

/**
 * Writes a layout as a GeoJSON text sequence (RFC 8142): each feature is one text, a record separator (0x1E), the
 * Feature on one line, and a line feed. Geometries are written from their coordinates with RFC 7946 winding. A
 * sequence has no collection, so the layout's collection members cannot be kept.
 */
final class GeoJsonSequenceWriter {
    private static final String RECORD_SEPARATOR = String.valueOf((char) RecordSeparatorsAsSpaces.RECORD_SEPARATOR);

    private final FeatureJsonWriter features;
    private final JsonGenerator generator;
    private long written;

    /** Starts a sequence on {@code out}, which is left open. */
    GeoJsonSequenceWriter(OutputStream out, WriteOptions options) throws IOException {
        this.features = new FeatureJsonWriter(options, false);
        this.generator = LayoutWriter.JSON.createGenerator(out);
        // Root values are the texts; the separator between two of them ends one text and starts the next.
        generator.setRootValueSeparator(new SerializedString("\n" + RECORD_SEPARATOR));
    }

    /** Writes the texts of every feature of {@code layout} to {@code out}, which is left open. */
    static LayoutWriteReport write(Layout layout, OutputStream out, WriteOptions options) throws IOException {
        GeoJsonSequenceWriter writer = new GeoJsonSequenceWriter(out, options);
        for (LayoutFeature feature : layout.features()) {
            writer.add(feature);
        }
        writer.finish();
        List<String> notKept = new ArrayList<>();
        if (!layout.collectionMembers().isEmpty()) {
            notKept.add(collectionMembersNotKept(layout.collectionMembers().keySet()));
        }
        writer.precisionNotKept().ifPresent(notKept::add);
        return new LayoutWriteReport(layout.features().size(), notKept);
    }

    /** The sentence for collection members a sequence cannot hold. */
    static String collectionMembersNotKept(Iterable<String> names) {
        return "the collection's own members " + String.join(", ", names) + " (a GeoJSON sequence has no"
                + " collection to hold them)";
    }

    void add(LayoutFeature feature) throws IOException {
        if (written++ == 0) {
            generator.writeRaw(RECORD_SEPARATOR);
        }
        features.write(generator, feature);
    }

    /** What rounding coordinates could not do, as {@link FeatureJsonWriter#precisionNotKept()}. */
    Optional<String> precisionNotKept() {
        return features.precisionNotKept();
    }

    /** Ends the last text. */
    void finish() throws IOException {
        generator.writeRaw(written == 0 ? "" : "\n");
        generator.close();
    }
}
