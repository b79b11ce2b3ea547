package org.hubmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextOutputStreamTest {
    @Test
    void aCharacterSplitBetweenWritesArrivesWhole() throws IOException {
        StringWriter text = new StringWriter();
        byte[] kyiv = "Київ".getBytes(StandardCharsets.UTF_8);
        try (TextOutputStream out = new TextOutputStream(new PrintWriter(text))) {
            out.write(kyiv, 0, 1);
            out.write(kyiv, 1, kyiv.length - 2);
            out.write(kyiv[kyiv.length - 1]);
        }
        assertEquals("Київ", text.toString());
    }

    @Test
    void bytesThatAreNoUtf8AreRefused() {
        TextOutputStream out = new TextOutputStream(new PrintWriter(new StringWriter()));
        assertThrows(IOException.class, () -> {
            out.write(new byte[] {(byte) 0xFF, 'a'});
            out.close();
        });
    }

    @Test
    void aReaderThatWentAwayStopsTheWriting() {
        Writer closed = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        TextOutputStream out = new TextOutputStream(new PrintWriter(closed));
        IOException e = assertThrows(IOException.class, () -> out.write(new byte[1 << 17]));
        assertEquals("standard output was closed before the end", e.getMessage());
    }
}
