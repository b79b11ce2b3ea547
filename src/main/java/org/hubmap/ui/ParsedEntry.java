package org.hubmap.ui;

/**
 * What typed text was read as: the property value it stands for (which may be JSON null), or why it cannot be used,
 * in words the panel shows beside the field.
 */
record ParsedEntry(Object value, String problem) {
    static ParsedEntry value(Object value) {
        return new ParsedEntry(value, null);
    }

    static ParsedEntry problem(String problem) {
        return new ParsedEntry(null, problem);
    }

    boolean isValid() {
        return problem == null;
    }
}
