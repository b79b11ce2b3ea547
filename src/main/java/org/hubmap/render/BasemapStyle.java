package org.hubmap.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.TextAttribute;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every colour, line, font and zoom threshold of the basemap, in one place. Sizes are in screen pixels. The look
 * follows paper staff maps: blue sea, muted neighbours, Ukraine light and clearly outlined, oblast boundaries
 * dashed, and names that appear by importance as the map zooms in.
 */
public final class BasemapStyle {
    /** Beyond the edge of the basemap data. */
    public static final Color NO_DATA = new Color(0xefede8);
    public static final Color SEA = new Color(0xa9d3f0);
    public static final Color NEIGHBOUR_LAND = new Color(0xe6e2da);
    public static final Color UKRAINE_LAND = new Color(0xfdf6d8);
    public static final Color LAKE = SEA;
    public static final Color LAKE_EDGE = new Color(0x5b9bd5);
    public static final Color RIVER = new Color(0x4a90d9);
    public static final Color OBLAST_BOUNDARY = new Color(0x8a7f8d);
    public static final Color STATE_BORDER = new Color(0x777777);
    public static final Color UKRAINE_BORDER = new Color(0xb0306a);
    /** The translucent band under Ukraine's border line, which makes the border read from afar. */
    public static final Color UKRAINE_BORDER_BAND = new Color(0xb0, 0x30, 0x6a, 0x38);
    public static final Color CITY_DOT = new Color(0x333333);
    public static final Color CITY_TEXT = new Color(0x222222);
    /** Names of settlements abroad, a shade lighter so that Ukraine's stand out. */
    public static final Color CITY_TEXT_ABROAD = new Color(0x505050);
    public static final Color COUNTRY_TEXT = new Color(0x77716a);
    public static final Color OBLAST_TEXT = new Color(0x7d6a80);
    /** Names of seas, lakes and reservoirs. */
    public static final Color SEA_TEXT = new Color(0x2a6fb0);
    /** The light outline around every label, which keeps names legible over lines and fills. */
    public static final Color LABEL_HALO = new Color(255, 255, 255, 210);
    /** MGRS grid lines: near-black at 55% opacity, so the basemap shows through. */
    public static final Color GRID_LINE = new Color(0x20, 0x20, 0x20, 140);
    /** Grid zone edges (6° meridians, 8° parallels): the lines' colour, a little stronger. */
    public static final Color GRID_ZONE_EDGE = new Color(0x20, 0x20, 0x20, 170);
    /** The values of grid lines along the map's edges. */
    public static final Color GRID_LABEL = new Color(0x20, 0x20, 0x20);
    /** The light rounded plate under each grid line's value, which keeps it legible over lines and fills. */
    public static final Color GRID_LABEL_PLATE = new Color(255, 255, 255, 215);
    /** Names of 100 km squares: the lines' colour, fainter, so they read as background. */
    public static final Color GRID_SQUARE_NAME = new Color(0x20, 0x20, 0x20, 120);
    /** The typeface of all labels ({@link MapFonts}); it has Latin and Cyrillic letters. */
    public static final String FONT_FAMILY = MapFonts.FAMILY;

    /** Total width of the halo stroke around label glyphs. */
    static final float LABEL_HALO_WIDTH_PIXELS = 3f;
    /** Free space kept around each label and dot when placing labels, halo included. */
    static final double LABEL_PADDING_PIXELS = 2.5;
    /** Space between a dot's rim and its label. */
    static final double LABEL_GAP_PIXELS = 2.5;
    /** Area names longer than this many characters are broken onto two lines. */
    static final int AREA_NAME_WRAP_CHARACTERS = 13;
    /** Line spacing of two-line area names, as a multiple of the font size. */
    static final double AREA_NAME_LINE_SPACING = 1.15;

    private static final Color WHITE = Color.WHITE;
    /** The deepest zoom a tile can have. */
    private static final int MAX_ZOOM = 30;
    private static final Map<PlaceKind, PlaceStyle> PLACES = placeStyles();

    private BasemapStyle() {
    }

    /** How shapes of {@code kind} are drawn at {@code zoom}. */
    static ShapeStyle shapeStyle(ShapeKind kind, int zoom) {
        float f = lineScale(zoom);
        return switch (kind) {
            // The sea is widened by a sea-coloured rim so that land simplified apart from it leaves no gap.
            case SEA -> ShapeStyle.filled(SEA, new LineStyle(SEA, 1f));
            case NEIGHBOUR_LAND -> ShapeStyle.filled(NEIGHBOUR_LAND);
            case UKRAINE_LAND -> ShapeStyle.filled(UKRAINE_LAND);
            case LAKE -> ShapeStyle.filled(LAKE, new LineStyle(LAKE_EDGE, 0.6f * f));
            case LAKE_CENTERLINE -> zoom >= 8 ? ShapeStyle.hidden()
                    : ShapeStyle.stroked(new LineStyle(RIVER, 1.2f * f));
            case MINOR_RIVER -> zoom < 6 ? ShapeStyle.hidden() : ShapeStyle.stroked(new LineStyle(RIVER, 0.8f * f));
            case RIVER -> ShapeStyle.stroked(new LineStyle(RIVER, 1.1f * f));
            case MAJOR_RIVER -> ShapeStyle.stroked(new LineStyle(RIVER, 1.8f * f));
            case OBLAST_BOUNDARY -> ShapeStyle.stroked(new LineStyle(OBLAST_BOUNDARY, 1f * f, 5f * f, 3f * f));
            case STATE_BORDER -> ShapeStyle.stroked(new LineStyle(STATE_BORDER, 1.3f * f));
            case UKRAINE_BORDER -> ShapeStyle.stroked(new LineStyle(UKRAINE_BORDER_BAND, 6f * f),
                    new LineStyle(UKRAINE_BORDER, 2.2f * f));
        };
    }

    /** How and from which zoom places of {@code kind} are shown. */
    static PlaceStyle placeStyle(PlaceKind kind) {
        return PLACES.get(kind);
    }

    /** Lines thicken gently as the map zooms in: factor 1 at zoom 7, between 0.8 and 1.5 elsewhere. */
    private static float lineScale(int zoom) {
        return Math.max(0.8f, Math.min(1.5f, 1f + 0.1f * (zoom - 7)));
    }

    private static Map<PlaceKind, PlaceStyle> placeStyles() {
        Font plain = MapFonts.of(Font.PLAIN, 12f);
        Font bold = MapFonts.of(Font.BOLD, 12f);
        Font italic = MapFonts.of(Font.ITALIC, 12f);
        Map<PlaceKind, PlaceStyle> styles = new EnumMap<>(PlaceKind.class);
        styles.put(PlaceKind.CAPITAL, settlement(bold.deriveFont(14f), 3,
                new DotStyle(4.5, WHITE, CITY_DOT, 1.6, 2.0, CITY_DOT)));
        styles.put(PlaceKind.REGIONAL_CENTRE, settlement(plain.deriveFont(12.5f), 5,
                new DotStyle(3.3, CITY_DOT, WHITE, 1.0, 0, CITY_DOT)));
        styles.put(PlaceKind.TOWN, settlement(plain.deriveFont(11f), 7,
                new DotStyle(2.5, CITY_DOT, WHITE, 0.8, 0, CITY_DOT)));
        styles.put(PlaceKind.SMALL_TOWN, settlement(plain.deriveFont(10f), 9,
                new DotStyle(2.1, CITY_DOT, WHITE, 0.7, 0, CITY_DOT)));
        styles.put(PlaceKind.SEA, area(italic.deriveFont(15f), SEA_TEXT, false, 4, 10));
        styles.put(PlaceKind.COUNTRY, area(tracked(bold.deriveFont(12f), 0.12f), COUNTRY_TEXT, true, 4, 7));
        styles.put(PlaceKind.OBLAST, area(tracked(plain.deriveFont(10.5f), 0.08f), OBLAST_TEXT, true, 7, 9));
        styles.put(PlaceKind.LAKE, area(italic.deriveFont(10.5f), SEA_TEXT, false, 9, MAX_ZOOM));
        return styles;
    }

    /** A settlement shown from {@code minZoom} at every deeper zoom, its name a shade lighter abroad. */
    private static PlaceStyle settlement(Font font, int minZoom, DotStyle dot) {
        return new PlaceStyle(font, CITY_TEXT, CITY_TEXT_ABROAD, false, minZoom, MAX_ZOOM, dot);
    }

    private static PlaceStyle area(Font font, Color text, boolean uppercase, int minZoom, int maxZoom) {
        return new PlaceStyle(font, text, text, uppercase, minZoom, maxZoom, DotStyle.NONE);
    }

    private static Font tracked(Font font, float tracking) {
        return font.deriveFont(Map.of(TextAttribute.TRACKING, tracking));
    }
}
