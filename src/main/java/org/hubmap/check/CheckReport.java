package org.hubmap.check;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What one run of the planning checks found.
 *
 * @param settings the settings the checks ran with, as read from the layout
 * @param settingsWarnings what was wrong in the layout's settings (see {@link CheckSettings#readFrom})
 * @param violations the violations, by kind in {@link CheckKind} order, within a kind in layout order
 * @param stoppedAtLimit the kinds of which more violations were found than
 *     {@value PlanningChecks#LISTED_PER_KIND} and so not all are listed
 */
public record CheckReport(CheckSettings settings, List<String> settingsWarnings, List<CheckViolation> violations,
        Set<CheckKind> stoppedAtLimit) {
    public CheckReport {
        settingsWarnings = List.copyOf(settingsWarnings);
        violations = List.copyOf(violations);
        stoppedAtLimit = Collections.unmodifiableSet(stoppedAtLimit.isEmpty() ? EnumSet.noneOf(CheckKind.class)
                : EnumSet.copyOf(stoppedAtLimit));
    }
}
