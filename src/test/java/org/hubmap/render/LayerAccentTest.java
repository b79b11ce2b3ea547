package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.FeatureStatus;
import org.hubmap.model.Layout;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** A layout's accent is drawn on its own symbols, by the renderer that draws the screen and exports alike. */
class LayerAccentTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final LayoutRenderer RENDERER = new LayoutRenderer(new MapLabeller(TestBasemaps.bundled()));
    private static final BasemapOptions NO_NAMES = BasemapOptions.defaults()
            .withLayer(BasemapLayer.CITIES, false).withLayer(BasemapLayer.PLACE_LABELS, false);
    private static final MapViewport VIEW = new MapViewport(31, 50.4, 8, 600, 300);

    private static Layout hubAt(double lon, String name) {
        return new Layout(name, List.of(LayoutRendererTest.feature("hub", "active", "",
                GEOMETRY.createPoint(new Coordinate(lon, 50.4)))));
    }

    private static BufferedImage draw(FeatureMarks marks) {
        BufferedImage image = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 300);
        RENDERER.draw(g, marks, NO_NAMES, VIEW);
        g.dispose();
        return image;
    }

    /** How many pixels within the symbol of the hub at {@code x} are (about) {@code colour}. */
    private static int pixelsNear(BufferedImage image, double x, Color colour) {
        int found = 0;
        for (int px = (int) x - 25; px <= x + 25; px++) {
            for (int py = 150 - 20; py <= 150 + 20; py++) {
                Color at = new Color(image.getRGB(px, py));
                if (Math.abs(at.getRed() - colour.getRed()) + Math.abs(at.getGreen() - colour.getGreen())
                        + Math.abs(at.getBlue() - colour.getBlue()) < 30) {
                    found++;
                }
            }
        }
        return found;
    }

    @Test
    void eachLayoutsSymbolsCarryItsAccentInTheFramesCorner() {
        List<Layout> layouts = List.of(hubAt(30.5, "french"), hubAt(31.5, "british"));
        FeatureMarks marks = FeatureMarks.of(layouts, Set.of())
                .withAccents(LayerAccents.of(List.of(LayerAccent.ORANGE, LayerAccent.BLUISH_GREEN)));
        BufferedImage image = draw(marks);
        double french = VIEW.screenX(30.5);
        double british = VIEW.screenX(31.5);
        Color orange = Symbology.accentColour(LayerAccent.ORANGE);
        Color green = Symbology.accentColour(LayerAccent.BLUISH_GREEN);

        assertTrue(pixelsNear(image, french, orange) >= 20, "the French hub is marked orange");
        assertEquals(0, pixelsNear(image, french, green));
        assertTrue(pixelsNear(image, british, green) >= 20, "the British hub is marked green");
        assertEquals(0, pixelsNear(image, british, orange));
        PointSymbolStyle style = Symbology.point(FeatureKind.HUB, FeatureStatus.ACTIVE);
        int cornerX = (int) Math.round(french - style.widthPixels() / 2 + 3);
        int cornerY = (int) Math.round(150 - style.heightPixels() / 2 + 3);
        LayoutRendererTest.assertNear(orange, image.getRGB(cornerX, cornerY), "the frame's top left corner");
    }

    @Test
    void withoutAccentsNothingIsMarked() {
        List<Layout> layouts = List.of(hubAt(30.5, "french"), hubAt(31.5, "british"));
        BufferedImage image = draw(FeatureMarks.of(layouts, Set.of()));
        for (LayerAccent accent : Arrays.asList(LayerAccent.ORANGE, LayerAccent.BLUISH_GREEN)) {
            assertEquals(0, pixelsNear(image, VIEW.screenX(30.5), Symbology.accentColour(accent)));
        }
    }

    @Test
    void accentsFollowTheMarksThroughEditsAndChangingThemKeepsTheMarks() {
        List<Layout> layouts = List.of(hubAt(30.5, "french"));
        LayerAccents orange = LayerAccents.of(List.of(LayerAccent.ORANGE));
        FeatureMarks marks = FeatureMarks.of(layouts, Set.of()).withAccents(orange);

        assertSame(marks, marks.withAccents(orange));
        assertEquals(orange, marks.updated(List.of(hubAt(30.6, "french")), Set.of(), LayoutEdit.NONE).accents());
        assertSame(marks.marks(), marks.withAccents(LayerAccents.NONE).marks());
    }
}
