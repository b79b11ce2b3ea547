package org.hubmap.check;

import java.util.List;
import java.util.Optional;

/**
 * One broken planning rule.
 *
 * @param kind the check that found it
 * @param message one sentence that explains it with its figures, such as "Depot Pavlohrad is 3.2 km from the
 *     boundary of Sector Centre (minimum 5 km)."
 * @param features the features involved, the one to fix first; never empty
 * @param position where to show it on the map; empty when none of its features has a geometry
 */
public record CheckViolation(CheckKind kind, String message, List<InvolvedFeature> features,
        Optional<LonLat> position) {
    public CheckViolation {
        features = List.copyOf(features);
        if (features.isEmpty()) {
            throw new IllegalArgumentException("a violation involves at least one feature");
        }
    }

    public Severity severity() {
        return kind.severity();
    }
}
