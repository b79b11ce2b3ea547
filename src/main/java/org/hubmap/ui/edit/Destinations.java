package org.hubmap.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hubmap.geo.GeoPosition;
import org.hubmap.geo.PositionFormat;
import org.hubmap.geo.PositionParseException;
import org.hubmap.geo.PositionParser;
import org.hubmap.render.FeatureSearch;
import org.hubmap.render.PlaceMatch;
import org.hubmap.render.PlaceSearch;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * What typed text can mean for Go to Position: a position in any form HubMap reads, then the open layouts'
 * features and the basemap's places whose names match, best match first (a feature before a place that matches as
 * well, since the user's own features are what they look for most).
 */
final class Destinations {
    /** As many choices as the list shows without scrolling, and more than anyone reads. */
    static final int MOST = 12;
    private static final double POSITION_ZOOM = 9;
    private static final double FEATURE_ZOOM = 10;

    private Destinations() {
    }

    /**
     * The choices for {@code text}.
     *
     * @param places the basemap's places, or null while the basemap is still being read
     * @param layouts the open layouts and their file names, in the window's order
     */
    static List<Destination> of(String text, PlaceSearch places, List<OpenedLayout> layouts) {
        List<Destination> found = new ArrayList<>();
        if (text.isBlank()) {
            return found;
        }
        position(text).ifPresent(at -> found.add(new Destination(PositionFormat.DECIMAL_DEGREES.format(at),
                "typed position", at, POSITION_ZOOM)));
        List<Ranked> named = new ArrayList<>();
        for (OpenedLayout layout : layouts) {
            for (FeatureSearch.Found each : FeatureSearch.find(layout.layout(), text, MOST)) {
                anchor(each.feature().geometry().orElse(null)).ifPresent(at -> named.add(new Ranked(each.rank(), 0,
                        new Destination(title(each.feature().name(), each.feature().id()),
                                each.feature().kind().noun() + " · " + layout.fileName(), at, FEATURE_ZOOM))));
            }
        }
        if (places != null) {
            for (PlaceMatch place : places.find(text, MOST)) {
                named.add(new Ranked(place.rank(), 1, new Destination(place.name(), placeDetail(place),
                        new GeoPosition(place.lonDegrees(), place.latDegrees()), zoomFor(place.kind()))));
            }
        }
        named.sort(java.util.Comparator.comparing(Ranked::rank).thenComparingInt(Ranked::source));
        for (Ranked each : named) {
            if (found.size() == MOST) {
                break;
            }
            found.add(each.destination());
        }
        return found;
    }

    /** The text read as a position, if it is one. */
    static Optional<GeoPosition> position(String text) {
        try {
            return Optional.of(PositionParser.parse(text));
        } catch (PositionParseException e) {
            return Optional.empty();
        }
    }

    private record Ranked(PlaceMatch.Rank rank, int source, Destination destination) {
    }

    private static Optional<GeoPosition> anchor(Geometry geometry) {
        if (geometry == null || geometry.isEmpty()) {
            return Optional.empty();
        }
        Point inside = geometry.getInteriorPoint();
        return inside.isEmpty() ? Optional.empty() : Optional.of(new GeoPosition(inside.getX(), inside.getY()));
    }

    private static String title(String name, Object id) {
        if (!name.isBlank()) {
            return name.trim();
        }
        return id == null ? "(no name)" : "(no name, id " + id + ")";
    }


    private static String placeDetail(PlaceMatch place) {
        StringBuilder detail = new StringBuilder(place.kind());
        if (!place.country().isEmpty() && !"country".equals(place.kind())) {
            detail.append(", ").append(place.country());
        }
        if (!place.otherName().equals(place.name())) {
            detail.append(" (").append(place.otherName()).append(')');
        }
        return detail.toString();
    }

    private static double zoomFor(String kind) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "country", "sea" -> 6;
            case "oblast" -> 8;
            case "lake" -> 9;
            default -> 10;
        };
    }
}
