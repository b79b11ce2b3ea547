package org.hubmap.model;

import java.util.Locale;

/**
 * Where a hub, depot or zone stands, from its {@code properties.status}. Values HubMap does not know, and a missing
 * status, are {@link #UNKNOWN}; the file keeps whatever it said.
 */
public enum FeatureStatus {
    PLANNED("planned"),
    ACTIVE("active"),
    DEGRADED("degraded"),
    CLOSED("closed"),
    UNKNOWN("");

    private final String code;

    FeatureStatus(String code) {
        this.code = code;
    }

    /** The value of {@code properties.status} in a layout file; empty for {@link #UNKNOWN}. */
    public String code() {
        return code;
    }

    /** The status named by a {@code properties.status} value, ignoring case and surrounding spaces. */
    public static FeatureStatus fromCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        for (FeatureStatus status : values()) {
            if (status != UNKNOWN && status.code.equals(wanted)) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
