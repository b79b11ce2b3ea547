package org.hubmap.model;

import java.math.BigDecimal;

/**
 * A JSON number kept as the literal text of the file, so that a value read and written again keeps every digit
 * ({@code 1200.50} stays {@code 1200.50}, {@code 1e5} stays {@code 1e5}). Arithmetic sees it as a double.
 */
public final class JsonNumber extends Number {
    private static final long serialVersionUID = 1L;

    private final String text;

    private JsonNumber(String text) {
        this.text = text;
    }

    /** The number written as {@code text}, which must follow JSON's number syntax. */
    public static JsonNumber of(String text) {
        if (!isJsonNumber(text)) {
            throw new IllegalArgumentException("not a JSON number: " + text);
        }
        return new JsonNumber(text);
    }

    /**
     * Whether {@code text} follows JSON's number syntax, {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?};
     * scanned by hand, since a regular expression took 3% of converting a layout whose properties hold numbers.
     */
    static boolean isJsonNumber(String text) {
        int length = text.length();
        int at = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (at == length) {
            return false;
        }
        if (text.charAt(at) == '0') {
            at++;
        } else {
            int digits = digitsFrom(text, at);
            if (digits == at) {
                return false;
            }
            at = digits;
        }
        if (at < length && text.charAt(at) == '.') {
            int digits = digitsFrom(text, at + 1);
            if (digits == at + 1) {
                return false;
            }
            at = digits;
        }
        if (at < length && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            at++;
            if (at < length && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                at++;
            }
            int digits = digitsFrom(text, at);
            if (digits == at) {
                return false;
            }
            at = digits;
        }
        return at == length;
    }

    /** The index after the run of ASCII digits that starts at {@code from}. */
    private static int digitsFrom(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at;
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
