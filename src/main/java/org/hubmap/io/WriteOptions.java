package org.hubmap.io;

import java.util.OptionalInt;

/**
 * How coordinates are written when HubMap writes them itself (new, moved or converted features): with the
 * shortest decimal that reads back as the same double, or rounded to {@code decimals} places.
 */
public record WriteOptions(OptionalInt decimals) {
    /** Shortest round-trip decimals. */
    public static final WriteOptions SHORTEST = new WriteOptions(OptionalInt.empty());

    public WriteOptions {
        if (decimals.isPresent() && (decimals.getAsInt() < 0 || decimals.getAsInt() > 15)) {
            throw new IllegalArgumentException("precision must be 0 to 15 decimal places, not "
                    + decimals.getAsInt());
        }
    }

    public static WriteOptions withDecimals(int places) {
        return new WriteOptions(OptionalInt.of(places));
    }
}
