package org.hubmap.sheet;

import org.hubmap.geo.GeoBounds;
import org.hubmap.render.BasemapOptions;

/**
 * What a sheet is asked to show: its title and subtitle, date-time group and classification, size and resolution,
 * the ground it must show (fitted into its map frame at a round scale), the basemap's layers and the language of
 * its names, and whether the MGRS grid is drawn. Immutable.
 *
 * @param title the sheet's title, printed large at its top; may be blank
 * @param subtitle a line under the title; may be blank
 * @param dtg the date-time group printed beside the title
 * @param classification the marking of the banners at top and bottom
 * @param size the sheet's size and resolution
 * @param extent the ground the map must show; the map shows at least this
 * @param options the basemap's layers and the language of names
 * @param mgrsGrid whether the MGRS grid is drawn with its labelled lines
 */
public record SheetSpec(String title, String subtitle, DateTimeGroup dtg, Classification classification,
        SheetSize size, GeoBounds extent, BasemapOptions options, boolean mgrsGrid) {

    public SheetSpec withTitle(String newTitle) {
        return new SheetSpec(newTitle, subtitle, dtg, classification, size, extent, options, mgrsGrid);
    }

    public SheetSpec withSubtitle(String newSubtitle) {
        return new SheetSpec(title, newSubtitle, dtg, classification, size, extent, options, mgrsGrid);
    }

    public SheetSpec withSize(SheetSize newSize) {
        return new SheetSpec(title, subtitle, dtg, classification, newSize, extent, options, mgrsGrid);
    }

    public SheetSpec withExtent(GeoBounds newExtent) {
        return new SheetSpec(title, subtitle, dtg, classification, size, newExtent, options, mgrsGrid);
    }
}
