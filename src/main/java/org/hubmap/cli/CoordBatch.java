package org.hubmap.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.util.function.IntUnaryOperator;
import org.hubmap.geo.PositionParseException;
import org.hubmap.geo.PositionParser;
import org.hubmap.io.CsvRowReader;
import org.hubmap.io.LayoutFormatException;

/**
 * Reads many positions from a stream, one a line or one a CSV row, and writes one result for each to
 * {@link PositionRows}. A line that cannot be read gets a row that marks it and a message on standard error naming
 * {@code SOURCE:LINE:COL}; reading goes on. Nothing is held beyond the current line, so input of any length streams.
 */
final class CoordBatch {
    static final String STDIN = "<stdin>";

    private static final String NEWLINE = System.lineSeparator();
    private static final int BUFFER_CHARS = 1 << 16;
    /** How often to ask whether standard output has been closed, as by {@code head}, to stop reading early. */
    private static final int LINES_BETWEEN_CHECKS = 8192;
    /** How much of a line that cannot be read is quoted in its message. */
    private static final int QUOTED_CHARS = 80;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final PositionRows rows;
    private final PrintWriter out;
    private final PrintWriter err;
    private long positions;
    private long failures;

    /** Writes results to {@code rows}, which write to {@code out}, and messages to {@code err}. */
    CoordBatch(PositionRows rows, PrintWriter out, PrintWriter err) {
        this.rows = rows;
        this.out = out;
        this.err = err;
    }

    /** Positions one a line; empty lines and lines whose first other character is {@code #} are skipped. */
    void lines(Reader in) throws IOException {
        BufferedReader reader = new BufferedReader(in, BUFFER_CHARS);
        long line = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
            if (line == 1 && !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
                text = text.substring(1);
            }
            if (isBlankOrComment(text)) {
                rows.skipped(text);
            } else {
                convert(line, text, offset -> offset + 1);
            }
            if (line % LINES_BETWEEN_CHECKS == 0 && outputClosed()) {
                return;
            }
        }
    }

    /** Positions in one column of a CSV input with a header. */
    void csv(Reader in, CsvColumn column) throws IOException, CoordUsageException {
        CsvRowReader reader = new CsvRowReader(in, STDIN);
        CsvRowReader.Row header = reader.next();
        if (header != null) {
            rows(reader, column.indexIn(header, STDIN), -1);
        }
    }

    /** Latitudes and longitudes in two columns of a CSV input with a header, each in any form one coordinate takes. */
    void csv(Reader in, CsvColumn latColumn, CsvColumn lonColumn) throws IOException, CoordUsageException {
        CsvRowReader reader = new CsvRowReader(in, STDIN);
        CsvRowReader.Row header = reader.next();
        if (header != null) {
            rows(reader, latColumn.indexIn(header, STDIN), lonColumn.indexIn(header, STDIN));
        }
    }

    /**
     * The rows after the header: the position in column {@code first}, or its latitude there and its longitude in
     * {@code second} when that is not negative; blank rows are skipped.
     */
    private void rows(CsvRowReader reader, int first, int second) throws IOException {
        int needed = Math.max(first, second) + 1;
        long count = 0;
        for (CsvRowReader.Row row = next(reader); row != null; row = next(reader)) {
            if (row.isBlank()) {
                rows.skipped("");
            } else if (row.size() < needed) {
                fail(row.line(), 1, "", "the row has " + row.size() + " fields and no column " + needed);
            } else if (second < 0) {
                convert(row, first);
            } else {
                convert(row, first, second);
            }
            if (++count % LINES_BETWEEN_CHECKS == 0 && outputClosed()) {
                return;
            }
        }
    }

    private void convert(CsvRowReader.Row row, int index) throws IOException {
        convert(row.line(), row.field(index), offset -> row.column(index, offset));
    }

    private void convert(CsvRowReader.Row row, int lat, int lon) throws IOException {
        // A comma between them tells latitude from longitude however each is written.
        String latText = row.field(lat);
        int lonStart = latText.length() + 2;
        convert(row.line(), latText + ", " + row.field(lon), offset -> offset < latText.length()
                ? row.column(lat, offset) : row.column(lon, Math.max(0, offset - lonStart)));
    }

    /**
     * Writes what is buffered and, when some lines could not be read, a last message saying how many and which forms
     * are accepted; the exit code: 0 when every position was read, 1 otherwise.
     */
    int finish() throws IOException {
        rows.finish();
        if (failures > 0) {
            err.append("coord: ").append(String.valueOf(failures)).append(" of ")
                    .append(String.valueOf(positions)).append(positions == 1 ? " line" : " lines")
                    .append(" could not be read; accepted forms: ").append(PositionParseException.ACCEPTED_FORMS)
                    .append(NEWLINE);
        }
        err.flush();
        return failures > 0 ? ExitCodes.BAD_DATA : ExitCodes.OK;
    }

    /**
     * Whether standard output can no longer be written, as when {@code head} has read enough. picocli's writer wraps
     * {@code System.out} in an encoder and cannot see its errors, so {@code System.out} is asked too.
     */
    private boolean outputClosed() {
        return out.checkError() || System.out.checkError();
    }

    /** The next row; a quoted field left open at the end of the input ends it with a message. */
    private CsvRowReader.Row next(CsvRowReader reader) throws IOException {
        try {
            return reader.next();
        } catch (LayoutFormatException e) {
            positions++;
            failures++;
            rows.failed(e.line(), e.problem());
            err.append(e.getMessage()).append(NEWLINE);
            return null;
        }
    }

    /** Reads {@code text} of input line {@code line}; {@code columnOf} gives the input column of an offset in it. */
    private void convert(long line, String text, IntUnaryOperator columnOf) throws IOException {
        try {
            rows.position(line, PositionTexts.of(PositionParser.parse(text)));
            positions++;
        } catch (PositionParseException e) {
            int offset = e.column() > 0 ? e.column() - 1 : firstNonBlank(text);
            fail(line, columnOf.applyAsInt(offset), text, e.problem());
        }
    }

    private void fail(long line, int column, String text, String problem) throws IOException {
        positions++;
        failures++;
        rows.failed(line, problem);
        err.append(STDIN).append(':').append(String.valueOf(line)).append(':').append(String.valueOf(column))
                .append(": ");
        if (!text.isBlank()) {
            err.append("cannot read \"").append(text.length() <= QUOTED_CHARS ? text
                    : text.substring(0, QUOTED_CHARS) + "...").append("\": ");
        }
        err.append(problem).append(NEWLINE);
    }

    private static boolean isBlankOrComment(String text) {
        int first = firstNonBlank(text);
        return first == text.length() || text.charAt(first) == '#';
    }

    private static int firstNonBlank(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
