#!/usr/bin/env python3
"""Writes the Mapnik style the export benchmark gives nik4: HubMap's basemap and one layout, drawn as HubMap draws them.

Usage:  bench/mapnik/make_style.py LAYOUT OUTDIR

Writes OUTDIR/style.xml and the symbols it uses (OUTDIR/symbols/*.svg), then prints the path of style.xml. Render
it with nik4, as bench/export.sh does:

    nik4 --bbox 22 44.3 40.3 52.45 --size-px 3840 2160 --factor 2 OUTDIR/style.xml map.png
    nik4 --bbox 22 44.3 40.3 52.45 --paper +A4 --ppi 300 OUTDIR/style.xml sheet.png      (3508 x 2480 pixels)

The colours, widths, dashes, fonts, symbol sizes and label rules are HubMap's own (render/BasemapStyle.java and
render/Symbology.java); this script only writes them in Mapnik's terms. All sizes are HubMap's map pixels at
Mapnik's scale factor 1; nik4's --factor multiplies every one of them, and --ppi by ppi / 90.7, as for print.

What it draws, bottom to top (the data stay in EPSG:4326, the map is in Web Mercator, EPSG:3857):
  sea, land (Ukraine apart from its neighbours), lakes, rivers (width by Natural Earth scale rank), dashed oblast
  boundaries, state borders, Ukraine's border over a translucent band; the dots of capitals and oblast centres; the
  layout's monitoring zones (a translucent fill or hatching by status, under a dashed outline in the status
  colour) and its hubs and depots as framed symbols with HubMap's glyphs from icons/ (dashed frame when planned, a
  yellow bar under it when degraded, grey and struck through when closed), every one of them; then the names, with
  a halo: hubs', depots' and zones' first, then capitals, seas, countries, oblast centres, oblasts and towns, in
  the order in which HubMap gives them room. A name is tried right, left, above, below and on the diagonals of its
  symbol or dot, and left out where it would touch a symbol, a dot or another name or cross the image's edge; a
  town's dot goes with its name.

Names appear by zoom, as HubMap's do: a rule "from zoom Z" holds while Mapnik's scale denominator is below that of
zoom Z, so a map at fractional zoom 7.95 shows what HubMap shows at zoom 7. Mapnik multiplies the denominator by
the scale factor too: the 3840 x 2160 image at --factor 2 and the A4 sheet at 300 ppi both show what zoom 6 shows.
"""
import json
import os
import re
import sys
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
MAPS = os.path.join(REPO, "maps")
ICONS = os.path.join(REPO, "icons")
# The faces HubMap ships in its jar (MapFonts), registered so that both draw with the same letters.
FONTS = os.path.join(REPO, "src", "main", "resources", "fonts")

WGS84 = "epsg:4326"
WEB_MERCATOR = "epsg:3857"

# BasemapStyle
NO_DATA = "#efede8"
SEA = "#a9d3f0"
NEIGHBOUR_LAND = "#e6e2da"
UKRAINE_LAND = "#fdf6d8"
LAKE_EDGE = "#5b9bd5"
RIVER = "#4a90d9"
OBLAST_BOUNDARY = "#8a7f8d"
STATE_BORDER = "#777777"
UKRAINE_BORDER = "#b0306a"
UKRAINE_BORDER_BAND = "rgba(176,48,106,0.22)"
CITY_DOT = "#333333"
CITY_TEXT = "#222222"
CITY_TEXT_ABROAD = "#505050"
COUNTRY_TEXT = "#77716a"
OBLAST_TEXT = "#7d6a80"
SEA_TEXT = "#2a6fb0"
HALO = "rgba(255,255,255,0.82)"
HALO_RADIUS = 1.5  # HubMap's halo stroke is 3 pixels wide in all
LABEL_GAP = 2.5  # between a dot's rim and its name
# Free space kept between a name and what was placed before it. HubMap keeps 2.5 pixels around names and dots but
# not between a name and its own dot, which Mapnik counts too: 2.5 would keep a name off its own dot.
LABEL_MARGIN = 2

# Symbology
FRIENDLY_FRAME = "#004f9e"
FRIENDLY_FILL = "#80e0ff"
FRIENDLY_FILL_PLANNED = "#ccf2ff"
GLYPH = "#0b1e33"
CONDITION_DEGRADED = "#f2c300"
CLOSED_FRAME = "#5c5c5c"
CLOSED_FILL = "#d0d0d0"
FEATURE_TEXT = "#101010"
FRAME_WIDTH = 1.75
BAR_HEIGHT = 4
STRIKE_WIDTH = 2.25
SYMBOL_GAP = 2  # between a symbol's frame and its name
# kind: (frame height in pixels, glyph file, label face, label size); frames are 3:2
POINT_KINDS = {
    "hub": (22, "hub.svg", "Noto Sans Bold", 12),
    "depot": (19, "depot.svg", "Noto Sans Bold", 11),
}
# status: (frame colour, frame dash, fill, glyph colour, condition bar, struck through)
POINT_STATUSES = {
    "active": (FRIENDLY_FRAME, None, FRIENDLY_FILL, GLYPH, False, False),
    "planned": (FRIENDLY_FRAME, "5,3", FRIENDLY_FILL_PLANNED, GLYPH, False, False),
    "degraded": (FRIENDLY_FRAME, None, FRIENDLY_FILL, GLYPH, True, False),
    "closed": (CLOSED_FRAME, None, CLOSED_FILL, CLOSED_FRAME, False, True),
}
# Zones by status: (colour, fill opacity 0-255 or 0 for hatching, outline dash, name colour). Any other status,
# or none, is drawn as "unknown".
ZONE_STATUSES = {
    "active": ("#0072b2", 0x30, "12,4", "#00456e"),
    "planned": ("#e69f00", 0, "6,5", "#7a5200"),
    "degraded": ("#d55e00", 0x30, "12,4,2,4", "#8a3800"),
    "closed": ("#5f5f5f", 0x1c, "2,4", "#4d4d4d"),
}
ZONE_UNKNOWN = ("#cc79a7", 0x28, "12,4", "#7a3a63")
ZONE_LINE_WIDTH = 2.5
HATCH_SPACING = 7  # HatchPattern: 45-degree lines 7 pixels apart along x, 1.25 wide, the zone colour at half opacity
HATCH_WIDTH = 1.25

# Name spots around a symbol or dot, best first, as HubMap tries them (LabelPlacer).
SPOTS = "E,W,N,S,NE,SE,NW,SW"


def scale_below_zoom(zoom):
    """Mapnik's scale denominator at Web Mercator zoom `zoom` (0.28 mm pixels): rules 'from zoom Z' stay below it."""
    return 559082264.028717 / 2 ** zoom


def rgba(colour, alpha):
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "rgba({},{},{},{:.3f})".format(r, g, b, alpha / 255)


def attrs(**values):
    return "".join(" {}={}".format(k.replace("_", "-"), quoteattr(str(v))) for k, v in values.items() if v is not None)


def tag(name, **values):
    return "<{}{}/>".format(name, attrs(**values))


def text(face, size, fill, expression, **more):
    return "<TextSymbolizer{}>{}</TextSymbolizer>".format(
        attrs(face_name=face, size=size, fill=fill, halo_fill=HALO, halo_radius=HALO_RADIUS, margin=LABEL_MARGIN,
              avoid_edges="true", **more),
        escape(expression))


def rule(*symbolizers, filter=None, from_zoom=None, until_zoom=None, otherwise=False):
    """A rule; from_zoom and until_zoom are the first and last zoom (inclusive) at which it draws."""
    parts = []
    if otherwise:
        parts.append("<ElseFilter/>")
    if filter:
        parts.append("<Filter>{}</Filter>".format(escape(filter)))
    if from_zoom is not None:
        parts.append("<MaxScaleDenominator>{:.0f}</MaxScaleDenominator>".format(scale_below_zoom(from_zoom)))
    if until_zoom is not None:
        parts.append("<MinScaleDenominator>{:.0f}</MinScaleDenominator>".format(scale_below_zoom(until_zoom + 1)))
    return "    <Rule>\n" + "".join("      " + p + "\n" for p in parts + list(symbolizers)) + "    </Rule>"


def style(name, *rules):
    return '  <Style name="{}">\n{}\n  </Style>'.format(name, "\n".join(rules))


def geojson_file(path):
    return ('<Datasource><Parameter name="type">geojson</Parameter>'
            "<Parameter name=\"file\">{}</Parameter></Datasource>".format(escape(path)))


def geojson_inline(features):
    collection = json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
    return ('<Datasource><Parameter name="type">geojson</Parameter>'
            "<Parameter name=\"inline\">{}</Parameter></Datasource>".format(escape(collection)))


def layer(name, datasource, *styles, cache_features=False):
    return '  <Layer name="{}" srs="{}"{}>\n{}    {}\n  </Layer>'.format(
        name, WGS84, ' cache-features="true"' if cache_features else "",
        "".join("    <StyleName>{}</StyleName>\n".format(s) for s in styles), datasource)


def basemap(file):
    return geojson_file(os.path.join(MAPS, file))


def line(colour, width, dash=None):
    return tag("LineSymbolizer", stroke=colour, stroke_width=width, stroke_dasharray=dash, stroke_linecap="butt",
               stroke_linejoin="round")


def dot(width, fill, stroke=None, stroke_width=None, allow_overlap=True, ignore_placement=False):
    return tag("MarkersSymbolizer", marker_type="ellipse", placement="point", width=width, height=width, fill=fill,
               stroke=stroke, stroke_width=stroke_width, allow_overlap=str(allow_overlap).lower(),
               ignore_placement=str(ignore_placement).lower())


def spotted_text(face, size, fill, dx, dy, **more):
    """A name tried at every spot around a symbol or dot whose edge is dx across and dy up or down from its centre."""
    return text(face, size, fill, "[name]", placement_type="simple", placements=SPOTS, dx=dx, dy=dy, **more)


def symbol_svg(kind, status):
    """One hub or depot symbol as HubMap's FeaturePainter draws it, centred on the view box's origin."""
    height, glyph_file, _, _ = POINT_KINDS[kind]
    frame, dash, fill, glyph, bar, struck = POINT_STATUSES[status]
    w, h = height * 1.5 / 2, height / 2
    bar_top = h + FRAME_WIDTH / 2 + 1
    reach_x = w + 2 + STRIKE_WIDTH / 2 if struck else w + FRAME_WIDTH / 2
    reach_y = max(bar_top + BAR_HEIGHT if bar else h + FRAME_WIDTH / 2, h + 2 + STRIKE_WIDTH / 2 if struck else 0)
    with open(os.path.join(ICONS, glyph_file), encoding="utf-8") as f:
        source = f.read()
    view = [float(v) for v in re.search(r'viewBox="([^"]+)"', source).group(1).split()]
    body = re.sub(r"<!--.*?-->", "", re.search(r"<svg[^>]*>(.*)</svg>", source, re.S).group(1), flags=re.S)
    body = body.replace('"#000"', '"{}"'.format(glyph)).strip()
    inset = FRAME_WIDTH
    sx, sy = 2 * (w - inset) / view[2], 2 * (h - inset) / view[3]
    parts = [
        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>'.format(-w, -h, 2 * w, 2 * h, fill),
        '<g transform="translate({} {}) scale({:.5f} {:.5f}) translate({} {})">{}</g>'.format(
            -w + inset, -h + inset, sx, sy, -view[0], -view[1], body),
        '<rect x="{}" y="{}" width="{}" height="{}" fill="none" stroke="{}" stroke-width="{}"{}/>'.format(
            -w, -h, 2 * w, 2 * h, frame, FRAME_WIDTH, ' stroke-dasharray="{}"'.format(dash) if dash else ""),
    ]
    if bar:
        parts.append('<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>'.format(
            -w, bar_top, 2 * w, BAR_HEIGHT, CONDITION_DEGRADED))
    if struck:
        parts.append('<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="{}" stroke-linecap="round"/>'
                     .format(-w - 2, h + 2, w + 2, -h - 2, frame, STRIKE_WIDTH))
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="{0}" height="{1}" viewBox="{2} {3} {0} {1}">\n  {4}\n'
            "</svg>\n").format(2 * reach_x, 2 * reach_y, -reach_x, -reach_y, "\n  ".join(parts))


def hatch_svg(colour):
    """One period of HubMap's hatching: the lines x + y = 7k that cross a 7-pixel square."""
    s, stroke = HATCH_SPACING, rgba(colour, 0x80)
    segments = [(0, s, s, 0), (-1, 1, 1, -1), (s - 1, s + 1, s + 1, s - 1)]
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="{0}" height="{0}" viewBox="0 0 {0} {0}">\n{1}</svg>\n'
            .format(s, "".join('  <line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="{}"/>\n'.format(
                *seg, stroke, HATCH_WIDTH) for seg in segments)))


def write_symbols(directory):
    os.makedirs(directory, exist_ok=True)
    files = {}
    for kind in POINT_KINDS:
        for status in POINT_STATUSES:
            files[kind, status] = os.path.join(directory, "{}-{}.svg".format(kind, status))
            with open(files[kind, status], "w", encoding="utf-8") as f:
                f.write(symbol_svg(kind, status))
    files["hatch"] = os.path.join(directory, "hatch-planned.svg")
    with open(files["hatch"], "w", encoding="utf-8") as f:
        f.write(hatch_svg(ZONE_STATUSES["planned"][0]))
    return files


def oblast_label_points():
    """Oblasts and Crimea at their label points; Kyiv and Sevastopol are named as cities."""
    with open(os.path.join(MAPS, "ua_oblasts.geojson"), encoding="utf-8") as f:
        oblasts = json.load(f)["features"]
    return [{"type": "Feature", "properties": {"name": o["properties"]["name_en"]},
             "geometry": {"type": "Point", "coordinates": [o["properties"]["label_lon"], o["properties"]["label_lat"]]}}
            for o in oblasts if o["properties"]["type"] != "city"]


def basemap_styles():
    rivers = [
        # A river's course through a lake, which joins it up while the lake is too thin to see.
        rule(line(RIVER, 1.2), filter="[kind] = 'Lake Centerline'", until_zoom=7),
        rule(line(RIVER, 1.8), filter="[kind] != 'Lake Centerline' and [scalerank] <= 4"),
        rule(line(RIVER, 1.1), filter="[kind] != 'Lake Centerline' and [scalerank] > 4 and [scalerank] <= 7"),
        rule(line(RIVER, 0.8), filter="[kind] != 'Lake Centerline' and [scalerank] > 7", from_zoom=6),
    ]
    return [
        style("sea", rule(tag("PolygonSymbolizer", fill=SEA), line(SEA, 1))),
        style("land", rule(tag("PolygonSymbolizer", fill=UKRAINE_LAND), filter="[is_ukraine] = true"),
              rule(tag("PolygonSymbolizer", fill=NEIGHBOUR_LAND), otherwise=True)),
        style("lakes", rule(tag("PolygonSymbolizer", fill=SEA), line(LAKE_EDGE, 0.6))),
        style("rivers", *rivers),
        style("oblast-boundaries", rule(line(OBLAST_BOUNDARY, 1, "5,3"))),
        style("state-borders", rule(line(STATE_BORDER, 1.3), filter="[ukraine] = false")),
        style("ukraine-border", rule(line(UKRAINE_BORDER_BAND, 6), line(UKRAINE_BORDER, 2.2),
                                     filter="[ukraine] = true")),
        # Capitals and Ukraine's oblast centres always keep their dots; other dots go with their names.
        style("dots",
              rule(dot(2 * 4.5 - 1.6, "white", CITY_DOT, 1.6), dot(4, CITY_DOT, ignore_placement=True),
                   filter="[rank] = 1", from_zoom=3),
              rule(dot(2 * 3.3 - 1.0, CITY_DOT, "white", 1.0), filter="[rank] = 2 and [country] = 'UA'",
                   from_zoom=5)),
    ]


# Settlements by rank: (name face, name size, dot radius, dot rim width, first zoom); PlaceStyle in BasemapStyle.
SETTLEMENTS = {
    1: ("Noto Sans Bold", 14, 4.5, 1.6, 3),
    2: ("Noto Sans Regular", 12.5, 3.3, 1.0, 5),
    3: ("Noto Sans Regular", 11, 2.5, 0.8, 7),
    4: ("Noto Sans Regular", 10, 2.1, 0.7, 9),
}


def settlement_names(rank, dot_files):
    """Two styles, drawn in turn: the names of settlements of `rank` in Ukraine, then abroad."""
    face, size, radius, _, from_zoom = SETTLEMENTS[rank]
    styles = []
    for where, op, colour in (("ukraine", "=", CITY_TEXT), ("abroad", "!=", CITY_TEXT_ABROAD)):
        spots = dict(placement_type="simple", placements=SPOTS, dx=radius + LABEL_GAP, dy=radius + LABEL_GAP)
        if rank == 1 or (rank == 2 and where == "ukraine"):
            # The dot is drawn anyway (style "dots"); the name goes where there is room.
            name = text(face, size, colour, "[name_en]", **spots)
        else:
            # A shield: the dot stays on the place and the name takes the first free spot around it, or both go.
            name = "<ShieldSymbolizer{}>{}</ShieldSymbolizer>".format(attrs(
                file=dot_files[rank], face_name=face, size=size, fill=colour, halo_fill=HALO, halo_radius=HALO_RADIUS,
                margin=LABEL_MARGIN, avoid_edges="true", unlock_image="true", **spots), escape("[name_en]"))
        styles.append(style("settlement-names-{}-{}".format(rank, where),
                            rule(name, filter="[rank] = {} and [country] {} 'UA'".format(rank, op),
                                 from_zoom=from_zoom)))
    return styles


def place_name_styles(dot_files):
    return [
        *settlement_names(1, dot_files),
        style("sea-names", rule(text("Noto Sans Italic", 15, SEA_TEXT, "[name_en]", wrap_width=100),
                                from_zoom=4, until_zoom=10)),
        style("country-names", rule(text("Noto Sans Bold", 12, COUNTRY_TEXT, "[name_en]", placement="interior",
                                         text_transform="uppercase", character_spacing=1.44, wrap_width=110),
                                    filter="[is_ukraine] = false", from_zoom=4, until_zoom=7)),
        *settlement_names(2, dot_files),
        style("oblast-names", rule(text("Noto Sans Regular", 10.5, OBLAST_TEXT, "[name]", text_transform="uppercase",
                                        character_spacing=0.84, wrap_width=95, line_spacing=1.6),
                                   from_zoom=7, until_zoom=9)),
        *settlement_names(3, dot_files),
        *settlement_names(4, dot_files),
        style("lake-names", rule(text("Noto Sans Italic", 10.5, SEA_TEXT, "[name_en]", placement="interior",
                                      wrap_width=95), filter="[name_en] != ''", from_zoom=9)),
    ]


def dot_svgs(directory):
    """The dots of settlements that are drawn only with their names, by rank."""
    files = {}
    for rank in (2, 3, 4):
        _, _, radius, rim, _ = SETTLEMENTS[rank]
        files[rank] = os.path.join(directory, "dot-{}.svg".format(rank))
        with open(files[rank], "w", encoding="utf-8") as f:
            f.write('<svg xmlns="http://www.w3.org/2000/svg" width="{0}" height="{0}" viewBox="{1} {1} {0} {0}">\n'
                    '  <circle cx="0" cy="0" r="{2}" fill="{3}" stroke="white" stroke-width="{4}"/>\n</svg>\n'
                    .format(2 * radius, -radius, radius - rim / 2, CITY_DOT, rim))
    return files


def layout_styles(symbols):
    zone = "[kind] = 'monitoring-zone'"
    known = " and ".join("[status] != '{}'".format(s) for s in ZONE_STATUSES)
    zone_rules, zone_names = [], []
    for status, (colour, alpha, dash, name_colour) in list(ZONE_STATUSES.items()) + [("unknown", ZONE_UNKNOWN)]:
        where = "{} and {}".format(zone, known if status == "unknown" else "[status] = '{}'".format(status))
        fill = (tag("PolygonSymbolizer", fill=rgba(colour, alpha)) if alpha
                else tag("PolygonPatternSymbolizer", file=symbols["hatch"], alignment="global"))
        zone_rules.append(rule(fill, line(colour, ZONE_LINE_WIDTH, dash), filter=where))
        zone_names.append(rule(text("Noto Sans Bold Italic", 12, name_colour, "[name]", placement="interior",
                                    wrap_width=110), filter=where))
    symbol_rules, names = [], {}
    for kind, (height, _, face, size) in POINT_KINDS.items():
        for status in POINT_STATUSES:
            symbol_rules.append(rule(tag("MarkersSymbolizer", file=symbols[kind, status], placement="point",
                                         allow_overlap="true"),
                                     filter="[kind] = '{}' and [status] = '{}'".format(kind, status)))
        # Anything else (another status, or none) is drawn as an active site, as HubMap does.
        symbol_rules.append(rule(tag("MarkersSymbolizer", file=symbols[kind, "active"], placement="point",
                                     allow_overlap="true"),
                                 filter="[kind] = '{}' and {}".format(
                                     kind, " and ".join("[status] != '{}'".format(s) for s in POINT_STATUSES))))
        w, h = height * 1.5 / 2 + FRAME_WIDTH / 2, height / 2 + FRAME_WIDTH / 2
        names[kind] = rule(spotted_text(face, size, FEATURE_TEXT, w + SYMBOL_GAP, h + SYMBOL_GAP),
                           filter="[kind] = '{}'".format(kind))
    return [
        style("zones", *zone_rules),
        # Symbols may cover each other, as every feature is drawn; the names placed after them keep off them.
        style("symbols", *symbol_rules),
        style("hub-names", names["hub"]),
        style("depot-names", names["depot"]),
        style("zone-names", *zone_names),
    ]


def names(rank):
    return ["settlement-names-{}-{}".format(rank, where) for where in ("ukraine", "abroad")]


def write_style(layout, outdir, feature_names=True):
    outdir = os.path.abspath(outdir)
    symbol_dir = os.path.join(outdir, "symbols")
    symbols = write_symbols(symbol_dir)
    styles = basemap_styles() + layout_styles(symbols) + place_name_styles(dot_svgs(symbol_dir))
    layers = [
        layer("sea", basemap("sea.geojson"), "sea"),
        layer("land", basemap("countries.geojson"), "land"),
        layer("lakes", basemap("lakes.geojson"), "lakes"),
        layer("rivers", basemap("rivers.geojson"), "rivers"),
        layer("oblast-boundaries", basemap("ua_oblast_lines.geojson"), "oblast-boundaries"),
        layer("borders", basemap("borders.geojson"), "state-borders", "ukraine-border"),
        layer("dots", basemap("cities.geojson"), "dots"),
        # One layer, read once: its styles draw in turn over the features the first one read.
        layer("layout", geojson_file(os.path.abspath(layout)), "zones", "symbols",
              *(("hub-names", "depot-names", "zone-names") if feature_names else ()), cache_features=True),
        # Names take room in this order: capitals, seas, countries, oblast centres, oblasts, towns, lakes.
        layer("capital-names", basemap("cities.geojson"), *names(1)),
        layer("sea-names", basemap("sea_labels.geojson"), "sea-names"),
        layer("country-names", basemap("countries.geojson"), "country-names"),
        layer("regional-names", basemap("cities.geojson"), *names(2)),
        layer("oblast-names", geojson_inline(oblast_label_points()), "oblast-names"),
        layer("town-names", basemap("cities.geojson"), *names(3), *names(4)),
        layer("lake-names", basemap("lakes.geojson"), "lake-names"),
    ]
    xml = ('<?xml version="1.0" encoding="utf-8"?>\n'
           "<!-- HubMap's basemap and the layout {} in Mapnik's terms; written by bench/mapnik/make_style.py -->\n"
           '<Map srs="{}" background-color="{}" buffer-size="64" font-directory={}>\n{}\n{}\n</Map>\n').format(
        escape(os.path.basename(layout)).replace("--", "- -"), WEB_MERCATOR, NO_DATA, quoteattr(FONTS),
        "\n".join(styles), "\n".join(layers))
    path = os.path.join(outdir, "style.xml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(xml)
    return path


def main(argv):
    args = [a for a in argv[1:] if a != "--no-feature-names"]
    if len(args) != 2:
        sys.exit("usage: make_style.py [--no-feature-names] LAYOUT OUTDIR")
    os.makedirs(args[1], exist_ok=True)
    print(write_style(args[0], args[1], feature_names="--no-feature-names" not in argv))


if __name__ == "__main__":
    main(sys.argv)
