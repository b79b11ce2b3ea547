package org.hubmap.io;

import static org.hubmap.io.DiagnosticCode.CSV_SYNTAX;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into rows of fields as RFC 4180 describes, with the delimiter (comma or semicolon) taken from
 * the header row, whichever of the two it has more of outside quotes. Each row knows the line it starts on and the
 * column where each field starts, for messages.
 */
final class CsvRecords {
    private CsvRecords() {
    }

    /** One row: its fields, unquoted, with the one-based line it starts on and each field's one-based column. */
    record Row(List<String> fields, List<Integer> columns, int line, char delimiter) {
        int size() {
            return fields.size();
        }

        String field(int index) {
            return fields.get(index);
        }

        int column(int index) {
            return columns.get(index);
        }

        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    static List<Row> parse(String text, Path file) throws LayoutFormatException {
        char delimiter = delimiter(text);
        List<Row> rows = new ArrayList<>();
        int line = 1;
        int column = 1;
        int i = 0;
        while (i < text.length()) {
            int rowLine = line;
            List<String> fields = new ArrayList<>();
            List<Integer> columns = new ArrayList<>();
            boolean rowEnded = false;
            while (!rowEnded) {
                columns.add(column);
                StringBuilder field = new StringBuilder();
                if (i < text.length() && text.charAt(i) == '"') {
                    int quoteLine = line;
                    int quoteColumn = column;
                    i++;
                    column++;
                    while (true) {
                        if (i >= text.length()) {
                            throw new LayoutFormatException(file.toString(), quoteLine, quoteColumn, CSV_SYNTAX,
                                    "a quoted field"
                                    + " is not closed: the file ends inside its quotes");
                        }
                        char c = text.charAt(i++);
                        column++;
                        if (c == '"') {
                            if (i < text.length() && text.charAt(i) == '"') {
                                field.append('"');
                                i++;
                                column++;
                            } else {
                                break;
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
                while (i < text.length() && text.charAt(i) != delimiter && text.charAt(i) != '\n'
                        && text.charAt(i) != '\r') {
                    field.append(text.charAt(i++));
                    column++;
                }
                fields.add(field.toString());
                if (i < text.length() && text.charAt(i) == delimiter) {
                    i++;
                    column++;
                } else {
                    if (i < text.length() && text.charAt(i) == '\r') {
                        i++;
                    }
                    if (i < text.length() && text.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                    column = 1;
                    rowEnded = true;
                }
            }
            rows.add(new Row(fields, columns, rowLine, delimiter));
        }
        return rows;
    }

    /** The header's delimiter: a semicolon when it has more of them than commas outside quotes, else a comma. */
    private static char delimiter(String text) {
        CsvDelimiter delimiter = new CsvDelimiter();
        int i = 0;
        while (i < text.length() && delimiter.accept(text.charAt(i))) {
            i++;
        }
        return delimiter.delimiter();
    }
}
