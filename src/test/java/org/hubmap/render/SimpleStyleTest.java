package org.hubmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.Map;
import java.util.Optional;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.FeatureStatus;
import org.hubmap.model.JsonNumber;
import org.junit.jupiter.api.Test;

class SimpleStyleTest {
    private static final PointSymbolStyle HUB = Symbology.point(FeatureKind.HUB, FeatureStatus.ACTIVE);
    private static final AreaStyle ZONE = Symbology.area(FeatureKind.MONITORING_ZONE, FeatureStatus.ACTIVE);

    @Test
    void readsSixAndThreeDigitColours() {
        assertEquals(Optional.of(new Color(0x7e7e7e)), SimpleStyle.colour("#7e7e7e"));
        assertEquals(Optional.of(new Color(0xff0000)), SimpleStyle.colour("#f00"));
        assertEquals(Optional.of(new Color(0x00ff00)), SimpleStyle.colour("00FF00"));
        assertEquals(Optional.empty(), SimpleStyle.colour("red"));
        assertEquals(Optional.empty(), SimpleStyle.colour(12));
    }

    @Test
    void markerColourAndSizeRestyleASymbol() {
        PointSymbolStyle styled = SimpleStyle.of(Map.of("marker-color", "#ff8800", "marker-size", "large"))
                .applyTo(HUB);
        assertEquals(new Color(0xff8800), styled.fill());
        assertEquals(HUB.heightPixels() * 1.35, styled.heightPixels(), 1e-9);
        assertEquals(HUB.frame(), styled.frame(), "the frame still says friendly");
    }

    @Test
    void strokeAndFillKeysRestyleAZone() {
        AreaStyle styled = SimpleStyle.of(Map.of("stroke", "#123456", "stroke-width", JsonNumber.of("4"),
                "stroke-opacity", JsonNumber.of("0.5"), "fill", "#00ff00", "fill-opacity", JsonNumber.of("0.25")))
                .applyTo(ZONE);
        assertEquals(new Color(0x12, 0x34, 0x56, 128), styled.boundary().color());
        assertEquals(4f, styled.boundary().widthPixels());
        assertEquals(new Color(0, 255, 0, 64), styled.fill().orElseThrow());
        assertTrue(styled.boundary().dashPixels().length > 0, "still dashed as a control measure");
    }

    @Test
    void unreadableValuesKeepTheDefaults() {
        AreaStyle styled = SimpleStyle.of(Map.of("stroke", "blue", "stroke-width", JsonNumber.of("-3"),
                "marker-size", "huge")).applyTo(ZONE);
        assertEquals(ZONE.boundary().color(), styled.boundary().color());
        assertEquals(ZONE.boundary().widthPixels(), styled.boundary().widthPixels());
    }

    @Test
    void featuresWithoutStyleKeysKeepTheSymbologysStyle() {
        assertSame(HUB, SimpleStyle.of(Map.of("name", "Hub", "kind", "hub")).applyTo(HUB));
    }
}
