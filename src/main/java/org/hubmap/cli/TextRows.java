package org.hubmap.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * One line for every input line, so that {@code paste} can set input and output side by side: a position's four
 * texts separated by tabs, three tabs alone for a line that could not be read, and empty and comment lines as they
 * came.
 */
final class TextRows implements PositionRows {
    private static final String NEWLINE = System.lineSeparator();

    private final Writer out;
    private final StringBuilder row = new StringBuilder(96);

    TextRows(Writer out) {
        this.out = out;
    }

    @Override
    public void position(long line, PositionTexts texts) throws IOException {
        row.setLength(0);
        row.append(texts.dd()).append('\t').append(texts.dms()).append('\t').append(texts.mgrs()).append('\t')
                .append(texts.utm()).append(NEWLINE);
        out.append(row);
    }

    @Override
    public void failed(long line, String problem) throws IOException {
        out.write("\t\t\t" + NEWLINE);
    }

    @Override
    public void skipped(String text) throws IOException {
        out.write(text);
        out.write(NEWLINE);
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
