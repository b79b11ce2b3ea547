package org.hubmap.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads layout files: RFC 7946 GeoJSON FeatureCollections (a lone Feature is read as a layout of one). The file
 * is streamed one feature at a time, so its text is never held in memory whole. Every fault is reported as a
 * {@link LayoutFormatException} with the file, line and column.
 */
public final class LayoutReader {
    /** Far deeper than any GeoJSON needs, far shallower than what would exhaust the stack. */
    private static final int MAX_NESTING_DEPTH = 200;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
            .build();

    private final Path file;
    private final GeoJsonGeometryReader geometries = new GeoJsonGeometryReader(new GeometryFactory());

    private LayoutReader(Path file) {
        this.file = file;
    }

    /** Reads a whole layout file. */
    public static Layout read(Path file) throws LayoutFormatException {
        return new LayoutReader(file).readFile();
    }

    private Layout readFile() throws LayoutFormatException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             JsonParser parser = JSON.createParser(in)) {
            try {
                return readDocument(parser);
            } catch (StreamConstraintsException e) {
                throw at(JsonPlace.of(parser.currentLocation()), "JSON is nested more than " + MAX_NESTING_DEPTH
                        + " levels deep");
            }
        } catch (GeoJsonSyntaxError e) {
            throw at(e.place(), e.getMessage());
        } catch (JsonProcessingException e) {
            throw at(JsonPlace.of(e.getLocation()), JsonErrorText.of(e));
        } catch (CharConversionException e) {
            throw LayoutFormatException.ofWholeFile(file, "not valid UTF-8 text: " + e.getMessage());
        } catch (NoSuchFileException e) {
            throw LayoutFormatException.ofWholeFile(file, "no such file");
        } catch (AccessDeniedException e) {
            throw LayoutFormatException.ofWholeFile(file, "permission denied");
        } catch (IOException e) {
            throw LayoutFormatException.ofWholeFile(file, "cannot be read: " + e.getMessage());
        }
    }

    private Layout readDocument(JsonParser parser) throws IOException, GeoJsonSyntaxError {
        JsonToken first = parser.nextToken();
        JsonPlace start = JsonPlace.ofToken(parser);
        if (first == null) {
            throw new GeoJsonSyntaxError(new JsonPlace(1, 1), "the file is empty; a layout is a GeoJSON"
                    + " FeatureCollection");
        }
        if (first != JsonToken.START_OBJECT) {
            throw new GeoJsonSyntaxError(start, "a layout must be a GeoJSON object, found "
                    + CoordinateNode.describe(first));
        }
        String type = null;
        List<LayoutFeature> features = null;
        FeatureParts lone = new FeatureParts();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "type" -> type = readString(parser, value, "type");
                case "features" -> features = readFeatures(parser);
                default -> lone.accept(field, parser, geometries);
            }
        }
        if (parser.nextToken() != null) {
            throw new GeoJsonSyntaxError(JsonPlace.ofToken(parser), "unexpected content after the end of the"
                    + " GeoJSON object");
        }
        if (type == null) {
            throw new GeoJsonSyntaxError(start, "the top-level object has no \"type\" member; a layout is a"
                    + " \"FeatureCollection\"");
        }
        switch (type) {
            case "FeatureCollection":
                if (features == null) {
                    throw new GeoJsonSyntaxError(start, "FeatureCollection has no \"features\" array");
                }
                return new Layout(file.getFileName().toString(), features);
            case "Feature":
                return new Layout(file.getFileName().toString(), List.of(lone.toFeature(start)));
            default:
                throw new GeoJsonSyntaxError(start, "top-level \"type\" is \"" + type
                        + "\"; a layout must be a \"FeatureCollection\" (or a single \"Feature\")");
        }
    }

    private List<LayoutFeature> readFeatures(JsonParser parser) throws IOException, GeoJsonSyntaxError {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new GeoJsonSyntaxError(JsonPlace.ofToken(parser), "\"features\" must be an array");
        }
        List<LayoutFeature> features = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            features.add(readFeature(parser));
        }
        return features;
    }

    private LayoutFeature readFeature(JsonParser parser) throws IOException, GeoJsonSyntaxError {
        JsonPlace start = JsonPlace.ofToken(parser);
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new GeoJsonSyntaxError(start, "each member of \"features\" must be a Feature object, found "
                    + CoordinateNode.describe(parser.currentToken()));
        }
        FeatureParts parts = new FeatureParts();
        String type = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("type")) {
                type = readString(parser, value, "type");
            } else {
                parts.accept(field, parser, geometries);
            }
        }
        if (!"Feature".equals(type)) {
            throw new GeoJsonSyntaxError(start, type == null ? "feature has no \"type\" member"
                    : "a member of \"features\" has type \"" + type + "\"; it must be \"Feature\"");
        }
        return parts.toFeature(start);
    }

    private static String readString(JsonParser parser, JsonToken value, String member)
            throws IOException, GeoJsonSyntaxError {
        if (value != JsonToken.VALUE_STRING) {
            throw new GeoJsonSyntaxError(JsonPlace.ofToken(parser), "\"" + member + "\" must be a string, found "
                    + CoordinateNode.describe(value));
        }
        return parser.getText();
    }

    private LayoutFormatException at(JsonPlace place, String problem) {
        return new LayoutFormatException(file, place.line(), place.column(), problem);
    }

    /** The members of one Feature object as they are read, in any order. */
    private static final class FeatureParts {
        private Object id;
        private Map<String, Object> properties = new LinkedHashMap<>();
        private Geometry geometry;
        private boolean hasGeometry;

        void accept(String field, JsonParser parser, GeoJsonGeometryReader geometries)
                throws IOException, GeoJsonSyntaxError {
            switch (field) {
                case "id" -> id = readId(parser);
                case "properties" -> properties = readProperties(parser);
                case "geometry" -> {
                    geometry = geometries.read(parser);
                    hasGeometry = true;
                }
                default -> parser.skipChildren();
            }
        }

        LayoutFeature toFeature(JsonPlace start) throws GeoJsonSyntaxError {
            if (!hasGeometry) {
                throw new GeoJsonSyntaxError(start, "feature has no \"geometry\" member (write \"geometry\": null"
                        + " for a feature without one)");
            }
            return new LayoutFeature(id, properties, geometry);
        }

        private static Object readId(JsonParser parser) throws IOException, GeoJsonSyntaxError {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NUMBER_INT
                    && token != JsonToken.VALUE_NUMBER_FLOAT) {
                throw new GeoJsonSyntaxError(JsonPlace.ofToken(parser), "feature \"id\" must be a string or a"
                        + " number, found " + CoordinateNode.describe(token));
            }
            return JsonValues.read(parser);
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> readProperties(JsonParser parser) throws IOException,
                GeoJsonSyntaxError {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NULL) {
                return new LinkedHashMap<>();
            }
            if (token != JsonToken.START_OBJECT) {
                throw new GeoJsonSyntaxError(JsonPlace.ofToken(parser), "feature \"properties\" must be an object"
                        + " or null, found " + CoordinateNode.describe(token));
            }
            return (Map<String, Object>) JsonValues.read(parser);
        }
    }
}
