package org.hubmap.io;

import java.nio.file.Path;

/**
 * Something a layout file says that HubMap accepts only by interpreting it, or that looks like a mistake; the
 * file is still read. Its text has the form {@code FILE:LINE:COL: warning: what and why}, or {@code FILE: warning:
 * what and why} when the warning has no line (line 0), such as one about a table of a GeoPackage.
 */
public record LayoutWarning(Path file, long line, long column, String message) {
    @Override
    public String toString() {
        return (line > 0 ? file + ":" + line + ":" + column : file.toString()) + ": warning: " + message;
    }
}
