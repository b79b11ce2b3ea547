package org.hubmap.model;

/** What a layout feature is, from its {@code properties.kind}. Unknown or missing kinds are {@link #OTHER}. */
public enum FeatureKind {
    HUB("hub"),
    DEPOT("depot"),
    MONITORING_ZONE("monitoring-zone"),
    OTHER("");

    /** Every kind, read once: {@link #values()} copies its array on each call, and kinds are looked up per feature. */
    private static final FeatureKind[] KINDS = values();

    private final String code;

    FeatureKind(String code) {
        this.code = code;
    }

    /** The value of {@code properties.kind} in a layout file; empty for {@link #OTHER}. */
    public String code() {
        return code;
    }

    /** What the kind is called in a sentence: "hub", "depot", "monitoring zone" or, for other kinds, "feature". */
    public String noun() {
        return switch (this) {
            case HUB -> "hub";
            case DEPOT -> "depot";
            case MONITORING_ZONE -> "monitoring zone";
            case OTHER -> "feature";
        };
    }

    /** As {@link #noun()}, but "zone" for a monitoring zone, where space is short (undo texts, counts). */
    public String shortNoun() {
        return this == MONITORING_ZONE ? "zone" : noun();
    }

    /** The kind named by a {@code properties.kind} value; {@link #OTHER} for null or unknown values. */
    public static FeatureKind fromCode(String code) {
        for (FeatureKind kind : KINDS) {
            if (kind != OTHER && kind.code.equals(code)) {
                return kind;
            }
        }
        return OTHER;
    }
}
