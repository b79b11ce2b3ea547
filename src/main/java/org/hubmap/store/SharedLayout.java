package org.hubmap.store;

import java.time.Instant;
import java.util.Optional;

/**
 * A layout in a shared store as its list shows it: its name, how many features it has, and when and by whom it was
 * last changed (empty when never, as for an empty layout).
 */
public record SharedLayout(String name, long features, Instant created, Optional<Instant> lastChanged,
        Optional<String> lastChangedBy) {
}
