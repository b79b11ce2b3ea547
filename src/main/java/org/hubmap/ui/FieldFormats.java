package org.hubmap.ui;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.hubmap.geo.GeodesicCircle;
import org.hubmap.model.JsonNumber;

/** The formats of the properties panel's fields. */
final class FieldFormats {
    /** A number of 0 or more as people type it: digits, perhaps a point and more digits; no sign, no exponent. */
    private static final Pattern DECIMAL = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");
    private static final BigDecimal MAX_RING_KM = BigDecimal.valueOf(GeodesicCircle.MAX_RADIUS_METRES / 1000);

    /** Text without the spaces around it, as names are. */
    static final PropertyFormat TRIMMED_TEXT = new PropertyFormat(PropertyValueText::format,
            (text, before) -> ParsedEntry.value(text.strip()));

    /** Text exactly as typed, line breaks included, as notes are. */
    static final PropertyFormat TEXT = new PropertyFormat(PropertyValueText::format,
            (text, before) -> ParsedEntry.value(text));

    /** A number of 0 or more, kept with the digits typed. */
    static final PropertyFormat CAPACITY = new PropertyFormat(PropertyValueText::format, (text, before) -> {
        String typed = text.strip();
        return DECIMAL.matcher(typed).matches() ? ParsedEntry.value(JsonNumber.of(typed))
                : ParsedEntry.problem("“" + typed + "” is not a capacity: type a number of 0 or more, such as 1200.");
    });

    /** A protection ring's radius, typed in kilometres and kept in metres as {@code protection_radius_m} is. */
    static final PropertyFormat RING_KILOMETRES = new PropertyFormat(FieldFormats::kilometres, (text, before) -> {
        String typed = text.strip();
        if (!DECIMAL.matcher(typed).matches() || new BigDecimal(typed).signum() == 0
                || new BigDecimal(typed).compareTo(MAX_RING_KM) > 0) {
            return ParsedEntry.problem("“" + typed + "” is not a radius: type kilometres above 0 and up to "
                    + MAX_RING_KM.toPlainString() + ", such as 2.5.");
        }
        return ParsedEntry.value(JsonNumber.of(new BigDecimal(typed).movePointRight(3).stripTrailingZeros()
                .toPlainString()));
    });

    /** A nation's ISO 3166-1 alpha-3 code, shown with its name; codes not in the standard are shown as they are. */
    static final PropertyFormat NATION = new PropertyFormat(
            value -> value instanceof String code ? Nations.text(code) : PropertyValueText.format(value),
            (text, before) -> Nations.codeOf(text).map(ParsedEntry::value).orElseGet(() -> ParsedEntry.problem(
                    "“" + text.strip() + "” is no nation: pick one from the list or type a code such as GBR.")));

    /**
     * Any other property: a string stays a string whatever is typed, so that a code such as {@code 0042} never
     * turns into a number; other and new values are read as JSON scalars where they are one.
     */
    static final PropertyFormat ANY = new PropertyFormat(PropertyValueText::format,
            (text, before) -> ParsedEntry.value(before.isShared() && before.value() instanceof String ? text
                    : PropertyValueText.parse(text)));

    private FieldFormats() {
    }

    /** Metres shown as kilometres, with the digits they need and no more. */
    private static String kilometres(Object metres) {
        return metres instanceof JsonNumber number
                ? number.decimalValue().movePointLeft(3).stripTrailingZeros().toPlainString()
                : PropertyValueText.format(metres);
    }
}
