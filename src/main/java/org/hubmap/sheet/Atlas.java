package org.hubmap.sheet;

import java.util.ArrayList;
import java.util.List;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.locationtech.jts.geom.Point;

/**
 * An atlas: one sheet per monitoring zone (or per chosen feature), each zoomed to it, after an index page that
 * outlines and lists them all over the ground of the sheet asked for. Immutable.
 *
 * @param index the index page
 * @param sheets the atlas's sheets, in the order the index numbers them
 */
public record Atlas(Sheet index, List<Sheet> sheets) {
    /** Room left around the feature a sheet is made for, as a share of its extent on each side. */
    private static final double ROOM = 0.2;

    public Atlas {
        sheets = List.copyOf(sheets);
    }

    /** The atlas of every monitoring zone in {@code content}'s layouts, in layout and file order. */
    public static Atlas ofZones(SheetSpec base, SheetContent content) {
        List<LayoutFeature> zones = new ArrayList<>();
        for (Layout layout : content.layouts()) {
            for (LayoutFeature feature : layout.features()) {
                if (feature.kind() == FeatureKind.MONITORING_ZONE && feature.geometry().isPresent()
                        && !(feature.geometry().get() instanceof Point)) {
                    zones.add(feature);
                }
            }
        }
        return of(base, content, zones);
    }

    /** The atlas of {@code features}, one sheet each, in their order. */
    public static Atlas of(SheetSpec base, SheetContent content, List<LayoutFeature> features) {
        List<Sheet> sheets = new ArrayList<>();
        List<Sheet.IndexEntry> entries = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            LayoutFeature feature = features.get(i);
            String name = nameOf(feature, i + 1);
            SheetSpec page = base.withTitle(name)
                    .withSubtitle(subtitle(base, i + 1, features.size()))
                    .withExtent(SheetExtent.around(List.of(feature), ROOM));
            sheets.add(Sheet.of(page, content));
            entries.add(new Sheet.IndexEntry(i + 1, name, sheets.get(i).view().bounds()));
        }
        Sheet index = Sheet.index(base.withTitle(base.title().isBlank() ? "Index" : base.title() + ": index")
                .withSubtitle(features.size() + (features.size() == 1 ? " sheet" : " sheets")
                        + (base.subtitle().isBlank() ? "" : " \u00b7 " + base.subtitle())), content, entries);
        return new Atlas(index, sheets);
    }

    /** The index page and then every sheet. */
    public List<Sheet> pages() {
        List<Sheet> pages = new ArrayList<>();
        pages.add(index);
        pages.addAll(sheets);
        return pages;
    }

    private static String nameOf(LayoutFeature feature, int number) {
        if (!feature.name().isBlank()) {
            return feature.name().trim();
        }
        return feature.id() != null ? feature.id().toString() : "Sheet " + number;
    }

    private static String subtitle(SheetSpec base, int number, int count) {
        String sheet = "Sheet " + number + " of " + count;
        return base.title().isBlank() ? sheet : sheet + " \u00b7 " + base.title();
    }
}
