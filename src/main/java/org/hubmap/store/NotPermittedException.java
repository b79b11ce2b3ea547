package org.hubmap.store;

import java.util.List;

/**
 * A save refused because it changes features the user's role may not change: the database's row-level security
 * said no. Nothing was written.
 */
public final class NotPermittedException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final List<String> refused;

    NotPermittedException(String location, List<String> refused) {
        super(Reason.NOT_PERMITTED, location + ": " + Sentences.listed(refused) + "; nothing was written");
        this.refused = List.copyOf(refused);
    }

    /**
     * Why the feature {@code key} named {@code name}, of the nation {@code nation} (null for none), may not be
     * changed, removed or added ({@code doing}): "Hub Kyiv North is UKR's to change". A feature without a name is
     * named by its key.
     */
    static String refusal(String key, String name, String nation, String doing) {
        return (name == null || name.isBlank() ? "feature " + key : name) + " is "
                + (nation == null ? "no nation's" : nation + "'s") + " to " + doing;
    }

    /** Each feature refused, in a sentence without its full stop. */
    public List<String> refused() {
        return refused;
    }
}
