package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feature larger than the size limit is refused while it is read, with a message that names the limit and the
 * feature, placed at the feature's start; features within the limit read as before.
 */
class FeatureSizeLimitTest {
    private static final FeatureSizeLimit SMALL = new FeatureSizeLimit(100 << 10);
    private static final String SMALL_FEATURE = "{\"type\":\"Feature\",\"id\":\"a\",\"properties\":{\"kind\":\"hub\"},"
            + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[30.5,50.4]}}";

    @TempDir
    Path folder;

    /** A feature with id "big" whose property "data" is an array of {@code values} numbers and texts. */
    private static String bigFeature(int values, String after) {
        StringBuilder text = new StringBuilder("{\"type\":\"Feature\",\"id\":\"big\",\"properties\":{\"data\":[");
        for (int i = 0; i < values; i++) {
            text.append(i == 0 ? "" : ",").append(i % 2 == 0 ? "\"s" + i + "\"" : i + ".5");
        }
        return text.append(after).append("]},\"geometry\":{\"type\":\"Point\",\"coordinates\":[30.5,50.4]}}")
                .toString();
    }

    private Path collection(String... features) throws IOException {
        return Files.writeString(folder.resolve("layout.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + String.join(",\n", features) + "\n]}\n");
    }

    @Test
    void aFeatureFarLargerThanTheLimitIsStoppedBeforeItIsReadWhole() throws IOException {
        // The broken value far past the limit is never reached: the stream stops first.
        Path file = collection(SMALL_FEATURE, "  " + bigFeature(400_000, ",tru"));
        List<LayoutFeature> taken = new ArrayList<>();

        LayoutFormatException e = assertThrows(LayoutFormatException.class,
                () -> LayoutReader.stream(file, false, taken::add, ReadProgress.NONE, SMALL));

        assertEquals(3, e.line());
        assertEquals(3, e.column(), "the feature's opening brace");
        assertEquals("the 2nd feature, id \"big\", is larger than the 100 KB a feature may be; HubMap holds each"
                + " feature whole while reading it", e.problem());
        assertEquals(1, taken.size(), "the feature before it was read");
    }

    @Test
    void aFeatureJustOverTheLimitIsRefusedWhenItEnds() throws IOException {
        String big = bigFeature(14_000, "");
        assertTrue(big.length() > SMALL.mostBytes() && big.length() < SMALL.mostBytes() + 30_000, "" + big.length());
        Path file = collection(big);

        LayoutFormatException e = assertThrows(LayoutFormatException.class,
                () -> LayoutReader.readWithWarnings(file, false, ReadProgress.NONE, SMALL));

        assertEquals(2, e.line());
        assertEquals(1, e.column());
        assertTrue(e.problem().startsWith("the 1st feature, id \"big\", is larger than the 100 KB a feature may be"),
                e.problem());
        assertTrue(e.problem().endsWith(", with its exact text"), "the window keeps each feature's text");
    }

    @Test
    void aFeatureWithinTheLimitIsRead() throws IOException {
        Path file = collection(SMALL_FEATURE, bigFeature(10_000, ""));

        assertEquals(2, LayoutReader.readWithWarnings(file, false, ReadProgress.NONE, SMALL).layout().features()
                .size());
    }

    @Test
    void aLoneFeatureIsNamedAsTheLayoutsOneFeature() throws IOException {
        Path file = Files.writeString(folder.resolve("lone.geojson"), bigFeature(400_000, ""));

        LayoutFormatException e = assertThrows(LayoutFormatException.class,
                () -> LayoutReader.stream(file, false, feature -> { }, ReadProgress.NONE, SMALL));

        assertEquals(1, e.line());
        assertEquals(1, e.column());
        assertTrue(e.problem().startsWith("the 1st feature, id \"big\", is larger than the 100 KB"), e.problem());
    }

    @Test
    void theLimitEveryReaderUsesIsStatedInMegabytes() {
        assertEquals("16 MB", FeatureSizeLimit.DEFAULT.described());
        assertEquals("100 KB", SMALL.described());
        assertEquals("1000 bytes", new FeatureSizeLimit(1000).described());
    }
}
