package org.hubmap.model;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A JSON number kept as the literal text of the file, so that a value read and written again keeps every digit
 * ({@code 1200.50} stays {@code 1200.50}, {@code 1e5} stays {@code 1e5}). Arithmetic sees it as a double.
 */
public final class JsonNumber extends Number {
    private static final long serialVersionUID = 1L;
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private final String text;

    private JsonNumber(String text) {
        this.text = text;
    }

    /** The number written as {@code text}, which must follow JSON's number syntax. */
    public static JsonNumber of(String text) {
        if (!JSON_NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException("not a JSON number: " + text);
        }
        return new JsonNumber(text);
    }

    public static JsonNumber of(long value) {
        return new JsonNumber(Long.toString(value));
    }

    /** The literal as written in the file. */
    public String text() {
        return text;
    }

    /** Whether the literal has no fraction and no exponent. */
    public boolean isIntegral() {
        return text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
    }

    public BigDecimal decimalValue() {
        return new BigDecimal(text);
    }

    @Override
    public int intValue() {
        return (int) longValue();
    }

    @Override
    public long longValue() {
        return isIntegral() && text.length() < 19 ? Long.parseLong(text) : decimalValue().longValue();
    }

    @Override
    public float floatValue() {
        return (float) doubleValue();
    }

    @Override
    public double doubleValue() {
        return Double.parseDouble(text);
    }

    /** Equal when the literal text is equal: {@code 1.0} and {@code 1} are different texts. */
    @Override
    public boolean equals(Object other) {
        return other instanceof JsonNumber number && number.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
