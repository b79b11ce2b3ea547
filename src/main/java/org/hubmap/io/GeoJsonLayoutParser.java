package org.hubmap.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.hubmap.model.DocumentText;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Streams one GeoJSON layout document: hands each feature to a sink as soon as it is read, and, when asked, keeps
 * the exact text of every feature and of what lies between them, for lossless saving.
 */
final class GeoJsonLayoutParser {
    /** Far deeper than any GeoJSON needs, far shallower than what would exhaust the stack. */
    static final int MAX_NESTING_DEPTH = 200;
    private static final long PROGRESS_STEP_BYTES = 1 << 20;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
            .build();

    private final boolean keepText;
    private final boolean assumeFeature;
    private final long fileSize;
    private final FeatureSink sink;
    private final ReadProgress progress;
    private final Warnings warnings;
    private final FeatureChecks checks;
    private final GeoJsonGeometryReader geometries;

    private RecordingInputStream input;
    private JsonParser parser;
    private long nextProgressReport;
    private long featureCount;
    private long lastFeatureEnd = -1;
    private String header;
    private final List<String> separators = new ArrayList<>();

    /**
     * With {@code assumeFeature}, the top-level object's id, properties and geometry are read as a Feature's even
     * before its {@code "type": "Feature"} member is seen (the second pass over a lone Feature that names its type
     * last).
     */
    GeoJsonLayoutParser(boolean keepText, boolean assumeFeature, long fileSize, FeatureSink sink,
            ReadProgress progress, Warnings warnings) {
        this.keepText = keepText;
        this.assumeFeature = assumeFeature;
        this.fileSize = fileSize;
        this.sink = sink;
        this.progress = progress;
        this.warnings = warnings;
        this.checks = new FeatureChecks(warnings);
        this.geometries = new GeoJsonGeometryReader(new GeometryFactory(), warnings);
    }

    /** The collection's members other than type and features, and its text when kept. */
    record Document(Map<String, Object> collectionMembers, DocumentText text, long featureCount,
            Map<String, Long> unmodelledGeometryMembers) {
    }

    Document parse(InputStream in) throws IOException, GeoJsonSyntaxError {
        input = new RecordingInputStream(in, keepText);
        try (JsonParser p = JSON.createParser(input)) {
            parser = p;
            try {
                return readDocument();
            } catch (StreamConstraintsException e) {
                // Caught here, not outside: closing the parser would move its location to the end of its buffer.
                throw new GeoJsonSyntaxError(JsonPlace.of(parser.currentLocation()), "JSON is nested more than "
                        + MAX_NESTING_DEPTH + " levels deep");
            }
        }
    }

    private Document readDocument() throws IOException, GeoJsonSyntaxError {
        JsonToken first = parser.nextToken();
        JsonPlace start = JsonPlace.ofToken(parser);
        if (first == null) {
            throw new GeoJsonSyntaxError(new JsonPlace(1, 1), "the file is empty; a layout is a GeoJSON"
                    + " FeatureCollection");
        }
        if (first != JsonToken.START_OBJECT) {
            throw new GeoJsonSyntaxError(start, "a layout must be a GeoJSON object, found "
                    + CoordinateTree.describe(first));
        }
        long objectStart = parser.currentTokenLocation().getByteOffset();
        String type = null;
        boolean sawFeatures = false;
        long emptyArrayInside = -1;
        Map<String, Object> members = new LinkedHashMap<>();
        FeatureParts lone = new FeatureParts(objectStart, start);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("type")) {
                type = readString(value, "type");
                lone.memberOrder.add(field);
            } else if (field.equals("features")) {
                sawFeatures = true;
                emptyArrayInside = readFeatures();
            } else if (("Feature".equals(type) || assumeFeature) && FeatureParts.isFeatureMember(field)) {
                lone.accept(field);
            } else if (field.equals("crs")) {
                JsonPlace place = JsonPlace.ofToken(parser);
                Object crs = JsonValues.read(parser);
                CrsMember.check(crs, place, warnings);
                members.put(field, crs);
                lone.memberOrder.add(field);
            } else {
                members.put(field, JsonValues.read(parser));
                lone.memberOrder.add(field);
            }
        }
        long objectEnd = parser.currentLocation().getByteOffset();
        if (parser.nextToken() != null) {
            throw new GeoJsonSyntaxError(JsonPlace.ofToken(parser), "unexpected content after the end of the"
                    + " GeoJSON object");
        }
        if (type == null) {
            throw new GeoJsonSyntaxError(start, "the top-level object has no \"type\" member; a layout is a"
                    + " \"FeatureCollection\"");
        }
        return switch (type) {
            case "FeatureCollection" -> {
                if (!sawFeatures) {
                    throw new GeoJsonSyntaxError(start, "FeatureCollection has no \"features\" array");
                }
                yield new Document(members, collectionText(emptyArrayInside), featureCount,
                        geometries.unmodelledMembers());
            }
            case "Feature" -> new Document(Map.of(), loneFeature(lone, members, objectEnd), 1,
                    geometries.unmodelledMembers());
            default -> throw new GeoJsonSyntaxError(start, "top-level \"type\" is \"" + type
                    + "\"; a layout must be a \"FeatureCollection\" (or a single \"Feature\")");
        };
    }

    private DocumentText collectionText(long emptyArrayInside) throws IOException {
        if (!keepText) {
            return null;
        }
        input.transferTo(OutputStream.nullOutputStream());
        long end = input.bytesRead();
        if (featureCount == 0) {
            return new DocumentText(input.text(0, emptyArrayInside), List.of(),
                    input.text(emptyArrayInside, end), false);
        }
        return new DocumentText(header, separators, input.text(lastFeatureEnd, end), false);
    }

    private DocumentText loneFeature(FeatureParts lone, Map<String, Object> members, long objectEnd)
            throws IOException, GeoJsonSyntaxError {
        if (!lone.hasGeometry && members.containsKey("geometry")) {
            throw new TypeNamedLate();
        }
        lone.foreign.putAll(members);
        LayoutFeature feature = lone.build(objectEnd);
        checks.check(feature, lone.start, lone.geometryPlace);
        sink.accept(feature, lone.start.line(), lone.start.column());
        if (!keepText) {
            return null;
        }
        input.transferTo(OutputStream.nullOutputStream());
        return new DocumentText("", List.of(), input.text(objectEnd, input.bytesRead()), true);
    }

    /** Reads the features array; returns the offset just inside it (for the text of an empty array). */
    private long readFeatures() throws IOException, GeoJsonSyntaxError {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new GeoJsonSyntaxError(JsonPlace.ofToken(parser), "\"features\" must be an array");
        }
        long inside = parser.currentLocation().getByteOffset();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            try {
                readFeature();
            } catch (GeoJsonSyntaxError e) {
                throw new GeoJsonSyntaxError(e.place(), e.getMessage() + " (in features[" + featureCount + "])");
            }
            reportProgress();
        }
        return inside;
    }

    private void readFeature() throws IOException, GeoJsonSyntaxError {
        JsonPlace start = JsonPlace.ofToken(parser);
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new GeoJsonSyntaxError(start, "each member of \"features\" must be a Feature object, found "
                    + CoordinateTree.describe(parser.currentToken()));
        }
        long startOffset = parser.currentTokenLocation().getByteOffset();
        FeatureParts parts = new FeatureParts(startOffset, start);
        String type = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("type")) {
                type = readString(value, "type");
                parts.memberOrder.add(field);
            } else if (FeatureParts.isFeatureMember(field)) {
                parts.accept(field);
            } else {
                parts.memberOrder.add(field);
                parts.foreign.put(field, JsonValues.read(parser));
            }
        }
        if (!"Feature".equals(type)) {
            throw new GeoJsonSyntaxError(start, type == null ? "feature has no \"type\" member"
                    : "a member of \"features\" has type \"" + type + "\"; it must be \"Feature\"");
        }
        long endOffset = parser.currentLocation().getByteOffset();
        if (keepText) {
            if (featureCount == 0) {
                header = input.text(0, startOffset);
            } else {
                separators.add(input.text(lastFeatureEnd, startOffset));
            }
        }
        LayoutFeature feature = parts.build(endOffset);
        checks.check(feature, start, parts.geometryPlace);
        lastFeatureEnd = endOffset;
        if (keepText) {
            input.releaseBefore(endOffset);
        }
        featureCount++;
        sink.accept(feature, start.line(), start.column());
    }

    private void reportProgress() {
        if (input.bytesRead() >= nextProgressReport) {
            nextProgressReport = input.bytesRead() + PROGRESS_STEP_BYTES;
            progress.bytesRead(input.bytesRead(), fileSize);
            if (progress.cancelled()) {
                throw new CancellationException("reading was cancelled");
            }
        }
    }

    private String readString(JsonToken value, String member) throws IOException, GeoJsonSyntaxError {
        if (value != JsonToken.VALUE_STRING) {
            throw new GeoJsonSyntaxError(JsonPlace.ofToken(parser), "\"" + member + "\" must be a string, found "
                    + CoordinateTree.describe(value));
        }
        return parser.getText();
    }

    /** A lone Feature whose type came after its geometry: it must be read again with {@code assumeFeature}. */
    static final class TypeNamedLate extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TypeNamedLate() {
            super(null, null, false, false);
        }
    }

    /** The members of one Feature object as they are read, in any order. */
    private final class FeatureParts {
        private final long startOffset;
        private final JsonPlace start;
        private final List<String> memberOrder = new ArrayList<>();
        private final Map<String, Object> foreign = new LinkedHashMap<>();
        private Object id;
        private Map<String, Object> properties = Map.of();
        private boolean hasProperties;
        private Geometry geometry;
        private boolean hasGeometry;
        private JsonPlace geometryPlace;
        private long geometryStart = -1;
        private long geometryEnd = -1;

        FeatureParts(long startOffset, JsonPlace start) {
            this.startOffset = startOffset;
            this.start = start;
        }

        static boolean isFeatureMember(String field) {
            return field.equals("id") || field.equals("properties") || field.equals("geometry");
        }

        void accept(String field) throws IOException, GeoJsonSyntaxError {
            memberOrder.add(field);
            switch (field) {
                case "id" -> id = readId();
                case "properties" -> {
                    properties = readProperties();
                    hasProperties = true;
                }
                default -> {
                    geometryPlace = JsonPlace.ofToken(parser);
                    geometryStart = parser.currentTokenLocation().getByteOffset();
                    geometry = geometries.read(parser);
                    geometryEnd = parser.currentLocation().getByteOffset();
                    hasGeometry = true;
                }
            }
        }

        LayoutFeature build(long endOffset) throws GeoJsonSyntaxError {
            if (!hasGeometry) {
                throw new GeoJsonSyntaxError(start, "feature has no \"geometry\" member (write \"geometry\": null"
                        + " for a feature without one)");
            }
            if (!hasProperties) {
                warnings.add(start, "feature has no \"properties\" member, which RFC 7946 requires (it may be"
                        + " null); read as no properties");
            }
            LayoutFeature.Builder builder = LayoutFeature.builder().id(id).properties(properties)
                    .geometry(geometry).foreignMembers(foreign).memberOrder(memberOrder);
            if (keepText) {
                String source = input.text(startOffset, endOffset);
                int geometryFrom = input.text(startOffset, geometryStart).length();
                int geometryTo = geometryFrom + input.text(geometryStart, geometryEnd).length();
                builder.sourceText(source).geometrySpan(geometryFrom, geometryTo);
            }
            return builder.build();
        }

        private Object readId() throws IOException, GeoJsonSyntaxError {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NUMBER_INT
                    && token != JsonToken.VALUE_NUMBER_FLOAT) {
                throw new GeoJsonSyntaxError(JsonPlace.ofToken(parser), "feature \"id\" must be a string or a"
                        + " number, found " + CoordinateTree.describe(token));
            }
            return JsonValues.read(parser);
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> readProperties() throws IOException, GeoJsonSyntaxError {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (token != JsonToken.START_OBJECT) {
                throw new GeoJsonSyntaxError(JsonPlace.ofToken(parser), "feature \"properties\" must be an object"
                        + " or null, found " + CoordinateTree.describe(token));
            }
            return (Map<String, Object>) JsonValues.read(parser);
        }
    }
}
