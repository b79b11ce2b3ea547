package org.hubmap.io;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.LayoutFeature;

/**
 * The typed columns a layout's properties make in a format whose fields have one type each (KML Schemas,
 * GeoPackage tables): a column is integer, real or boolean when every feature that has the property has such a
 * value (integers and reals together make real), and text otherwise, with lists and objects as their JSON text.
 */
final class PropertyColumns {
    /** The type of one column. */
    enum Type { INTEGER, REAL, BOOLEAN, TEXT }

    private final Map<String, Type> types = new LinkedHashMap<>();
    private final Map<String, Boolean> mixed = new LinkedHashMap<>();

    /** The columns of the properties whose keys {@code included} accepts, in order of first use. */
    PropertyColumns(List<LayoutFeature> features, Predicate<String> included) {
        for (LayoutFeature feature : features) {
            feature.properties().forEach((key, value) -> {
                if (included.test(key) && value != null) {
                    Type type = typeOf(value);
                    Type before = types.get(key);
                    Type common = before == null ? type : common(before, type);
                    types.put(key, common);
                    if (before != null && common == Type.TEXT && before != type) {
                        mixed.put(key, true);
                    }
                }
            });
        }
    }

    /** Every column with its type, in order of first use. */
    Map<String, Type> types() {
        return types;
    }

    /** The columns written as text because their features give values of different types. */
    List<String> mixedColumns() {
        return List.copyOf(mixed.keySet());
    }

    static Type typeOf(Object value) {
        if (value instanceof Boolean) {
            return Type.BOOLEAN;
        }
        if (value instanceof JsonNumber n) {
            return n.isIntegral() ? Type.INTEGER : Type.REAL;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Type.INTEGER;
        }
        return value instanceof Number ? Type.REAL : Type.TEXT;
    }

    private static Type common(Type a, Type b) {
        if (a == b) {
            return a;
        }
        boolean numbers = (a == Type.INTEGER || a == Type.REAL) && (b == Type.INTEGER || b == Type.REAL);
        return numbers ? Type.REAL : Type.TEXT;
    }

    /** Whether a value has no column type of its own and is written as its JSON text. */
    static boolean isJson(Object value) {
        return value instanceof List || value instanceof Map;
    }

    /** A value as the text of a text column: strings as they are, numbers as written, the rest as JSON. */
    static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof JsonNumber n) {
            return n.text();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        try {
            return FeatureJsonWriter.memberText("v", value).substring("\"v\":".length());
        } catch (IOException e) {
            throw new IllegalStateException("a property value held in memory cannot fail to be written", e);
        }
    }
}
