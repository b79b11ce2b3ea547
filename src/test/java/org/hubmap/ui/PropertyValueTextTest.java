package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubmap.model.JsonNumber;
import org.junit.jupiter.api.Test;

class PropertyValueTextTest {
    @Test
    void stringsShowAsTheyAreAndOtherValuesAsJson() {
        assertEquals("Hub \"North\"", PropertyValueText.format("Hub \"North\""));
        assertEquals("1200.50", PropertyValueText.format(JsonNumber.of("1200.50")));
        assertEquals("true", PropertyValueText.format(Boolean.TRUE));
        assertEquals("null", PropertyValueText.format(null));
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("b", List.of(JsonNumber.of("1e5"), "x\"y"));
        object.put("a", null);
        assertEquals("{\"b\":[1e5,\"x\\\"y\"],\"a\":null}", PropertyValueText.format(object));
    }

    @Test
    void typedJsonScalarsBecomeValuesAndEverythingElseText() {
        assertEquals(JsonNumber.of("42"), PropertyValueText.parse("42"));
        assertEquals(JsonNumber.of("-2.50"), PropertyValueText.parse(" -2.50 "));
        assertEquals(Boolean.FALSE, PropertyValueText.parse("false"));
        assertNull(PropertyValueText.parse("null"));
        assertEquals("42", PropertyValueText.parse("\"42\""), "quotes keep a number-like text a string");
        assertEquals("0042", PropertyValueText.parse("0042"));
        assertEquals("two words", PropertyValueText.parse("two words"));
        assertEquals("[1, 2]", PropertyValueText.parse("[1, 2]"), "lists are not typed in");
        assertEquals("1 2", PropertyValueText.parse("1 2"));
        assertEquals("", PropertyValueText.parse(""));
    }

    @Test
    void onlyListsAndObjectsAreNotScalars() {
        assertTrue(PropertyValueText.isScalar("x"));
        assertTrue(PropertyValueText.isScalar(null));
        assertFalse(PropertyValueText.isScalar(List.of()));
        assertFalse(PropertyValueText.isScalar(Map.of()));
    }
}
