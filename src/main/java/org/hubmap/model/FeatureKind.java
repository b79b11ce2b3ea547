package org.hubmap.model;

/** What a layout feature is, from its {@code properties.kind}. Unknown or missing kinds are {@link #OTHER}. */
public enum FeatureKind {
    HUB("hub"),
    DEPOT("depot"),
    MONITORING_ZONE("monitoring-zone"),
    OTHER("");

    private final String code;

    FeatureKind(String code) {
        this.code = code;
    }

    /** The value of {@code properties.kind} in a layout file; empty for {@link #OTHER}. */
    public String code() {
        return code;
    }

    /** The kind named by a {@code properties.kind} value; {@link #OTHER} for null or unknown values. */
    public static FeatureKind fromCode(String code) {
        for (FeatureKind kind : values()) {
            if (kind != OTHER && kind.code.equals(code)) {
                return kind;
            }
        }
        return OTHER;
    }
}
