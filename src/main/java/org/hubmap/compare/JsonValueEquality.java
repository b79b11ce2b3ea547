package org.hubmap.compare;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hubmap.model.JsonNumber;

/**
 * Whether two JSON values, as features hold them (String, Boolean, null, numbers, List, Map), say the same thing:
 * numbers are equal when their values are ({@code 1200.5} and {@code 1200.50}, {@code 1e3} and {@code 1000}), an
 * object's members may come in any order, an array's elements must come in the same order. A layout written again
 * by another tool keeps its meaning but not always its digits or member order, and that is no change.
 */
final class JsonValueEquality {
    private JsonValueEquality() {
    }

    static boolean same(Object a, Object b) {
        if (Objects.equals(a, b)) {
            return true;
        }
        if (a instanceof Number x && b instanceof Number y) {
            BigDecimal first = decimal(x);
            BigDecimal second = decimal(y);
            return first != null && second != null && first.compareTo(second) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return sameElements(x, y);
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return sameMembers(x, y);
        }
        return false;
    }

    private static boolean sameElements(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        Iterator<?> second = b.iterator();
        for (Object element : a) {
            if (!same(element, second.next())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameMembers(Map<?, ?> a, Map<?, ?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<?, ?> member : a.entrySet()) {
            if (!b.containsKey(member.getKey()) || !same(member.getValue(), b.get(member.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** The exact value of a number; null for a double that is not finite, which JSON cannot hold. */
    private static BigDecimal decimal(Number number) {
        if (number instanceof JsonNumber json) {
            return json.decimalValue();
        }
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            return Double.isFinite(value) ? BigDecimal.valueOf(value) : null;
        }
        return BigDecimal.valueOf(number.longValue());
    }
}
