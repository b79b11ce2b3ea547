package org.hubmap.render;

/**
 * A named place the basemap may label: a settlement with its dot, or an area (country, oblast, sea) named at a
 * fixed point inside it.
 *
 * @param kind what the place is
 * @param nameEnglish the English name
 * @param nameUkrainian the Ukrainian name, or the English one where the data has none
 * @param worldX x of the dot or label centre in world pixels at zoom 0
 * @param worldY y of the dot or label centre in world pixels at zoom 0
 * @param inUkraine whether the place lies in Ukraine, which puts it ahead of foreign places of its kind
 * @param population inhabitants, or 0 for areas; breaks ties between places of one kind
 * @param roomWorldPixels for areas, the diameter of the largest circle inside them in world pixels at zoom 0;
 *     a label much wider than that would spill over the area. Infinite where that does not matter.
 */
record MapPlace(PlaceKind kind, String nameEnglish, String nameUkrainian, double worldX, double worldY,
        boolean inUkraine, double population, double roomWorldPixels) implements LabelSubject {

    /** The name in {@code language}. */
    String name(LabelLanguage language) {
        return language == LabelLanguage.UKRAINIAN ? nameUkrainian : nameEnglish;
    }
}
