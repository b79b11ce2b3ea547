package org.hubmap.cli;

import java.io.IOException;

/** Where {@code coord} writes its results, one for each input line, in one {@link RowFormat}. */
interface PositionRows {
    /** The result of input line {@code line}, which was read as {@code texts}. */
    void position(long line, PositionTexts texts) throws IOException;

    /** A row for input line {@code line}, which could not be read for the reason {@code problem}. */
    void failed(long line, String problem) throws IOException;

    /** An empty or comment line of the input: kept where rows follow input lines one for one, dropped elsewhere. */
    void skipped(String text) throws IOException;

    /** Writes out what is buffered; the writer underneath stays open. */
    void finish() throws IOException;
}
