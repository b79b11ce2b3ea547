package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** TokenPlace reads token places the cheap way; this holds it to the place Jackson's location objects give. */
class TokenPlaceTest {
    @Test
    void givesTheSamePlaceAsTheTokenLocationForEveryValueToken() throws Exception {
        StringBuilder text = new StringBuilder("{\"a\": [1, -2.5e3, [30.5,\n  50.25]],\n\"b\": \"Київ ✓\", \"c\": [");
        for (int i = 0; i < 5000; i++) {
            text.append(i == 0 ? "" : i % 7 == 0 ? ",\n\t" : ", ").append("[").append(i).append(".125, 48]");
        }
        text.append("], \"d\": {\"e\": null, \"f\": true}}");
        long checked = check(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/layouts/valid"))) {
            for (Path file : files.toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    checked += check(in);
                }
            }
        }
        assertTrue(checked > 10_000, "checked " + checked + " tokens");
    }

    private static long check(InputStream in) throws Exception {
        long checked = 0;
        try (JsonParser parser = new JsonFactory().createParser(in)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.FIELD_NAME) {
                    JsonPlace expected = JsonPlace.ofToken(parser);
                    assertEquals(expected, new JsonPlace(TokenPlace.line(parser), TokenPlace.column(parser)),
                            "place of " + token);
                    checked++;
                }
            }
        }
        return checked;
    }
}
