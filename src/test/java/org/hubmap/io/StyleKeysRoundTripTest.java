package org.hubmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;

/** HubMap draws simplestyle keys but never writes them on its own. */
class StyleKeysRoundTripTest {
    private static final String[] STYLE_KEYS = {"marker-color", "marker-size", "marker-symbol", "\"stroke",
        "\"fill"};

    private static String written(Layout layout) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LayoutWriter(WriteOptions.SHORTEST).write(layout, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Layout everyFeatureMoved(Layout layout) {
        Layout moved = layout;
        for (int i = 0; i < layout.features().size(); i++) {
            LayoutFeature feature = layout.features().get(i);
            Geometry shifted = AffineTransformation.translationInstance(0.01, 0.01)
                    .transform(feature.geometry().orElseThrow());
            moved = moved.withFeature(i, feature.withGeometry(shifted));
        }
        return moved;
    }

    @Test
    void editedFeaturesGainNoStyleKeys() throws Exception {
        Layout sample = LayoutReader.read(Path.of("maps/sample-layout.geojson"));
        String text = written(everyFeatureMoved(sample));
        for (String key : STYLE_KEYS) {
            assertFalse(text.contains(key), key + " written");
        }
    }

    @Test
    void styleKeysAFileHadAreKeptAsWritten() throws Exception {
        Layout styled = LayoutReader.read(Path.of("src/test/resources/layouts/valid/simplestyle.geojson"));
        String text = written(everyFeatureMoved(styled));
        assertTrue(text.contains("\"marker-color\":\"#ff8800\""), text);
        assertTrue(text.contains("\"stroke-width\":3.50"), "the number's digits are kept: " + text);
        assertEquals(1, text.split("\"fill-opacity\"", -1).length - 1);
    }
}
