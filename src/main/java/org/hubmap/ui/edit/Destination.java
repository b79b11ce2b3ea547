package org.hubmap.ui.edit;

import org.hubmap.geo.GeoPosition;

/**
 * Somewhere Go to Position can take the map: a typed position, a feature of an open layout or a place of the
 * basemap.
 *
 * @param title what the list of choices shows first and the map's marker reads, such as "Kharkiv"
 * @param detail what it is and where, such as "oblast centre, Ukraine" or "hub · plan.geojson"
 * @param at where the map centres on it
 * @param zoom the zoom level at least, at which it is worth seeing: a town closer than a country
 */
public record Destination(String title, String detail, GeoPosition at, double zoom) {
    /** As the list shows it: title, then detail. */
    @Override
    public String toString() {
        return detail.isEmpty() ? title : title + "  —  " + detail;
    }
}
