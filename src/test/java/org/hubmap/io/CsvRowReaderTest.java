package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowReaderTest {
    private static List<String> fields(CsvRowReader.Row row) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            fields.add(row.field(i));
        }
        return fields;
    }

    @Test
    void readsRowsWithQuotesLineBreaksAndTheirPlaces() throws IOException {
        CsvRowReader reader = new CsvRowReader(new StringReader("name,pos\r\na,\"50 30\"\n\"two\nlines\",x\n"),
                "in.csv");
        assertEquals(',', reader.delimiter());
        CsvRowReader.Row header = reader.next();
        assertEquals(List.of("name", "pos"), fields(header));
        assertEquals(1, header.line());
        CsvRowReader.Row second = reader.next();
        assertEquals(List.of("a", "50 30"), fields(second));
        assertEquals(2, second.line());
        // "a," then the quote: the text starts at column 4.
        assertEquals(4, second.column(1, 0));
        assertEquals(7, second.column(1, 3));
        CsvRowReader.Row third = reader.next();
        assertEquals(List.of("two\nlines", "x"), fields(third));
        assertEquals(3, third.line());
        assertNull(reader.next());
    }

    @Test
    void doubledQuotesShiftTheColumnsAfterThem() throws IOException {
        CsvRowReader.Row row = new CsvRowReader(new StringReader("\"50°27'00.4\"\"N x\"\n"), "in.csv").next();
        assertEquals("50°27'00.4\"N x", row.field(0));
        // The text's 'N' (offset 11) stands after the doubled quote, at column 14.
        assertEquals(2, row.column(0, 0));
        assertEquals(12, row.column(0, 10));
        assertEquals(14, row.column(0, 11));
        assertEquals(16, row.column(0, 13));
    }

    @Test
    void semicolonsWhenTheFirstRowHasMoreOfThem() throws IOException {
        CsvRowReader reader = new CsvRowReader(new StringReader("a;b,c;d\n1;2,5;3"), "in.csv");
        assertEquals(';', reader.delimiter());
        reader.next();
        assertEquals(List.of("1", "2,5", "3"), fields(reader.next()));
        assertNull(reader.next());
    }

    @Test
    void aFirstRowLongerThanTheBufferIsReadWhole() throws IOException {
        String header = "x".repeat(200_000) + ";y";
        CsvRowReader reader = new CsvRowReader(new StringReader(header + "\n1;2\n"), "in.csv");
        assertEquals(';', reader.delimiter());
        assertEquals(200_000, reader.next().field(0).length());
        assertEquals(List.of("1", "2"), fields(reader.next()));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstField() throws IOException {
        CsvRowReader.Row row = new CsvRowReader(new StringReader("\uFEFFlat,lon\n"), "in.csv").next();
        assertEquals("lat", row.field(0));
    }

    @Test
    void aQuoteLeftOpenSaysWhereItOpened() throws IOException {
        CsvRowReader reader = new CsvRowReader(new StringReader("a,b\n1,\"2\n3\n"), "<stdin>");
        reader.next();
        LayoutFormatException e = assertThrows(LayoutFormatException.class, reader::next);
        assertEquals("<stdin>:2:3: a quoted field is not closed: the input ends inside its quotes", e.getMessage());
    }

    @Test
    void blankRowsAreBlank() throws IOException {
        CsvRowReader reader = new CsvRowReader(new StringReader("a,b\n\n , \n"), "in.csv");
        reader.next();
        assertTrue(reader.next().isBlank());
        assertTrue(reader.next().isBlank());
        assertNull(reader.next());
    }
}
