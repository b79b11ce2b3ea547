// quick visual check: node preview.mjs <outdir> <png> [lon0 lat0 lon1 lat1] [labels(0/1)]
import fs from 'node:fs'; import { execFileSync } from 'node:child_process';
const [D, PNG, ...r] = process.argv.slice(2);
const [x0, y0, x1, y1] = r.length >= 4 ? r.slice(0, 4).map(Number) : [4, 36.5, 58, 58.5];
const LBL = r[4] !== '0';
const W = 1600, k = Math.cos(((y0 + y1) / 2) * Math.PI / 180), sx = W / (x1 - x0), H = Math.round((y1 - y0) * sx / k);
const P = ([x, y]) => `${((x - x0) * sx).toFixed(1)},${((y1 - y) * sx / k).toFixed(1)}`;
const rd = f => JSON.parse(fs.readFileSync(`${D}/${f}.geojson`, 'utf8')).features;
const rings = g => g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : g.type === 'LineString' ? [g.coordinates] : g.coordinates;
const path = (g, close) => rings(g).map(r => 'M' + r.map(P).join('L') + (close ? 'Z' : '')).join('');
let s = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="100%" height="100%" fill="#fff"/>`;
for (const f of rd('sea')) s += `<path d="${path(f.geometry, 1)}" fill="#a9d3f0" fill-rule="evenodd"/>`;
for (const f of rd('countries')) s += `<path d="${path(f.geometry, 1)}" fill="${f.properties.is_ukraine ? '#fdf6d8' : '#e6e2da'}" fill-rule="evenodd"/>`;
for (const f of rd('lakes')) s += `<path d="${path(f.geometry, 1)}" fill="#a9d3f0" stroke="#5b9bd5" stroke-width="0.5"/>`;
if (fs.existsSync(`${D}/rivers_detail.geojson`)) for (const f of rd('rivers_detail')) s += `<path d="${path(f.geometry)}" fill="none" stroke="#7fb2e5" stroke-width="${f.properties.level <= 2 ? 1.2 : 0.7}"/>`;
for (const f of rd('rivers')) s += `<path d="${path(f.geometry)}" fill="none" stroke="#4a90d9" stroke-width="${f.properties.scalerank <= 4 ? 2 : 1.2}"/>`;
for (const f of rd('ua_oblast_lines')) s += `<path d="${path(f.geometry)}" fill="none" stroke="#8a7f8d" stroke-width="1" stroke-dasharray="5,3"/>`;
for (const f of rd('borders')) s += `<path d="${path(f.geometry)}" fill="none" stroke="${f.properties.ukraine ? '#b0306a' : '#777'}" stroke-width="${f.properties.ukraine ? 2.5 : 1.5}"/>`;
for (const f of rd('cities')) { const p = f.properties; if (p.rank > 3 && !LBL) continue; const [cx, cy] = P(f.geometry.coordinates).split(',');
  s += `<circle cx="${cx}" cy="${cy}" r="${p.rank <= 2 ? 4 : 2}" fill="#333"/>`;
  if (LBL && (p.rank <= 2 || (r.length >= 4 && p.rank <= 3))) s += `<text x="${+cx + 5}" y="${+cy - 3}" font-family="DejaVu Sans" font-size="${p.rank <= 2 ? 14 : 11}" fill="#222">${p.country === 'UA' ? (p.name_uk || p.name_en) : p.name_en}</text>`; }
for (const f of rd('sea_labels')) { const [cx, cy] = P(f.geometry.coordinates).split(','); s += `<text x="${cx}" y="${cy}" font-family="DejaVu Sans" font-style="italic" font-size="18" fill="#2a6fb0" text-anchor="middle">${f.properties.name_uk}</text>`; }
s += '</svg>';
fs.writeFileSync(PNG.replace(/\.png$/, '.svg'), s);
execFileSync('rsvg-convert', ['-o', PNG, PNG.replace(/\.png$/, '.svg')]);
console.log(PNG, W, H);
