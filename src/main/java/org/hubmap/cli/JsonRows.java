package org.hubmap.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON lines: one object for every position read, with the input line it came from, lat and lon to 1e-7 degrees
 * and its four texts (null where a format does not reach); for a line that could not be read, its line number, the
 * same members null and {@code error} saying why. Empty and comment lines have no object.
 */
final class JsonRows implements PositionRows {
    private static final JsonFactory JSON = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final String NEWLINE = System.lineSeparator();

    private final JsonGenerator g;
    private final StringBuilder number = new StringBuilder(16);

    JsonRows(Writer out) {
        try {
            g = JSON.createGenerator(out);
        } catch (IOException e) {
            throw new IllegalStateException("a generator over a writer reads nothing", e);
        }
        g.setRootValueSeparator(null);
    }

    @Override
    public void position(long line, PositionTexts texts) throws IOException {
        g.writeStartObject();
        g.writeNumberField("line", line);
        degrees("lat", texts.position().latDegrees());
        degrees("lon", texts.position().lonDegrees());
        text("dd", texts.dd());
        text("dms", texts.dms());
        text("mgrs", texts.mgrs());
        text("utm", texts.utm());
        g.writeEndObject();
        g.writeRaw(NEWLINE);
    }

    @Override
    public void failed(long line, String problem) throws IOException {
        g.writeStartObject();
        g.writeNumberField("line", line);
        for (String name : new String[] {"lat", "lon", "dd", "dms", "mgrs", "utm"}) {
            g.writeNullField(name);
        }
        g.writeStringField("error", problem);
        g.writeEndObject();
        g.writeRaw(NEWLINE);
    }

    @Override
    public void skipped(String text) {
        // Every object names its input line; nothing to keep.
    }

    @Override
    public void finish() throws IOException {
        g.flush();
    }

    private void degrees(String name, double value) throws IOException {
        number.setLength(0);
        g.writeFieldName(name);
        g.writeNumber(PositionTexts.appendDegrees(number, value).toString());
    }

    private void text(String name, String value) throws IOException {
        if (value.isEmpty()) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
    }
}
