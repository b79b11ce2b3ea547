package org.hubmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.LayoutFeature;
import org.junit.jupiter.api.Test;

class FieldFormatsTest {
    private static final CommonValue NOTHING = CommonValue.of(List.of(), "x");

    @Test
    void capacityTakesNumbersOfZeroOrMoreWithTheirDigits() {
        assertEquals(JsonNumber.of("1200.50"), FieldFormats.CAPACITY.parse(" 1200.50 ", NOTHING).value());
        assertEquals(JsonNumber.of("0"), FieldFormats.CAPACITY.parse("0", NOTHING).value());
        for (String wrong : List.of("many", "-5", "1e3", "1,200", "12.")) {
            ParsedEntry entry = FieldFormats.CAPACITY.parse(wrong, NOTHING);
            assertFalse(entry.isValid(), wrong);
            assertEquals("“" + wrong + "” is not a capacity: type a number of 0 or more, such as 1200.",
                    entry.problem());
        }
    }

    @Test
    void ringRadiusIsTypedInKilometresAndKeptInMetres() {
        assertEquals(JsonNumber.of("2500"), FieldFormats.RING_KILOMETRES.parse("2.5", NOTHING).value());
        assertEquals(JsonNumber.of("15000"), FieldFormats.RING_KILOMETRES.parse("15", NOTHING).value());
        assertEquals(JsonNumber.of("0.5"), FieldFormats.RING_KILOMETRES.parse("0.0005", NOTHING).value());
        assertEquals("15", FieldFormats.RING_KILOMETRES.format(JsonNumber.of("15000")));
        assertEquals("2.5", FieldFormats.RING_KILOMETRES.format(JsonNumber.of("2500.0")));
        assertEquals("wide", FieldFormats.RING_KILOMETRES.format("wide"));
        for (String wrong : List.of("0", "1001", "-1", "far")) {
            assertFalse(FieldFormats.RING_KILOMETRES.parse(wrong, NOTHING).isValid(), wrong);
        }
    }

    @Test
    void nationsAreShownWithTheirNamesAndReadFromCodesOrNames() {
        assertEquals("GBR — United Kingdom", FieldFormats.NATION.format("GBR"));
        assertEquals("NATO", FieldFormats.NATION.format("NATO"), "values that are no ISO code are shown as they are");
        assertEquals("UKR", FieldFormats.NATION.parse("ukr", NOTHING).value());
        assertEquals("POL", FieldFormats.NATION.parse("Poland", NOTHING).value());
        assertEquals("FRA", FieldFormats.NATION.parse("FRA — France", NOTHING).value());
        assertEquals("“Atlantis” is no nation: pick one from the list or type a code such as GBR.",
                FieldFormats.NATION.parse("Atlantis", NOTHING).problem());
    }

    @Test
    void otherPropertiesKeepStringsStringsAndReadJsonOtherwise() {
        CommonValue text = CommonValue.of(List.of(new LayoutFeature(1, Map.of("code", "0041"), null)), "code");
        CommonValue number = CommonValue.of(List.of(new LayoutFeature(1, Map.of("code", JsonNumber.of(7)), null)),
                "code");

        assertEquals("42", FieldFormats.ANY.parse("42", text).value());
        assertEquals(JsonNumber.of("42"), FieldFormats.ANY.parse("42", number).value());
        assertEquals(JsonNumber.of("42"), FieldFormats.ANY.parse("42", NOTHING).value());
        assertEquals("n/a", FieldFormats.ANY.parse("n/a", number).value());
    }
}
