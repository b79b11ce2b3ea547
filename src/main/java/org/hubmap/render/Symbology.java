package org.hubmap.render;

import java.awt.Color;
import java.awt.Font;
import java.util.Map;
import java.util.Optional;
import org.hubmap.model.FeatureKind;
import org.hubmap.model.FeatureStatus;
import org.hubmap.model.LayoutFeature;

/**
 * How hubs, depots, monitoring zones and protection rings look, for every kind and status, in one place: the screen
 * overlay, the legend and every export read their styles here, and no other class chooses a feature's colour.
 *
 * <p>Symbols follow APP-6 in spirit: friendly forces in blue frames, planned sites with a dashed frame, reduced
 * capability as a bar under the frame, closed sites greyed and struck through. Zone statuses use the Okabe–Ito
 * colours, which stay apart under the common colour-vision deficiencies, and each also has its own boundary
 * pattern, so the status still reads in greyscale print. A feature's own simplestyle keys ({@code marker-color},
 * {@code stroke}, {@code fill}, ...) override these defaults; see {@link SimpleStyle}.
 *
 * <p>Level of detail: a view crowded with features shows them simplified, so that it stays readable and quick to
 * draw however large the layouts are. Crowding is counted over the drawn image: the features drawn at its zoom
 * whose extent meets it, symbols and zones apart, and a view is crowded when it holds more than a fixed number of
 * them and gives each less than a square of a given side on average (so large exports keep their detail):
 * <ul>
 *   <li>symbols are drawn in full while each has a {@value #NATION_CODE_ROOM_PIXELS}-pixel square or there are at
 *       most {@value #FULL_DETAIL_COUNT}; then without nation codes while each has a
 *       {@value #FULL_SYMBOL_ROOM_PIXELS}-pixel square or there are at most {@value #FULL_SYMBOL_COUNT};
 *       beyond that as simple marks ({@link SymbolDetail#SIMPLE});</li>
 *   <li>zones and protection rings are drawn in full while each has a {@value #FULL_ZONE_ROOM_PIXELS}-pixel
 *       square or there are at most {@value #FULL_DETAIL_COUNT}, and their envelopes cover the view at most
 *       {@value #MOST_ZONE_LAYERS} times over (each full zone's fill, hatch and boundary cost time for every pixel
 *       it covers); beyond that in their simple look, a grid of {@value #ZONE_CELL_PIXELS}-pixel cells each tinted
 *       as the zones' fills ({@link #simpleZoneFill}) over its centre would tint it, without boundaries, hatching
 *       or centre marks; lines, which have no fill, as one-pixel lines in their boundary's colour.</li>
 * </ul>
 * Selected features are always drawn in full.
 */
public final class Symbology {
    /** APP-6 friendly-force frame and fill. */
    public static final Color FRIENDLY_FRAME = new Color(0x00, 0x4f, 0x9e);
    public static final Color FRIENDLY_FILL = new Color(0x80, 0xe0, 0xff);
    /** Planned sites: the same blue, paler, so that they look less settled than active ones. */
    public static final Color FRIENDLY_FILL_PLANNED = new Color(0xcc, 0xf2, 0xff);
    public static final Color GLYPH = new Color(0x0b, 0x1e, 0x33);
    /** APP-6's yellow for "damaged", under degraded sites. */
    public static final Color CONDITION_DEGRADED = new Color(0xf2, 0xc3, 0x00);
    public static final Color CLOSED_FRAME = new Color(0x5c, 0x5c, 0x5c);
    public static final Color CLOSED_FILL = new Color(0xd0, 0xd0, 0xd0);
    public static final Color OTHER_MARKER = new Color(0x4d, 0x4d, 0x4d);
    public static final Color NATION_TEXT = new Color(0x00, 0x3a, 0x75);
    public static final Color FEATURE_TEXT = new Color(0x10, 0x10, 0x10);
    /** Protection rings: the friendly blue, thin and pale, so they never compete with zones. */
    public static final Color PROTECTION_RING = new Color(0x00, 0x4f, 0x9e, 0x99);
    public static final Color PROTECTION_RING_FILL = new Color(0x00, 0x4f, 0x9e, 0x14);
    /** Zones, by status: Okabe–Ito blue, orange, vermillion, dark grey and reddish purple. */
    public static final Color ZONE_ACTIVE = new Color(0x00, 0x72, 0xb2);
    public static final Color ZONE_PLANNED = new Color(0xe6, 0x9f, 0x00);
    public static final Color ZONE_DEGRADED = new Color(0xd5, 0x5e, 0x00);
    public static final Color ZONE_CLOSED = new Color(0x5f, 0x5f, 0x5f);
    public static final Color ZONE_UNKNOWN = new Color(0xcc, 0x79, 0xa7);
    public static final Color LEGEND_BACKGROUND = new Color(255, 255, 255, 235);
    public static final Color LEGEND_BORDER = new Color(0x88, 0x88, 0x88);
    public static final Color LEGEND_TEXT = new Color(0x20, 0x20, 0x20);
    /** Shapes being drawn or moved on the map, before they are made. */
    public static final Color SKETCH = new Color(0xff, 0x6a, 0x00);
    public static final Color SKETCH_FILL = new Color(0xff, 0x6a, 0x00, 0x30);
    /** The mark of the vertex or point a drawn position snaps to. */
    public static final Color SNAP_TARGET = new Color(0xe0, 0x00, 0x7a);
    /** The marker Go to Position leaves where it took the map. */
    public static final Color GO_TO_MARKER = new Color(0x00, 0x5a, 0xb5);
    /** The measure tool's path and its figures. */
    public static final Color MEASURE = new Color(0x11, 0x11, 0x11);
    /** Zones whose outline is not a valid polygon, drawn over their own style. */
    public static final Color INVALID = new Color(0xd0, 0x00, 0x00);
    /** The selection highlight drawn around selected features. */
    public static final Color SELECTION = new Color(0xff, 0x8c, 0x00);
    /**
     * A comparison of two layouts over the map: added features bluish green, removed ones red, changed ones amber,
     * each over a white halo and with its own line style and mark, so that they stand apart from the zones' own
     * colours and can be told apart without colour (Okabe–Ito green, IBM's amber, a dark red of different
     * lightness). The old shape of a changed feature is its colour, see-through and dashed.
     */
    public static final Color COMPARE_ADDED = new Color(0x00, 0x9e, 0x73);
    public static final Color COMPARE_REMOVED = new Color(0xc4, 0x00, 0x3c);
    public static final Color COMPARE_CHANGED = new Color(0xff, 0xb0, 0x00);
    public static final Color COMPARE_OLD = new Color(0x6b, 0x4a, 0x00, 0xcc);
    public static final Color COMPARE_HALO = new Color(255, 255, 255, 0xd8);
    /**
     * The ring that marks, for a few seconds, a feature someone else just changed in a shared layout: a blue that
     * neither the selection's orange nor a comparison's colours use.
     */
    public static final Color CHANGED_BY_OTHERS = new Color(0x00, 0x72, 0xb2);
    /** The line that keeps a layer's accent apart from the map under it. */
    public static final Color ACCENT_EDGE = new Color(0xff, 0xff, 0xff);

    /** The zoom from which everything of a layout is drawn. */
    static final int POINT_MIN_ZOOM = 4;
    static final Font NATION_FONT = MapFonts.of(Font.BOLD, 9f);
    /** Space between a symbol's frame and its nation code or label, in pixels. */
    static final double SYMBOL_GAP_PIXELS = 2;

    /** A view with at most this many symbols, or zones, shows them in full whatever its size. */
    static final int FULL_DETAIL_COUNT = 100;
    /** The side of the square each symbol needs on average for nation codes to be drawn, in pixels. */
    static final int NATION_CODE_ROOM_PIXELS = 150;
    /** A view with at most this many symbols draws them in full, nation codes aside, whatever its size. */
    static final int FULL_SYMBOL_COUNT = 400;
    /** The side of the square each symbol needs on average to be drawn in full, in pixels. */
    static final int FULL_SYMBOL_ROOM_PIXELS = 60;
    /** The side of the square each zone or ring needs on average to be drawn in full, in pixels. */
    static final int FULL_ZONE_ROOM_PIXELS = 100;
    /** How many times over the envelopes of zones and rings drawn in full may cover the view. */
    static final double MOST_ZONE_LAYERS = 2;
    /** The side of a cell of the simple look of zones, in pixels. */
    static final int ZONE_CELL_PIXELS = 4;
    /**
     * The side of a simple mark, in pixels. Simple marks sit on a grid of this size anchored to the map, one per
     * cell, showing the top-most symbol whose centre falls in it: a square in the symbol's frame colour with a
     * centre in its fill colour, one pixel in.
     */
    static final int SIMPLE_MARK_PIXELS = 6;

    private static final Font HUB_FONT = MapFonts.of(Font.BOLD, 12f);
    private static final Font DEPOT_FONT = MapFonts.of(Font.BOLD, 11f);
    private static final Font ZONE_FONT = MapFonts.of(Font.BOLD | Font.ITALIC, 12f);
    private static final Font OTHER_FONT = MapFonts.of(Font.PLAIN, 11f);
    private static final LabelRule HUB_LABEL = new LabelRule(HUB_FONT, FEATURE_TEXT, 5, 1);
    private static final LabelRule DEPOT_LABEL = new LabelRule(DEPOT_FONT, FEATURE_TEXT, 6, 2);
    private static final LabelRule OTHER_LABEL = new LabelRule(OTHER_FONT, FEATURE_TEXT, 8, 4);
    private static final float[] SOLID = {};
    private static final float[] PLANNED_FRAME_DASH = {5f, 3f};

    /** The opacity of an active zone's fill, 0 to 255. */
    private static final int ACTIVE_ZONE_FILL_ALPHA = 0x30;
    private static final Map<FeatureStatus, AreaStyle> ZONES = Map.of(
            FeatureStatus.ACTIVE, zone(ZONE_ACTIVE, ACTIVE_ZONE_FILL_ALPHA, false, new Color(0x00, 0x45, 0x6e), 12f,
                    4f),
            FeatureStatus.PLANNED, zone(ZONE_PLANNED, 0, true, new Color(0x7a, 0x52, 0x00), 6f, 5f),
            FeatureStatus.DEGRADED, zone(ZONE_DEGRADED, 0x30, false, new Color(0x8a, 0x38, 0x00), 12f, 4f, 2f, 4f),
            FeatureStatus.CLOSED, zone(ZONE_CLOSED, 0x1c, false, new Color(0x4d, 0x4d, 0x4d), 2f, 4f),
            FeatureStatus.UNKNOWN, zone(ZONE_UNKNOWN, 0x28, false, new Color(0x7a, 0x3a, 0x63), 12f, 4f));
    private static final AreaStyle PROTECTION_RING_STYLE = new AreaStyle(Optional.of(PROTECTION_RING_FILL),
            Optional.empty(), new LineStyle(PROTECTION_RING, 1.25f, 3f, 3f), 0, POINT_MIN_ZOOM,
            new LabelRule(OTHER_FONT, FEATURE_TEXT, Integer.MAX_VALUE, 5));
    private static final AreaStyle OTHER_AREA = new AreaStyle(Optional.of(new Color(0x4d, 0x4d, 0x4d, 0x20)),
            Optional.empty(), new LineStyle(OTHER_MARKER, 1.5f), 0, POINT_MIN_ZOOM, OTHER_LABEL);

    private Symbology() {
    }

    /** The symbol of a hub or depot with this status, or the marker of a point of another kind. */
    public static PointSymbolStyle point(FeatureKind kind, FeatureStatus status) {
        return switch (kind) {
            case HUB -> framed(SymbolIcon.HUB, 22, status, HUB_LABEL, POINT_MIN_ZOOM);
            case DEPOT -> framed(SymbolIcon.DEPOT, 19, status, DEPOT_LABEL, POINT_MIN_ZOOM + 1);
            case MONITORING_ZONE, OTHER -> new PointSymbolStyle(SymbolIcon.OTHER, false, 12, OTHER_MARKER, 0, SOLID,
                    OTHER_MARKER, OTHER_MARKER, Optional.empty(), false, POINT_MIN_ZOOM + 2, OTHER_LABEL);
        };
    }

    /** The look of a monitoring zone with this status, or of an area of another kind. */
    public static AreaStyle area(FeatureKind kind, FeatureStatus status) {
        return kind == FeatureKind.MONITORING_ZONE ? ZONES.get(status) : OTHER_AREA;
    }

    /** The look of the protection ring around a hub or depot. */
    public static AreaStyle protectionRing() {
        return PROTECTION_RING_STYLE;
    }

    /** The point style of {@code feature}, with its simplestyle keys applied. */
    public static PointSymbolStyle pointOf(LayoutFeature feature) {
        return SimpleStyle.of(feature.properties()).applyTo(point(feature.kind(), feature.featureStatus()));
    }

    /** The area style of {@code feature}, with its simplestyle keys applied. */
    public static AreaStyle areaOf(LayoutFeature feature) {
        return SimpleStyle.of(feature.properties()).applyTo(area(feature.kind(), feature.featureStatus()));
    }

    /** How symbols are drawn in a view of {@code viewAreaPixels} square pixels holding {@code symbols} of them. */
    static SymbolDetail symbolDetail(int symbols, double viewAreaPixels) {
        if (symbols <= FULL_DETAIL_COUNT || roomy(symbols, viewAreaPixels, NATION_CODE_ROOM_PIXELS)) {
            return SymbolDetail.FULL;
        }
        if (symbols <= FULL_SYMBOL_COUNT || roomy(symbols, viewAreaPixels, FULL_SYMBOL_ROOM_PIXELS)) {
            return SymbolDetail.WITHOUT_NATION_CODES;
        }
        return SymbolDetail.SIMPLE;
    }

    /**
     * Whether zones and protection rings are drawn in full in a view of {@code viewAreaPixels} square pixels
     * holding {@code areas} of them, whose envelopes cover {@code coveredPixels} square pixels of it in all.
     */
    static boolean zonesInFull(int areas, double coveredPixels, double viewAreaPixels) {
        return (areas <= FULL_DETAIL_COUNT || roomy(areas, viewAreaPixels, FULL_ZONE_ROOM_PIXELS))
                && coveredPixels <= MOST_ZONE_LAYERS * viewAreaPixels;
    }

    /**
     * The fill of a zone or ring in its simple look: its own fill, or for a hatched zone its hatch colour at the
     * opacity of an active zone's fill; empty for an area drawn as an outline only.
     */
    static Optional<Color> simpleZoneFill(AreaStyle style) {
        if (style.fill().isPresent() || style.hatch().isEmpty()) {
            return style.fill();
        }
        Color hatch = style.hatch().get();
        return Optional.of(new Color(hatch.getRed(), hatch.getGreen(), hatch.getBlue(), ACTIVE_ZONE_FILL_ALPHA));
    }

    private static boolean roomy(int count, double viewAreaPixels, int sidePixels) {
        return (double) count * sidePixels * sidePixels <= viewAreaPixels;
    }

    private static PointSymbolStyle framed(SymbolIcon icon, double heightPixels, FeatureStatus status,
            LabelRule label, int minZoom) {
        return switch (status) {
            case PLANNED -> new PointSymbolStyle(icon, true, heightPixels, FRIENDLY_FRAME, 1.75f, PLANNED_FRAME_DASH,
                    FRIENDLY_FILL_PLANNED, GLYPH, Optional.empty(), false, minZoom, label);
            case DEGRADED -> new PointSymbolStyle(icon, true, heightPixels, FRIENDLY_FRAME, 1.75f, SOLID,
                    FRIENDLY_FILL, GLYPH, Optional.of(CONDITION_DEGRADED), false, minZoom, label);
            case CLOSED -> new PointSymbolStyle(icon, true, heightPixels, CLOSED_FRAME, 1.75f, SOLID, CLOSED_FILL,
                    CLOSED_FRAME, Optional.empty(), true, minZoom, label);
            case ACTIVE, UNKNOWN -> new PointSymbolStyle(icon, true, heightPixels, FRIENDLY_FRAME, 1.75f, SOLID,
                    FRIENDLY_FILL, GLYPH, Optional.empty(), false, minZoom, label);
        };
    }

    private static AreaStyle zone(Color colour, int fillAlpha, boolean hatched, Color text, float... dash) {
        Optional<Color> fill = fillAlpha == 0 ? Optional.empty()
                : Optional.of(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), fillAlpha));
        Optional<Color> hatch = hatched
                ? Optional.of(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 0x80))
                : Optional.empty();
        return new AreaStyle(fill, hatch, new LineStyle(colour, 2.5f, dash), 5, POINT_MIN_ZOOM,
                new LabelRule(ZONE_FONT, text, 6, 3));
    }

    /** What a layer's accent looks like: the Okabe–Ito colour it is named after. */
    public static Color accentColour(LayerAccent accent) {
        return switch (accent) {
            case ORANGE -> new Color(0xe6, 0x9f, 0x00);
            case BLUISH_GREEN -> new Color(0x00, 0x9e, 0x73);
            case REDDISH_PURPLE -> new Color(0xcc, 0x79, 0xa7);
            case VERMILLION -> new Color(0xd5, 0x5e, 0x00);
            case SKY_BLUE -> new Color(0x56, 0xb4, 0xe9);
            case YELLOW -> new Color(0xf0, 0xe4, 0x42);
            case BLUE -> new Color(0x00, 0x72, 0xb2);
            case BLACK -> new Color(0x00, 0x00, 0x00);
        };
    }
}
