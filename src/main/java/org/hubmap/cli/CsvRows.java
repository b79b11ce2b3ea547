package org.hubmap.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * A header, then one row for every position read: the input line it came from, lat and lon in degrees to 1e-7, and
 * its four texts, quoted as RFC 4180 says where they hold a quote. A line that could not be read has its line number
 * and empty fields; empty and comment lines have no row.
 */
final class CsvRows implements PositionRows {
    private static final String NEWLINE = System.lineSeparator();
    static final String HEADER = "line,lat,lon,dd,dms,mgrs,utm";

    private final Writer out;
    private final StringBuilder row = new StringBuilder(128);
    private boolean headerWritten;

    CsvRows(Writer out) {
        this.out = out;
    }

    @Override
    public void position(long line, PositionTexts texts) throws IOException {
        start(line);
        PositionTexts.appendDegrees(row.append(','), texts.position().latDegrees());
        PositionTexts.appendDegrees(row.append(','), texts.position().lonDegrees());
        field(texts.dd());
        field(texts.dms());
        field(texts.mgrs());
        field(texts.utm());
        out.append(row.append(NEWLINE));
    }

    @Override
    public void failed(long line, String problem) throws IOException {
        start(line);
        out.append(row.append(",,,,,,").append(NEWLINE));
    }

    @Override
    public void skipped(String text) {
        // The line column ties rows to the input; nothing to keep.
    }

    @Override
    public void finish() throws IOException {
        header();
        out.flush();
    }

    /** The header, once, even when no row follows it. */
    private void header() throws IOException {
        if (!headerWritten) {
            out.write(HEADER + NEWLINE);
            headerWritten = true;
        }
    }

    private void start(long line) throws IOException {
        header();
        row.setLength(0);
        row.append(line);
    }

    private void field(String text) {
        row.append(',');
        if (text.indexOf('"') < 0 && text.indexOf(',') < 0) {
            row.append(text);
            return;
        }
        row.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            row.append(c);
            if (c == '"') {
                row.append('"');
            }
        }
        row.append('"');
    }
}
