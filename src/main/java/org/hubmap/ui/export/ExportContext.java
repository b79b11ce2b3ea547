package org.hubmap.ui.export;

import java.util.List;
import java.util.Set;
import org.hubmap.model.Layout;
import org.hubmap.model.LayoutFeature;
import org.hubmap.render.BasemapOptions;
import org.hubmap.render.FeatureMarks;
import org.hubmap.render.LayerAccents;
import org.hubmap.render.MapPainter;
import org.hubmap.render.MapViewport;
import org.hubmap.sheet.SheetContent;

/**
 * What an export draws from, taken from the window when the dialog opens: the map painter, the open layouts, the
 * selected features, the map's view and the basemap's layers. Immutable.
 *
 * @param painter the map painter the screen uses
 * @param layouts the layouts the map shows
 * @param accents the accent each of them is marked with on the map, and so on paper
 * @param selected the active layout's selected features
 * @param view the map's current view
 * @param options the basemap's layers and language as the map shows them
 * @param defaultTitle a title for a sheet when the user has given none
 */
public record ExportContext(MapPainter painter, List<Layout> layouts, LayerAccents accents,
        List<LayoutFeature> selected, MapViewport view, BasemapOptions options, String defaultTitle) {
    public ExportContext {
        layouts = List.copyOf(layouts);
        selected = List.copyOf(selected);
    }

    /** The layouts as sheets draw them: no feature is highlighted as selected on paper. */
    SheetContent content() {
        return new SheetContent(painter, layouts, FeatureMarks.of(layouts, Set.of()).withAccents(accents));
    }
}
