package org.hubmap.sheet;

import java.util.List;
import org.hubmap.model.Layout;
import org.hubmap.render.FeatureMarks;
import org.hubmap.render.MapPainter;

/**
 * What sheets draw from: the map painter (with the basemap it draws and the label placements it remembers), the
 * layouts, and their marks as the map draws them. Immutable.
 *
 * @param painter draws the map, as on screen
 * @param layouts the layouts shown, for titles and atlases
 * @param marks the layouts' features as the map draws them
 */
public record SheetContent(MapPainter painter, List<Layout> layouts, FeatureMarks marks) {
    public SheetContent {
        layouts = List.copyOf(layouts);
    }
}
