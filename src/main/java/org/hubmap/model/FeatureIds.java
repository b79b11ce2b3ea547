package org.hubmap.model;

/**
 * A feature's GeoJSON id as one text that tells features apart: a string id as it is, a number as its JSON text.
 * GeoJSON allows only these two kinds of id.
 */
public final class FeatureIds {
    private FeatureIds() {
    }

    /** The key of {@code id}; null for a feature without one. */
    public static String key(Object id) {
        if (id == null) {
            return null;
        }
        if (id instanceof String text) {
            return text;
        }
        return id instanceof JsonNumber number ? number.text() : String.valueOf(id);
    }
}
