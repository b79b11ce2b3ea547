package org.hubmap.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hubmap.compare.DuplicateId;
import org.hubmap.compare.FeatureDifference;
import org.hubmap.compare.LayoutDiff;
import org.hubmap.compare.PropertyChange;
import org.hubmap.io.JsonValueText;
import org.hubmap.model.FeatureSchema;
import org.hubmap.model.LayoutFeature;

/** A {@link LayoutDiff} as the {@code diff} command prints it: text for people, or one JSON object. */
final class DiffReport {
    private static final JsonFactory JSON = new JsonFactory();
    /** What the text says for a property a feature does not have. */
    static final String NONE = "(none)";

    private DiffReport() {
    }

    /**
     * The counts, then a line per added and removed feature and a paragraph per changed one: how far it moved,
     * whether it was reshaped, and each property as {@code key: old -> new}.
     */
    static String text(LayoutDiff diff, String before, String after) {
        StringBuilder text = new StringBuilder();
        text.append(before).append(" -> ").append(after).append(": ");
        if (diff.isEmpty()) {
            text.append("no differences, ").append(diff.unchanged()).append(" features alike\n");
            return text.toString();
        }
        text.append(diff.added().size()).append(" added, ").append(diff.removed().size()).append(" removed, ")
                .append(diff.changed().size()).append(" changed, ").append(diff.unchanged()).append(" unchanged\n");
        diff.added().forEach(f -> text.append("added   ").append(FeatureText.label(f)).append('\n'));
        diff.removed().forEach(f -> text.append("removed ").append(FeatureText.label(f)).append('\n'));
        for (FeatureDifference change : diff.changed()) {
            text.append("changed ").append(FeatureText.label(change.before())).append('\n');
            geometry(change).ifPresent(line -> text.append("    ").append(line).append('\n'));
            for (PropertyChange property : change.properties()) {
                text.append("    ").append(property.key()).append(": ").append(before(property)).append(" -> ")
                        .append(after(property)).append('\n');
            }
        }
        return text.toString();
    }

    /** Warnings about ids carried by several features, for the error stream. */
    static List<String> duplicateWarnings(LayoutDiff diff, String before, String after) {
        List<String> warnings = new ArrayList<>();
        for (DuplicateId duplicate : diff.duplicateIdsBefore()) {
            warnings.add(duplicateWarning(before, duplicate));
        }
        for (DuplicateId duplicate : diff.duplicateIdsAfter()) {
            warnings.add(duplicateWarning(after, duplicate));
        }
        return warnings;
    }

    static String duplicateWarning(String file, DuplicateId duplicate) {
        return file + ": warning: the id " + JsonValueText.text(duplicate.id()) + " is carried by "
                + duplicate.count() + " features; they are paired in order";
    }

    /** What became of a feature's geometry, in words: {@code moved 1.2 km, reshaped}; empty when nothing. */
    static Optional<String> geometry(FeatureDifference change) {
        if (!change.geometryChanged()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        if (change.moved()) {
            parts.add("moved " + FeatureText.distance(change.movedMetres()));
        }
        if (change.reshaped()) {
            parts.add("reshaped");
        }
        return Optional.of(parts.isEmpty() ? "geometry nudged (under a metre)" : String.join(", ", parts));
    }

    private static String before(PropertyChange property) {
        return property.kind() == PropertyChange.Kind.ADDED ? NONE : JsonValueText.text(property.before());
    }

    private static String after(PropertyChange property) {
        return property.kind() == PropertyChange.Kind.REMOVED ? NONE : JsonValueText.text(property.after());
    }

    /**
     * One JSON object: {@code added}, {@code removed} and {@code changed}, lists of features by {@code id},
     * {@code name} and {@code kind} (null where missing); a changed one also has {@code moved_m} (metres on WGS84,
     * to the centimetre, 0 when not moved), {@code reshaped}, {@code geometry_changed} and {@code properties},
     * each key to {@code [old, new]} with null for a missing side. Then {@code unchanged}, a count, and
     * {@code duplicate_ids}: for {@code a} and {@code b}, the ids carried by several features, with their count.
     */
    static String json(LayoutDiff diff) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeArrayFieldStart("added");
            for (LayoutFeature feature : diff.added()) {
                g.writeStartObject();
                writeIdentity(g, feature);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("removed");
            for (LayoutFeature feature : diff.removed()) {
                g.writeStartObject();
                writeIdentity(g, feature);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("changed");
            for (FeatureDifference change : diff.changed()) {
                writeChange(g, change);
            }
            g.writeEndArray();
            g.writeNumberField("unchanged", diff.unchanged());
            g.writeObjectFieldStart("duplicate_ids");
            writeDuplicates(g, "a", diff.duplicateIdsBefore());
            writeDuplicates(g, "b", diff.duplicateIdsAfter());
            g.writeEndObject();
            g.writeEndObject();
        }
        return text + System.lineSeparator();
    }

    private static void writeChange(JsonGenerator g, FeatureDifference change) throws IOException {
        g.writeStartObject();
        writeIdentity(g, change.before());
        g.writeNumberField("moved_m", new BigDecimal(change.movedMetres()).setScale(2, RoundingMode.HALF_EVEN)
                .stripTrailingZeros());
        g.writeBooleanField("reshaped", change.reshaped());
        g.writeBooleanField("geometry_changed", change.geometryChanged());
        g.writeObjectFieldStart("properties");
        for (PropertyChange property : change.properties()) {
            g.writeArrayFieldStart(property.key());
            JsonValueText.write(g, property.before());
            JsonValueText.write(g, property.after());
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeIdentity(JsonGenerator g, LayoutFeature feature) throws IOException {
        g.writeFieldName("id");
        JsonValueText.write(g, feature.id());
        g.writeFieldName("name");
        JsonValueText.write(g, feature.name().isEmpty() ? null : feature.name());
        g.writeFieldName("kind");
        JsonValueText.write(g, feature.properties().get(FeatureSchema.KIND));
    }

    private static void writeDuplicates(JsonGenerator g, String side, List<DuplicateId> duplicates)
            throws IOException {
        g.writeArrayFieldStart(side);
        for (DuplicateId duplicate : duplicates) {
            g.writeStartObject();
            g.writeFieldName("id");
            JsonValueText.write(g, duplicate.id());
            g.writeNumberField("count", duplicate.count());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
