package org.hubmap.io;

import java.nio.file.Path;

/**
 * Something a layout file says that HubMap accepts only by interpreting it, or that looks like a mistake; the
 * file is still read. Its text has the form {@code FILE:LINE:COL: warning: what and why}, or {@code FILE: warning:
 * what and why} when the warning has no line (line 0), such as one about a table of a GeoPackage.
 *
 * @param code what kind of warning it is, for scripts
 * @param featureId the id of the feature it was found in (a String or a number), or null when it is about the
 *     whole file or its feature has no id
 */
public record LayoutWarning(Path file, long line, long column, DiagnosticCode code, Object featureId,
        String message) {
    /** This warning as found in the feature whose id is {@code id}. */
    LayoutWarning inFeature(Object id) {
        return new LayoutWarning(file, line, column, code, id, message);
    }

    @Override
    public String toString() {
        return (line > 0 ? file + ":" + line + ":" + column : file.toString()) + ": warning: " + message;
    }
}
