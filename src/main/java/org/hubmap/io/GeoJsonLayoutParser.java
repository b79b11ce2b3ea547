package org.hubmap.io;

import static org.hubmap.io.DiagnosticCode.BAD_ID;
import static org.hubmap.io.DiagnosticCode.BAD_PROPERTIES;
import static org.hubmap.io.DiagnosticCode.EMPTY_FILE;
import static org.hubmap.io.DiagnosticCode.FEATURE_TYPE;
import static org.hubmap.io.DiagnosticCode.JSON_SYNTAX;
import static org.hubmap.io.DiagnosticCode.LIMIT_EXCEEDED;
import static org.hubmap.io.DiagnosticCode.MISPLACED_MEMBER;
import static org.hubmap.io.DiagnosticCode.MISSING_GEOMETRY;
import static org.hubmap.io.DiagnosticCode.MISSING_PROPERTIES;
import static org.hubmap.io.DiagnosticCode.TOP_LEVEL;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
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
 * the exact text of every feature and of what lies between them, for lossless saving. The document is a
 * FeatureCollection, a lone Feature or a bare Geometry (a layout of one feature without properties), or a GeoJSON
 * text sequence (RFC 8142) of Features. The members RFC 7946 section 7.1 keeps apart are refused where they do not
 * belong: {@code coordinates} and {@code geometries} in a Feature or FeatureCollection, {@code geometry} and
 * {@code properties} in a FeatureCollection, {@code features} in a Feature (and all three in a Geometry, see
 * {@link GeoJsonGeometryReader}).
 *
 * <p>A feature that breaks GeoJSON (a missing type, a bad geometry, a value of the wrong kind) does not stop the
 * reading: its error is kept, the rest of the feature is skipped, and the next one is read, so that one read finds
 * every such error of a file (see {@link #featureErrors()}); the text is then no longer kept. Malformed JSON, a
 * limit exceeded and errors outside the features do stop it.
 */
final class GeoJsonLayoutParser {
    private static final long PROGRESS_STEP_BYTES = 1 << 20;
    /** The most errors of features listed; the rest are only counted. */
    static final int MOST_ERRORS_LISTED = 100;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .streamReadConstraints(JsonLimits.constraints())
            .build();

    /** Member names that make an object a Geometry, a Feature or a FeatureCollection (RFC 7946 section 7.1). */
    private static final List<String> DEFINING_MEMBERS = List.of("coordinates", "geometries", "geometry",
            "properties", "features");

    private final boolean keepText;
    private final TopLevel topLevel;
    private long fileSize;
    private final FeatureSink sink;
    private final ReadProgress progress;
    private final Warnings warnings;
    private final FeatureChecks checks;
    private final GeoJsonGeometryReader geometries;
    private final FeatureSizeLimit sizeLimit;

    private RecordingInputStream input;
    private JsonParser parser;
    /** The parts of the feature being read, for naming it in messages. */
    private FeatureParts partsBeingRead;
    private long nextProgressReport;
    private long featureCount;
    private long lastFeatureEnd = -1;
    private String header;
    private final List<String> separators = new ArrayList<>();
    private final List<GeoJsonSyntaxError> featureErrors = new ArrayList<>();
    private long featureErrorsNotListed;

    /**
     * What the text is read as. A lone Feature whose type comes after its geometry, and a bare Geometry, are
     * recognised only once their type is seen; the text is then read again as one of them.
     */
    enum TopLevel {
        /** Whatever the top-level object's type says. */
        AS_TYPED,
        /** A lone Feature: id, properties and geometry are read as a Feature's before its type is seen. */
        FEATURE,
        /** A bare Geometry, read as a layout of one feature without properties. */
        GEOMETRY,
        /** A GeoJSON text sequence (RFC 8142) of Features, record separators already turned into spaces. */
        SEQUENCE
    }

    /**
     * {@code keepText} must be false for a {@link TopLevel#SEQUENCE}, whose text is not kept; a feature larger than
     * {@code sizeLimit} is refused as it is read.
     */
    GeoJsonLayoutParser(boolean keepText, TopLevel topLevel, long fileSize, FeatureSink sink,
            ReadProgress progress, Warnings warnings, FeatureSizeLimit sizeLimit) {
        this.keepText = keepText && topLevel != TopLevel.SEQUENCE;
        this.sizeLimit = sizeLimit;
        this.topLevel = topLevel;
        this.fileSize = fileSize;
        this.sink = sink;
        this.progress = progress;
        this.warnings = warnings;
        this.checks = new FeatureChecks(warnings);
        this.geometries = new GeoJsonGeometryReader(new GeometryFactory(), warnings);
    }

    /** The size of the file in bytes, for reporting progress; 0 when it is not known. */
    void fileSize(long bytes) {
        fileSize = bytes;
    }

    /** The collection's members other than type and features, and its text when kept. */
    record Document(Map<String, Object> collectionMembers, DocumentText text, long featureCount,
            Map<String, Long> unmodelledGeometryMembers) {
    }

    Document parse(InputStream in) throws IOException, GeoJsonSyntaxError {
        input = new RecordingInputStream(in, keepText, sizeLimit);
        try (JsonParser p = JSON.createParser(input)) {
            parser = p;
            try {
                return readDocument();
            } catch (StreamConstraintsException e) {
                // Caught here, not outside: closing the parser would move its location to the end of its buffer.
                throw new GeoJsonSyntaxError(LIMIT_EXCEEDED, JsonPlace.of(parser.currentLocation()),
                        JsonLimits.describe(e));
            } catch (FeatureTooLargeException e) {
                throw tooLarge();
            } catch (JsonParseException e) {
                throw new GeoJsonSyntaxError(JSON_SYNTAX, JsonErrorText.placeOf(e, JsonPlace.ofToken(parser),
                        parser.currentToken() == JsonToken.FIELD_NAME), JsonErrorText.of(e));
            }
        }
    }

    private Document readDocument() throws IOException, GeoJsonSyntaxError {
        if (topLevel == TopLevel.SEQUENCE) {
            return readSequence();
        }
        JsonToken first = parser.nextToken();
        JsonPlace start = JsonPlace.ofToken(parser);
        if (first == null) {
            throw new GeoJsonSyntaxError(EMPTY_FILE, new JsonPlace(1, 1), "the file is empty; a layout is a GeoJSON"
                    + " FeatureCollection");
        }
        if (first != JsonToken.START_OBJECT) {
            throw new GeoJsonSyntaxError(TOP_LEVEL, start, "a layout must be a GeoJSON object, found "
                    + CoordinateTree.describe(first));
        }
        if (topLevel == TopLevel.GEOMETRY) {
            return bareGeometry(start);
        }
        long objectStart = parser.currentTokenLocation().getByteOffset();
        String type = null;
        boolean sawFeatures = false;
        long emptyArrayInside = -1;
        Map<String, Object> members = new LinkedHashMap<>();
        FeatureParts lone = new FeatureParts(objectStart, start);
        if (topLevel == TopLevel.FEATURE) {
            partsBeingRead = lone;
        }
        Map<String, JsonPlace> definingMembers = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            if (DEFINING_MEMBERS.contains(field)) {
                definingMembers.putIfAbsent(field, JsonPlace.ofToken(parser));
            }
            JsonToken value = parser.nextToken();
            if (field.equals("type")) {
                type = readString(value, "type");
                if (isGeometryType(type)) {
                    throw new ReadAgain(TopLevel.GEOMETRY);
                }
                if (type.equals("Feature")) {
                    partsBeingRead = lone;
                }
                lone.memberOrder.add(field);
            } else if (field.equals("features")) {
                if ("Feature".equals(type) || topLevel == TopLevel.FEATURE) {
                    throw misplaced("Feature", "features", definingMembers.get(field));
                }
                sawFeatures = true;
                emptyArrayInside = readFeatures();
            } else if (("Feature".equals(type) || topLevel == TopLevel.FEATURE)
                    && FeatureParts.isFeatureMember(field)) {
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
            throw new GeoJsonSyntaxError(JSON_SYNTAX, JsonPlace.ofToken(parser),
                    "unexpected content after the end of the"
                    + " GeoJSON object");
        }
        if (type == null) {
            throw new GeoJsonSyntaxError(TOP_LEVEL, start, "the top-level object has no \"type\" member; a layout is a"
                    + " \"FeatureCollection\"");
        }
        checkDefiningMembers(type, definingMembers);
        return switch (type) {
            case "FeatureCollection" -> {
                if (!sawFeatures) {
                    throw new GeoJsonSyntaxError(TOP_LEVEL, start, "FeatureCollection has no \"features\" array");
                }
                yield new Document(members, collectionText(emptyArrayInside), featureCount,
                        geometries.unmodelledMembers());
            }
            case "Feature" -> new Document(Map.of(), loneFeature(lone, members, objectEnd), 1,
                    geometries.unmodelledMembers());
            case "Topology" -> throw new GeoJsonSyntaxError(TOP_LEVEL, start,
                    "top-level \"type\" is \"Topology\": this is"
                    + " TopoJSON, not GeoJSON; convert it with ogr2ogr -f GeoJSON out.geojson in.topojson");
            default -> throw new GeoJsonSyntaxError(TOP_LEVEL, start, "top-level \"type\" is \"" + type
                    + "\"; GeoJSON is a \"FeatureCollection\", a \"Feature\" or a geometry such as \"Point\"");
        };
    }

    /**
     * The feature being read, or the text outside the features, is larger than the size limit: placed at the
     * feature's start, or where the parser stopped when no feature was being read.
     */
    private GeoJsonSyntaxError tooLarge() {
        String limit = " is larger than the " + sizeLimit.described() + " a feature may be; HubMap holds each"
                + " feature whole while reading it" + (keepText ? ", with its exact text" : "");
        if (partsBeingRead != null) {
            String feature = featureBeingRead();
            return new GeoJsonSyntaxError(LIMIT_EXCEEDED, partsBeingRead.start, partsBeingRead.id, feature
                    + (partsBeingRead.id == null ? "" : ",") + limit);
        }
        if (topLevel == TopLevel.GEOMETRY || topLevel == TopLevel.FEATURE) {
            return new GeoJsonSyntaxError(LIMIT_EXCEEDED, new JsonPlace(1, 1), "the layout's one feature" + limit);
        }
        return new GeoJsonSyntaxError(LIMIT_EXCEEDED, JsonPlace.of(parser.currentLocation()),
                "the JSON text outside the layout's"
                + " features" + limit.replace(" is larger", " is larger here"));
    }

    /** Refuses the members RFC 7946 section 7.1 forbids in a Feature or a FeatureCollection. */
    private static void checkDefiningMembers(String type, Map<String, JsonPlace> found) throws GeoJsonSyntaxError {
        List<String> forbidden = switch (type) {
            case "FeatureCollection" -> List.of("coordinates", "geometries", "geometry", "properties");
            case "Feature" -> List.of("coordinates", "geometries", "features");
            default -> List.of();
        };
        for (Map.Entry<String, JsonPlace> member : found.entrySet()) {
            if (forbidden.contains(member.getKey())) {
                throw misplaced(type, member.getKey(), member.getValue());
            }
        }
    }

    static GeoJsonSyntaxError misplaced(String type, String member, JsonPlace place) {
        return new GeoJsonSyntaxError(MISPLACED_MEMBER, place, "a " + type + " must not have a \"" + member
                + "\" member (RFC 7946"
                + " section 7.1)");
    }

    static boolean isGeometryType(String type) {
        return switch (type) {
            case "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon",
                    "GeometryCollection" -> true;
            default -> false;
        };
    }

    /** A bare Geometry as a layout of one feature without properties, written back as a FeatureCollection. */
    private Document bareGeometry(JsonPlace start) throws IOException, GeoJsonSyntaxError {
        Geometry geometry = geometries.read(parser);
        if (parser.nextToken() != null) {
            throw new GeoJsonSyntaxError(JSON_SYNTAX, JsonPlace.ofToken(parser),
                    "unexpected content after the end of the"
                    + " GeoJSON object");
        }
        LayoutFeature feature = LayoutFeature.builder().properties(Map.of()).geometry(geometry).build();
        checks.check(feature, start, start);
        sink.accept(feature, start.line(), start.column());
        return new Document(Map.of(), null, 1, geometries.unmodelledMembers());
    }

    /** The Features of a text sequence, one after another at the top level. */
    private Document readSequence() throws IOException, GeoJsonSyntaxError {
        JsonStreamContext sequence = parser.getParsingContext();
        while (parser.nextToken() != null) {
            try {
                readFeature("each text of a GeoJSON sequence");
            } catch (GeoJsonSyntaxError e) {
                skipFeatureAfter(e, " (in text " + (featureCount + 1) + ")", sequence);
            }
            reportProgress();
        }
        return new Document(Map.of(), null, featureCount, geometries.unmodelledMembers());
    }

    /** The errors of features found so far, in file order, the first {@value #MOST_ERRORS_LISTED} of them. */
    List<GeoJsonSyntaxError> featureErrors() {
        return List.copyOf(featureErrors);
    }

    /** How many errors of features were found beyond those listed. */
    long featureErrorsNotListed() {
        return featureErrorsNotListed;
    }

    /** Whether the text is being kept: it is not once a feature has an error, since the layout cannot be kept. */
    private boolean keepingText() {
        return keepText && featureErrors.isEmpty() && featureErrorsNotListed == 0;
    }

    /**
     * Keeps {@code error} of the feature being read, its message followed by {@code where}, and skips the rest of
     * the feature: the parser is left on the feature's last token, in {@code container}, the context of the array
     * or sequence the features stand in. The feature's id is taken from what is skipped when it comes after the
     * error, so that the error names its feature.
     */
    private void skipFeatureAfter(GeoJsonSyntaxError error, String where, JsonStreamContext container)
            throws IOException {
        Object id = partsBeingRead == null ? null : partsBeingRead.id;
        input.stopRecording();
        while (parser.getParsingContext() != container && parser.nextToken() != null) {
            if (id == null && parser.currentToken() == JsonToken.FIELD_NAME && "id".equals(parser.currentName())
                    && parser.getParsingContext().getParent() == container) {
                JsonToken value = parser.nextToken();
                id = value == JsonToken.VALUE_STRING || value.isNumeric() ? JsonValues.read(parser) : null;
            }
        }
        if (featureErrors.size() < MOST_ERRORS_LISTED) {
            featureErrors.add(new GeoJsonSyntaxError(error.code(), error.place(), id, error.getMessage() + where));
        } else {
            featureErrorsNotListed++;
        }
        partsBeingRead = null;
        featureCount++;
        input.markFeatureStart(input.bytesRead());
    }

    private DocumentText collectionText(long emptyArrayInside) throws IOException {
        if (!keepingText()) {
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
            throw new ReadAgain(TopLevel.FEATURE);
        }
        lone.foreign.putAll(members);
        LayoutFeature feature = lone.build(objectEnd);
        checks.check(feature, lone.start, lone.geometryPlace);
        // The whole file is this one feature, so every warning is found in it.
        warnings.nameFeature(0, lone.id);
        sink.accept(feature, lone.start.line(), lone.start.column());
        if (!keepingText()) {
            return null;
        }
        input.transferTo(OutputStream.nullOutputStream());
        return new DocumentText("", List.of(), input.text(objectEnd, input.bytesRead()), true);
    }

    /** Reads the features array; returns the offset just inside it (for the text of an empty array). */
    private long readFeatures() throws IOException, GeoJsonSyntaxError {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new GeoJsonSyntaxError(TOP_LEVEL, JsonPlace.ofToken(parser), "\"features\" must be an array");
        }
        long inside = parser.currentLocation().getByteOffset();
        JsonStreamContext array = parser.getParsingContext();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            try {
                readFeature("each member of \"features\"");
            } catch (GeoJsonSyntaxError e) {
                skipFeatureAfter(e, " (in " + featureBeingRead() + ")", array);
            }
            reportProgress();
        }
        return inside;
    }

    /**
     * The feature being read, as a user finds it: by its id when it was read before the problem, else by its place
     * among the features (the first, the 12th).
     */
    private String featureBeingRead() {
        Object id = partsBeingRead == null ? null : partsBeingRead.id;
        long number = featureCount + 1;
        String ordinal = number + (number % 100 >= 11 && number % 100 <= 13 ? "th"
                : switch ((int) (number % 10)) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                });
        return "the " + ordinal + " feature" + (id == null ? ""
                : ", id " + (id instanceof String text ? "\"" + text + "\"" : String.valueOf(id)));
    }

    /** Reads one Feature object; {@code what} names where it stands, for messages. */
    private void readFeature(String what) throws IOException, GeoJsonSyntaxError {
        partsBeingRead = null;
        JsonPlace start = JsonPlace.ofToken(parser);
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new GeoJsonSyntaxError(FEATURE_TYPE, start, what + " must be a Feature object, found "
                    + CoordinateTree.describe(parser.currentToken()));
        }
        long startOffset = parser.currentTokenLocation().getByteOffset();
        input.markFeatureStart(startOffset);
        FeatureParts parts = new FeatureParts(startOffset, start);
        partsBeingRead = parts;
        int warningsMark = warnings.mark();
        String type = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            if (DEFINING_MEMBERS.contains(field) && !FeatureParts.isFeatureMember(field)) {
                throw misplaced("Feature", field, JsonPlace.ofToken(parser));
            }
            JsonToken value = parser.nextToken();
            if (field.equals("type")) {
                JsonPlace typePlace = JsonPlace.ofToken(parser);
                type = readString(value, "type");
                requireFeature(what, type, typePlace);
                parts.memberOrder.add(field);
            } else if (FeatureParts.isFeatureMember(field)) {
                parts.accept(field);
            } else {
                parts.memberOrder.add(field);
                parts.foreign.put(field, JsonValues.read(parser));
            }
        }
        if (type == null) {
            throw new GeoJsonSyntaxError(FEATURE_TYPE, start, "feature has no \"type\" member");
        }
        long endOffset = parser.currentLocation().getByteOffset();
        if (endOffset - startOffset > sizeLimit.mostBytes()) {
            throw new FeatureTooLargeException();
        }
        if (keepingText()) {
            if (featureCount == 0) {
                header = input.text(0, startOffset);
            } else {
                separators.add(input.text(lastFeatureEnd, startOffset));
            }
        }
        LayoutFeature feature = parts.build(endOffset);
        checks.check(feature, start, parts.geometryPlace);
        warnings.nameFeature(warningsMark, parts.id);
        lastFeatureEnd = endOffset;
        if (keepingText()) {
            input.releaseBefore(endOffset);
        }
        featureCount++;
        partsBeingRead = null;
        input.markFeatureStart(endOffset);
        sink.accept(feature, start.line(), start.column());
    }

    private static void requireFeature(String what, String type, JsonPlace typePlace) throws GeoJsonSyntaxError {
        if (!"Feature".equals(type)) {
            throw new GeoJsonSyntaxError(FEATURE_TYPE, typePlace, what + " must be a \"Feature\"; this one has type \""
                    + type
                    + "\"");
        }
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
            throw new GeoJsonSyntaxError(FEATURE_TYPE, JsonPlace.ofToken(parser), "\"" + member
                    + "\" must be a string, found "
                    + CoordinateTree.describe(value));
        }
        return parser.getText();
    }

    /**
     * The top-level object turned out to be a lone Feature whose type came after its geometry, or a bare Geometry:
     * the text must be read again as {@link #as()}.
     */
    static final class ReadAgain extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient TopLevel as;

        ReadAgain(TopLevel as) {
            super(null, null, false, false);
            this.as = as;
        }

        TopLevel as() {
            return as;
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
                throw new GeoJsonSyntaxError(MISSING_GEOMETRY, start,
                        "feature has no \"geometry\" member (write \"geometry\": null"
                        + " for a feature without one)");
            }
            if (!hasProperties) {
                warnings.add(MISSING_PROPERTIES, start,
                        "feature has no \"properties\" member, which RFC 7946 requires (it may be"
                        + " null); read as no properties");
            }
            LayoutFeature.Builder builder = LayoutFeature.builder().id(id).properties(properties)
                    .geometry(geometry).foreignMembers(foreign).memberOrder(memberOrder);
            if (keepingText()) {
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
                throw new GeoJsonSyntaxError(BAD_ID, JsonPlace.ofToken(parser), "feature \"id\" must be a string or a"
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
                throw new GeoJsonSyntaxError(BAD_PROPERTIES, JsonPlace.ofToken(parser),
                        "feature \"properties\" must be an object"
                        + " or null, found " + CoordinateTree.describe(token));
            }
            return (Map<String, Object>) JsonValues.read(parser);
        }
    }
}
