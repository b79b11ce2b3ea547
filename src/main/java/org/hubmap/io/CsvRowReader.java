package org.hubmap.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads CSV one row at a time from a stream of any length, as RFC 4180 describes: fields quoted with doubled quotes
 * inside, line breaks allowed inside quotes, lines ended by LF or CRLF. The delimiter is a comma or a semicolon,
 * whichever the first row has more of outside quotes, as {@code CsvRecords} decides for whole files. Each row knows
 * the line it starts on and the column of each character of its fields, for messages that point into the input.
 */
public final class CsvRowReader {
    private static final int BUFFER_CHARS = 1 << 16;

    private final Reader in;
    private final String source;
    private char[] buffer = new char[BUFFER_CHARS];
    private int position;
    private int limit;
    private boolean ended;
    private long line = 1;
    private int column = 1;
    private final char delimiter;

    /** Reads {@code in}, which {@code source} names in messages, such as a file path or {@code <stdin>}. */
    public CsvRowReader(Reader in, String source) throws IOException {
        this.in = in;
        this.source = source;
        this.delimiter = firstRowDelimiter();
        if (limit > 0 && buffer[0] == '\uFEFF') {
            position = 1;
        }
    }

    /** The delimiter of this input: a comma, or a semicolon when the first row has more of those. */
    public char delimiter() {
        return delimiter;
    }

    /**
     * One row of fields, unquoted. {@link #column(int, int)} gives the one-based column of a character of a field in
     * the input; a field that spans lines gives columns on its first line.
     */
    public static final class Row {
        private final long line;
        private final List<String> fields;
        private final List<int[]> columns;

        private Row(long line, List<String> fields, List<int[]> columns) {
            this.line = line;
            this.fields = fields;
            this.columns = columns;
        }

        /** The one-based line the row starts on. */
        public long line() {
            return line;
        }

        public int size() {
            return fields.size();
        }

        public String field(int index) {
            return fields.get(index);
        }

        /** Whether every field is empty or blank, such as an empty line. */
        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }

        /**
         * The column in the input of the character at {@code offset} of field {@code index}; an offset at or past
         * the end of the field gives the column just after it.
         */
        public int column(int index, int offset) {
            int[] starts = columns.get(index);
            // starts[0] is where the text begins; then pairs (offset, column) where a doubled quote shifted it.
            int column = starts[0] + offset;
            for (int i = 1; i + 1 < starts.length && starts[i] <= offset; i += 2) {
                column = starts[i + 1] + offset - starts[i];
            }
            return column;
        }
    }

    /** The next row, or null at the end of the input; a quoted field left open at the end is an error. */
    public Row next() throws IOException {
        if (!fill()) {
            return null;
        }
        long rowLine = line;
        List<String> fields = new ArrayList<>();
        List<int[]> columns = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            field.setLength(0);
            int[] starts = {column};
            if (fill() && buffer[position] == '"') {
                starts = quoted(field);
            }
            while (fill() && buffer[position] != delimiter && buffer[position] != '\n' && buffer[position] != '\r') {
                field.append(buffer[position++]);
                column++;
            }
            fields.add(field.toString());
            columns.add(starts);
            if (fill() && buffer[position] == delimiter) {
                position++;
                column++;
                continue;
            }
            if (fill() && buffer[position] == '\r') {
                position++;
            }
            if (fill() && buffer[position] == '\n') {
                position++;
            }
            line++;
            column = 1;
            return new Row(rowLine, fields, columns);
        }
    }

    /** Reads a quoted field from its opening quote; returns where its text starts and where quotes shift it. */
    private int[] quoted(StringBuilder field) throws IOException {
        long quoteLine = line;
        int quoteColumn = column;
        position++;
        column++;
        int[] starts = {column};
        while (true) {
            if (!fill()) {
                throw new LayoutFormatException(source, quoteLine, quoteColumn, DiagnosticCode.CSV_SYNTAX,
                        "a quoted field is not closed: the input ends inside its quotes");
            }
            char c = buffer[position++];
            column++;
            if (c == '"') {
                if (fill() && buffer[position] == '"') {
                    position++;
                    column++;
                    field.append('"');
                    starts = Arrays.copyOf(starts, starts.length + 2);
                    starts[starts.length - 2] = field.length();
                    starts[starts.length - 1] = column;
                } else {
                    return starts;
                }
            } else {
                field.append(c);
                if (c == '\n') {
                    line++;
                    column = 1;
                }
            }
        }
    }

    /** Whether a character is there to read at {@code position}, reading more of the input when needed. */
    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        if (ended) {
            return false;
        }
        position = 0;
        limit = 0;
        return readMore();
    }

    /** Appends what the input gives next to the buffer; false at its end. */
    private boolean readMore() throws IOException {
        int count = in.read(buffer, limit, buffer.length - limit);
        if (count < 0) {
            ended = true;
            return false;
        }
        limit += count;
        return true;
    }

    /** Reads until the first row has ended (or the input has), keeping it all in the buffer, and counts. */
    private char firstRowDelimiter() throws IOException {
        CsvDelimiter delimiter = new CsvDelimiter();
        int i = 0;
        while (true) {
            if (i == limit) {
                if (limit == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                if (!readMore()) {
                    break;
                }
            } else if (!delimiter.accept(buffer[i++])) {
                break;
            }
        }
        return delimiter.delimiter();
    }
}
