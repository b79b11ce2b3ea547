package org.hubmap.check;

import java.util.Optional;

/**
 * The planning checks, in the order their violations are listed. Each has a code, which the layout's checks
 * settings use to switch it off (see {@link CheckSettings}), a title for lists and a severity.
 */
public enum CheckKind {
    OUTSIDE_UKRAINE("outside-ukraine", "Hub or depot outside Ukraine", Severity.ERROR),
    DEPOT_NEAR_ZONE_BOUNDARY("depot-near-zone-boundary", "Depot near a zone boundary", Severity.WARNING),
    SAME_POSITION("same-position", "Hubs or depots at the same position", Severity.WARNING),
    ZONE_OVERLAP("zone-overlap", "Overlapping monitoring zones", Severity.ERROR),
    INVALID_ZONE("invalid-zone", "Monitoring zone without a valid area", Severity.ERROR),
    ZONE_WITHOUT_NATION("zone-without-nation", "Monitoring zone without a nation", Severity.WARNING),
    DUPLICATE_NAME("duplicate-name", "Name used twice", Severity.WARNING),
    DUPLICATE_ID("duplicate-id", "Id used twice", Severity.ERROR);

    private final String code;
    private final String title;
    private final Severity severity;

    CheckKind(String code, String title, Severity severity) {
        this.code = code;
        this.title = title;
        this.severity = severity;
    }

    /** The name of the check in layout files, such as {@code "zone-overlap"}. */
    public String code() {
        return code;
    }

    /** A short title for lists and settings, such as "Overlapping monitoring zones". */
    public String title() {
        return title;
    }

    public Severity severity() {
        return severity;
    }

    /** The check named {@code code} in a layout file, or empty when there is none of that name. */
    public static Optional<CheckKind> fromCode(String code) {
        for (CheckKind kind : values()) {
            if (kind.code.equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
