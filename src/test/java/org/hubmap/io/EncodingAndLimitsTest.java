package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that is not what it claims and JSON beyond HubMap's limits get messages that say what is wrong, and where:
 * a surrogate encoded in UTF-8, byte-order marks, and each size limit by name.
 */
class EncodingAndLimitsTest {
    private static final String HEAD = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
            + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[30.5,50.4]},\"properties\":{";
    private static final String TAIL = "}}]}";

    @TempDir
    Path folder;

    private Path file(byte[]... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.write(part);
        }
        return Files.write(folder.resolve("layout.geojson"), bytes.toByteArray());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static LayoutFormatException refused(Path file) {
        return assertThrows(LayoutFormatException.class, () -> LayoutFormats.read(file, ReadProgress.NONE));
    }

    @Test
    void aSurrogateEncodedInUtf8IsRefusedWhereItStands() throws IOException {
        Path file = file(utf8(HEAD + "\"kind\":\"hub\",\n\"name\":\"Hub "), new byte[] {(byte) 0xED, (byte) 0xA0,
            (byte) 0x80}, utf8("\"" + TAIL));

        LayoutFormatException e = refused(file);

        assertEquals(2, e.line());
        assertEquals(13, e.column(), "the column of the first byte, in characters");
        assertTrue(e.problem().contains("UTF-16 surrogate"), e.problem());
    }

    @Test
    void aCharacterBeyondTheBasicPlaneIsNoSurrogate() throws IOException {
        Path file = file(utf8(HEAD + "\"name\":\"Hub \uD83D\uDE80 \u0425\u0430\u0440\u043A\u0456\u0432\"" + TAIL));

        assertEquals("Hub \uD83D\uDE80 \u0425\u0430\u0440\u043A\u0456\u0432",
                LayoutFormats.read(file, ReadProgress.NONE).layout().features().get(0).name());
    }

    @Test
    void oneByteOrderMarkIsIgnoredWithAWarning() throws IOException {
        Path file = file(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(HEAD + "\"name\":\"a\"" + TAIL));

        LayoutReadResult read = LayoutFormats.read(file, ReadProgress.NONE);

        assertEquals(1, read.layout().features().size());
        assertTrue(read.warnings().stream().anyMatch(w -> w.line() == 1 && w.message().contains("byte-order mark")),
                read.warnings().toString());
    }

    @Test
    void twoByteOrderMarksAreRefusedAsSuch() throws IOException {
        byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path file = file(mark, mark, utf8(HEAD + "\"name\":\"a\"" + TAIL));

        LayoutFormatException e = refused(file);

        assertTrue(e.problem().contains("two byte-order marks"), e.problem());
    }

    @Test
    void anErrorInAFeatureNamesItByItsIdAndPlace() throws IOException {
        Path file = file(utf8("{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":null},\n"
                + "{\"type\":\"Feature\",\"id\":\"zone-7\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[30,50],[31,50],[31,51],[30,51]]]}}]}"));

        LayoutFormatException e = refused(file);

        assertTrue(e.problem().endsWith("(in the 2nd feature, id \"zone-7\")"), e.problem());
        assertEquals(3, e.line());
    }

    @Test
    void aDuplicateKeyIsPlacedAtTheKeyNotAfterIt() throws IOException {
        Path file = file(utf8(HEAD + "\"name\":\"a\",\n  \"name\" : \"b\"" + TAIL));

        LayoutFormatException e = refused(file);

        assertEquals("duplicate key \"name\" in the same object", e.problem());
        assertEquals(2, e.line());
        assertEquals(3, e.column(), "the key's opening quote");
    }

    @Test
    void aTextLongerThanTheLimitIsNamedAsSuch() throws IOException {
        Path file = file(utf8(HEAD + "\"notes\":\"" + "x".repeat(JsonLimits.MOST_TEXT_CHARACTERS + 1) + "\"" + TAIL));

        LayoutFormatException e = refused(file);

        assertTrue(e.problem().contains("a text value is longer than 10 000 000 characters"), e.problem());
        assertEquals(1, e.line());
    }

    @Test
    void aNumberWithTooManyDigitsIsNamedAsSuch() throws IOException {
        Path file = file(utf8(HEAD + "\"capacity\":" + "9".repeat(1_500) + TAIL));

        assertTrue(refused(file).problem().contains("a number has more than 1 000 digits"));
    }

    @Test
    void aMemberNameTooLongIsNamedAsSuch() throws IOException {
        Path file = file(utf8(HEAD + "\"" + "k".repeat(60_000) + "\":1" + TAIL));

        assertTrue(refused(file).problem().contains("a member name is longer than 50 000 characters"));
    }

    @Test
    void nestingBeyondTheLimitIsNamedAsSuch() throws IOException {
        Path file = file(utf8(HEAD + "\"deep\":" + "[".repeat(250) + "]".repeat(250) + TAIL));

        assertTrue(refused(file).problem().contains("nested more than 200 levels deep"));
    }
}
