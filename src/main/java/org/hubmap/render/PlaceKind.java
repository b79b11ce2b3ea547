package org.hubmap.render;

/**
 * What a named place on the basemap is. The order is the labelling priority: when labels compete for room, the
 * kind declared first wins.
 */
enum PlaceKind {
    /** A national capital. */
    CAPITAL(true),
    SEA(false),
    /** A neighbouring country; its name goes before cities abroad, which a country's name may hide. */
    COUNTRY(false),
    /** An oblast centre in Ukraine, or the centre of a first-level region abroad. */
    REGIONAL_CENTRE(true),
    OBLAST(false),
    /** A city of some regional weight below a regional centre. */
    TOWN(true),
    /** The smallest places the basemap knows. */
    SMALL_TOWN(true),
    /** A named lake, reservoir, lagoon or estuary. */
    LAKE(false);

    private final boolean settlement;

    PlaceKind(boolean settlement) {
        this.settlement = settlement;
    }

    /** Whether the place is a settlement drawn as a dot, rather than an area named in its middle. */
    boolean isSettlement() {
        return settlement;
    }
}
