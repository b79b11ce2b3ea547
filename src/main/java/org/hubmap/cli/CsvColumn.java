package org.hubmap.cli;

import java.util.ArrayList;
import java.util.List;
import org.hubmap.io.CsvRowReader;

/** A column of a CSV input as the user names it: by its header, in any case, or by its number from 1. */
record CsvColumn(String typed) {
    /** The column's index in {@code header}; a {@link CoordUsageException} when the header has no such column. */
    int indexIn(CsvRowReader.Row header, String source) throws CoordUsageException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.field(i).strip();
            if (name.equalsIgnoreCase(typed.strip())) {
                return i;
            }
            names.add(name);
        }
        if (isNumber(typed) && typed.length() < 10) {
            int number = Integer.parseInt(typed);
            if (number >= 1 && number <= header.size()) {
                return number - 1;
            }
        }
        throw new CoordUsageException(source + ":" + header.line() + ": no column '" + typed + "' in the header,"
                + " whose columns are " + String.join(", ", names) + "; name one, or give its number from 1 to "
                + header.size());
    }

    private static boolean isNumber(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
