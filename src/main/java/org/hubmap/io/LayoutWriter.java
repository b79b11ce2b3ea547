package org.hubmap.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hubmap.model.DocumentText;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;

/**
 * Writes layouts as GeoJSON without losing anything. A layout read from a file is written back from the file's
 * own text wherever nothing was edited: open and save gives the same bytes, an edit changes only the edited
 * feature, and a changed collection member only that member's text (see {@link CollectionMemberText}). A layout
 * made in HubMap, or a lone Feature that has been given collection members, is written fresh as a
 * FeatureCollection, one feature a line.
 */
public final class LayoutWriter {
    static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final FeatureJsonWriter features;

    public LayoutWriter(WriteOptions options) {
        this.features = new FeatureJsonWriter(options, true);
    }

    /**
     * Writes {@code layout} to {@code file} safely (see {@link SafeFileWriter}), keeping the old file as .bak; what
     * of the old file's owner and group could not be kept is in the result.
     */
    public SafeFileWriter.Saved save(Layout layout, Path file) throws IOException {
        return save(layout, file, () -> { });
    }

    /**
     * As {@link #save(Layout, Path)}; {@code check} may still refuse the save once the new version is written,
     * before it takes the old one's place (see {@link SafeFileWriter.ReplaceCheck}).
     */
    public SafeFileWriter.Saved save(Layout layout, Path file, SafeFileWriter.ReplaceCheck check) throws IOException {
        return SafeFileWriter.write(file, true, out -> write(layout, out), check);
    }

    /** What rounding coordinates could not do in what this writer wrote, as a sentence; empty when nothing. */
    public Optional<String> precisionNotKept() {
        return features.precisionNotKept();
    }

    /** Writes {@code layout} as UTF-8 GeoJSON to {@code out}, which is left open. */
    public void write(Layout layout, OutputStream out) throws IOException {
        Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
                1 << 16);
        DocumentText text = layout.text().orElse(null);
        if (text != null && text.loneFeature() && layout.features().size() == 1
                && layout.collectionMembers().isEmpty()) {
            writer.write(featureText(layout.features().get(0)));
            writer.write(text.trailer());
        } else if (text != null && !text.loneFeature()) {
            writeAroundText(layout.features(),
                    CollectionMemberText.withMembers(text, layout.collectionMembers()), writer);
        } else {
            writeFresh(layout, writer);
        }
        writer.flush();
    }

    private void writeAroundText(List<LayoutFeature> list, DocumentText text, Writer writer) throws IOException {
        writer.write(text.header());
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                writer.write(text.separatorBefore(i));
            }
            writer.write(featureText(list.get(i)));
        }
        writer.write(text.trailer());
    }

    private void writeFresh(Layout layout, Writer writer) throws IOException {
        writer.write("{\"type\": \"FeatureCollection\"");
        for (Map.Entry<String, Object> member : layout.collectionMembers().entrySet()) {
            writer.write(", ");
            writer.write(FeatureJsonWriter.memberText(member.getKey(), member.getValue()));
        }
        writer.write(", \"features\": [");
        List<LayoutFeature> list = layout.features();
        for (int i = 0; i < list.size(); i++) {
            writer.write(i == 0 ? "\n" : ",\n");
            writer.write(featureText(list.get(i)));
        }
        writer.write(list.isEmpty() ? "]}\n" : "\n]}\n");
    }

    /** The feature's GeoJSON text as this writer writes it into a file: its own text when it was not edited. */
    public String featureText(LayoutFeature feature) throws IOException {
        if (feature.sourceText().isPresent()) {
            return feature.sourceText().get();
        }
        return jsonText(g -> features.write(g, feature));
    }

    private static String jsonText(GeneratorAction action) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            action.write(g);
        }
        return text.toString();
    }

    @FunctionalInterface
    private interface GeneratorAction {
        void write(JsonGenerator g) throws IOException;
    }
}
