package org.hubmap.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubmap.model.JsonNumber;
import org.hubmap.model.Layout;

/**
 * The thresholds of the planning checks and which checks are switched off, immutable. A layout carries them in
 * its collection member {@value #MEMBER}, so that everyone who opens the file sees the same checks:
 * <pre>"hubmap:checks": {"depot_zone_min_distance_m": 5000, "disabled": ["duplicate-name"]}</pre>
 * A missing member, or a missing key in it, means the default. {@code disabled} names checks by their
 * {@link CheckKind#code()}, so a check added in a later version is on for files written before it.
 *
 * @param depotZoneMinDistanceMetres how close, in metres on the ellipsoid, a depot may come to the boundary of a
 *     monitoring zone (inside or outside it) before it is reported; 0 to {@value #MAX_DEPOT_ZONE_DISTANCE_METRES}
 * @param disabled the checks that are switched off
 */
public record CheckSettings(double depotZoneMinDistanceMetres, Set<CheckKind> disabled) {
    /** The layout's collection member that holds the settings. */
    public static final String MEMBER = "hubmap:checks";
    public static final double DEFAULT_DEPOT_ZONE_MIN_DISTANCE_METRES = 5000;
    /** Beyond 100 km a depot would be near most zones of a theatre; the check also measures in a local frame. */
    public static final double MAX_DEPOT_ZONE_DISTANCE_METRES = 100_000;

    private static final String DEPOT_ZONE_MIN_DISTANCE_KEY = "depot_zone_min_distance_m";
    private static final String DISABLED_KEY = "disabled";

    public CheckSettings {
        if (!(depotZoneMinDistanceMetres >= 0 && depotZoneMinDistanceMetres <= MAX_DEPOT_ZONE_DISTANCE_METRES)) {
            throw new IllegalArgumentException("the minimum distance of depots from zone boundaries must be 0 to "
                    + Figures.exactDistance(MAX_DEPOT_ZONE_DISTANCE_METRES) + ", not " + depotZoneMinDistanceMetres
                    + " m");
        }
        disabled = Collections.unmodifiableSet(disabled.isEmpty() ? EnumSet.noneOf(CheckKind.class)
                : EnumSet.copyOf(disabled));
    }

    /** Every check on, depots at least 5 km from zone boundaries. */
    public static CheckSettings defaults() {
        return new CheckSettings(DEFAULT_DEPOT_ZONE_MIN_DISTANCE_METRES, Set.of());
    }

    public boolean isEnabled(CheckKind kind) {
        return !disabled.contains(kind);
    }

    public CheckSettings withDepotZoneMinDistanceMetres(double metres) {
        return new CheckSettings(metres, disabled);
    }

    /** These settings with {@code kind} switched on or off. */
    public CheckSettings withEnabled(CheckKind kind, boolean enabled) {
        Set<CheckKind> changed = disabled.isEmpty() ? EnumSet.noneOf(CheckKind.class) : EnumSet.copyOf(disabled);
        if (enabled) {
            changed.remove(kind);
        } else {
            changed.add(kind);
        }
        return new CheckSettings(depotZoneMinDistanceMetres, changed);
    }

    /**
     * The settings a layout carries. Values that cannot be used (the wrong type, a negative distance, an unknown
     * check) never stop the checks: the default takes their place and a warning says what was wrong.
     */
    public static Reading readFrom(Layout layout) {
        return readFrom(layout.collectionMembers());
    }

    /** The settings in a layout's collection members, as {@link #readFrom(Layout)} reads them. */
    public static Reading readFrom(Map<String, Object> collectionMembers) {
        Object member = collectionMembers.get(MEMBER);
        if (member == null) {
            return new Reading(defaults(), List.of());
        }
        List<String> warnings = new ArrayList<>();
        if (!(member instanceof Map<?, ?> values)) {
            warnings.add("\"" + MEMBER + "\" should be an object such as {\"" + DEPOT_ZONE_MIN_DISTANCE_KEY
                    + "\": 5000}; the default checks are used");
            return new Reading(defaults(), warnings);
        }
        double metres = readDistance(values.get(DEPOT_ZONE_MIN_DISTANCE_KEY), warnings);
        Set<CheckKind> off = readDisabled(values.get(DISABLED_KEY), warnings);
        for (Object key : values.keySet()) {
            if (!key.equals(DEPOT_ZONE_MIN_DISTANCE_KEY) && !key.equals(DISABLED_KEY)) {
                warnings.add("\"" + MEMBER + "\" has the setting \"" + key + "\", which this version does not know;"
                        + " it is kept but not used");
            }
        }
        return new Reading(new CheckSettings(metres, off), warnings);
    }

    private static double readDistance(Object value, List<String> warnings) {
        if (value == null) {
            return DEFAULT_DEPOT_ZONE_MIN_DISTANCE_METRES;
        }
        String problem;
        if (!(value instanceof Number number)) {
            problem = "is not a number of metres";
        } else if (!(number.doubleValue() >= 0 && number.doubleValue() <= MAX_DEPOT_ZONE_DISTANCE_METRES)) {
            problem = "is not between 0 and " + Figures.exactDistance(MAX_DEPOT_ZONE_DISTANCE_METRES);
        } else {
            return number.doubleValue();
        }
        warnings.add("\"" + MEMBER + "\": \"" + DEPOT_ZONE_MIN_DISTANCE_KEY + "\" is " + jsonText(value) + ", which "
                + problem + "; the default, " + Figures.exactDistance(DEFAULT_DEPOT_ZONE_MIN_DISTANCE_METRES)
                + ", is used");
        return DEFAULT_DEPOT_ZONE_MIN_DISTANCE_METRES;
    }

    private static Set<CheckKind> readDisabled(Object value, List<String> warnings) {
        Set<CheckKind> off = EnumSet.noneOf(CheckKind.class);
        if (value == null) {
            return off;
        }
        if (!(value instanceof List<?> codes)) {
            warnings.add("\"" + MEMBER + "\": \"" + DISABLED_KEY + "\" should be a list of check names such as"
                    + " [\"duplicate-name\"]; every check is on");
            return off;
        }
        for (Object code : codes) {
            CheckKind kind = code instanceof String s ? CheckKind.fromCode(s).orElse(null) : null;
            if (kind == null) {
                warnings.add("\"" + MEMBER + "\": \"" + DISABLED_KEY + "\" names " + jsonText(code)
                        + ", which is not a check; the checks are " + codes());
            } else {
                off.add(kind);
            }
        }
        return off;
    }

    /**
     * {@code layout} carrying these settings. Settings of the member that this version does not know are kept,
     * and a distance already written as the same number keeps its digits.
     */
    public Layout writeTo(Layout layout) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (layout.collectionMembers().get(MEMBER) instanceof Map<?, ?> existing) {
            existing.forEach((key, value) -> values.put(String.valueOf(key), value));
        }
        Object written = values.get(DEPOT_ZONE_MIN_DISTANCE_KEY);
        if (!(written instanceof Number n && n.doubleValue() == depotZoneMinDistanceMetres)) {
            values.put(DEPOT_ZONE_MIN_DISTANCE_KEY, JsonNumber.of(
                    BigDecimal.valueOf(depotZoneMinDistanceMetres).stripTrailingZeros().toPlainString()));
        }
        List<String> codes = new ArrayList<>();
        for (CheckKind kind : CheckKind.values()) {
            if (disabled.contains(kind)) {
                codes.add(kind.code());
            }
        }
        values.put(DISABLED_KEY, codes);
        return layout.withCollectionMember(MEMBER, values);
    }

    private static String jsonText(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static String codes() {
        List<String> codes = new ArrayList<>();
        for (CheckKind kind : CheckKind.values()) {
            codes.add(kind.code());
        }
        return String.join(", ", codes);
    }

    /**
     * Settings read from a layout, with what was wrong in them.
     *
     * @param warnings readable sentences, one per value that could not be used; empty when all was well
     */
    public record Reading(CheckSettings settings, List<String> warnings) {
        public Reading {
            warnings = List.copyOf(warnings);
        }
    }
}
