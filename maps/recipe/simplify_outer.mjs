// Thins the ground beyond the core box: Douglas-Peucker on Web Mercator (tolerance in degrees of longitude, i.e. in
// screen units), on shared arcs so that neighbours keep one common edge; vertices inside the core box and on the
// edge of the map box are kept as they are. Tiny islands (closed arcs) beyond the core box are dropped, together
// with any hole that is the same ring. Vertices beyond the core box are rounded to 3 decimals (about 100 m).
// usage: node simplify_outer.mjs <in.geojson> <out.geojson> <npm-project-dir> <tolerance deg> <min island area deg2>
//        [lines]   (lines: no check that thinned arcs do not cross, which only areas need)
// env: CORE="lon0 lat0 lon1 lat1" (kept as is), BBOX="lon0 lat0 lon1 lat1" (the map box)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [IN, OUT, NPM, TOL, MIN_AREA, KIND] = process.argv.slice(2);
const AREAS = KIND !== 'lines';
const req = createRequire(path.join(NPM, 'package.json'));
const { topology } = req('topojson-server');
const { feature } = req('topojson-client');
const CORE = process.env.CORE.split(' ').map(Number), BOX = process.env.BBOX.split(' ').map(Number);
const tol = +TOL, minArea = +MIN_AREA;

const inCore = ([x, y]) => x >= CORE[0] && x <= CORE[2] && y >= CORE[1] && y <= CORE[3];
const onBoxEdge = ([x, y]) => x === BOX[0] || x === BOX[2] || y === BOX[1] || y === BOX[3];
const fixed = p => inCore(p) || onBoxEdge(p);
const merc = ([x, y]) => [x, Math.log(Math.tan(Math.PI / 4 + y * Math.PI / 360)) * 180 / Math.PI];
const round3 = v => Math.round(v * 1e3) / 1e3;

// squared distance from p to segment ab, all in Mercator degrees
function segDist2(p, a, b) {
  const dx = b[0] - a[0], dy = b[1] - a[1], l2 = dx * dx + dy * dy;
  let t = l2 ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2 : 0;
  t = Math.max(0, Math.min(1, t));
  const ex = a[0] + t * dx - p[0], ey = a[1] + t * dy - p[1];
  return ex * ex + ey * ey;
}
// marks kept vertices of m[i..j] (i and j kept already); force = keep at least the farthest vertex
function dp(m, keep, i, j, force, tol) {
  let far = -1, best = -1;
  for (let k = i + 1; k < j; k++) {
    const d = segDist2(m[k], m[i], m[j]);
    if (d > best) { best = d; far = k; }
  }
  if (far < 0 || (!force && best <= tol * tol)) return;
  keep[far] = true;
  dp(m, keep, i, far, false, tol);
  dp(m, keep, far, j, false, tol);
}
function simplifyArc(arc, tol) {
  const n = arc.length, m = arc.map(merc), keep = arc.map(fixed);
  keep[0] = keep[n - 1] = true;
  const closed = arc[0][0] === arc[n - 1][0] && arc[0][1] === arc[n - 1][1];
  if (closed && n > 4) {             // a ring on its own: split at the vertex farthest from its start
    let far = 1, best = -1;
    for (let k = 1; k < n - 1; k++) { const d = segDist2(m[k], m[0], m[0]); if (d > best) { best = d; far = k; } }
    keep[far] = true;
  }
  let start = 0;
  for (let k = 1; k < n; k++) if (keep[k]) { dp(m, keep, start, k, closed, tol); start = k; }
  const out = [];
  arc.forEach((p, k) => {
    if (!keep[k]) return;
    const q = inCore(p) ? p : [round3(p[0]), round3(p[1])];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  });
  return out;
}
// indices of arcs with a segment that crosses or touches another one other than at a shared end vertex
function crossingArcs(arcs) {
  const CELL = 0.25, grid = new Map(), bad = new Set();
  const segs = [];
  arcs.forEach((a, i) => { for (let k = 0; k + 1 < a.length; k++) segs.push([i, k, a[k], a[k + 1]]); });
  segs.forEach((s, n) => {
    const [x0, x1] = [Math.min(s[2][0], s[3][0]), Math.max(s[2][0], s[3][0])];
    const [y0, y1] = [Math.min(s[2][1], s[3][1]), Math.max(s[2][1], s[3][1])];
    for (let gx = Math.floor(x0 / CELL); gx <= Math.floor(x1 / CELL); gx++)
      for (let gy = Math.floor(y0 / CELL); gy <= Math.floor(y1 / CELL); gy++) {
        const key = gx * 100000 + gy;
        if (!grid.has(key)) grid.set(key, []);
        grid.get(key).push(n);
      }
  });
  const same = (p, q) => p[0] === q[0] && p[1] === q[1];
  const orient = (a, b, c) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  const onSeg = (a, b, p) => Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0])
    && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);
  for (const cell of grid.values())
    for (let u = 0; u < cell.length; u++)
      for (let v = u + 1; v < cell.length; v++) {
        const [ia, , a, b] = segs[cell[u]], [ic, , c, d] = segs[cell[v]];
        const shared = [a, b].filter(p => same(p, c) || same(p, d)).length;
        const o1 = orient(a, b, c), o2 = orient(a, b, d), o3 = orient(c, d, a), o4 = orient(c, d, b);
        let hit;
        if (shared === 2) hit = true;                                  // the same segment twice
        else if (shared === 1) hit = o1 === 0 && o2 === 0              // collinear, overlapping beyond the shared end
          && (onSeg(a, b, same(a, c) || same(b, c) ? d : c) || onSeg(c, d, same(a, c) || same(a, d) ? b : a));
        else hit = (o1 !== o2 && o3 !== o4) || (o1 === 0 && onSeg(a, b, c)) || (o2 === 0 && onSeg(a, b, d))
          || (o3 === 0 && onSeg(c, d, a)) || (o4 === 0 && onSeg(c, d, b));
        if (hit) { bad.add(ia); bad.add(ic); }
      }
  return bad;
}
function ringArea(r) {           // planar, in square degrees
  let s = 0;
  for (let k = 0; k + 1 < r.length; k++) s += r[k][0] * r[k + 1][1] - r[k + 1][0] * r[k][1];
  return Math.abs(s / 2);
}

const fc = JSON.parse(fs.readFileSync(IN, 'utf8'));
const topo = topology({ layer: fc });
const before = topo.arcs.reduce((s, a) => s + a.length, 0);
// tiny islands beyond the core: single closed arcs of small area with no vertex in the core
const dropped = new Set();
topo.arcs.forEach((a, i) => {
  const closed = a[0][0] === a[a.length - 1][0] && a[0][1] === a[a.length - 1][1];
  if (closed && minArea > 0 && !a.some(inCore) && ringArea(a) < minArea) dropped.add(i);
});
// Thinned arcs must not cross one another or themselves, or the polygons they bound would be invalid: an arc in a
// crossing is thinned again with half the tolerance, down to its original vertices.
const original = topo.arcs, tolOf = original.map(() => tol);
topo.arcs = original.map(a => simplifyArc(a, tol));
for (let pass = 0; AREAS; pass++) {
  const bad = crossingArcs(topo.arcs);
  const redo = [...bad].filter(i => tolOf[i] > 0);
  if (!redo.length) { if (bad.size) console.log(`  ${bad.size} arcs still cross as in the source data`); break; }
  for (const i of redo) {
    tolOf[i] = tolOf[i] > tol / 64 ? tolOf[i] / 2 : 0;
    topo.arcs[i] = tolOf[i] ? simplifyArc(original[i], tolOf[i]) : original[i];
  }
  console.log(`  pass ${pass}: ${redo.length} arcs in crossings thinned less`);
}
const after = topo.arcs.reduce((s, a) => s + a.length, 0);
const isDropped = ring => ring.every(i => dropped.has(i < 0 ? ~i : i));
for (const g of topo.objects.layer.geometries) {
  if (g.type === 'Polygon') {
    if (isDropped(g.arcs[0])) { g.type = null; delete g.arcs; } else g.arcs = g.arcs.filter(r => !isDropped(r));
  } else if (g.type === 'MultiPolygon') {
    g.arcs = g.arcs.filter(p => !isDropped(p[0])).map(p => p.filter(r => !isDropped(r)));
    if (!g.arcs.length) { g.type = null; delete g.arcs; }
  }
}
const res = feature(topo, topo.objects.layer);
// rings thinned below a triangle go, with their polygon where it is the outer ring
const rings = ps => ps.filter(p => p[0].length >= 4).map(p => p.filter(r => r.length >= 4));
for (const f of res.features) {
  const g = f.geometry;
  if (!g) continue;
  if (g.type === 'Polygon') { const ps = rings([g.coordinates]); f.geometry = ps.length ? { type: 'Polygon', coordinates: ps[0] } : null; }
  if (g.type === 'MultiPolygon') { const ps = rings(g.coordinates); f.geometry = ps.length ? { type: 'MultiPolygon', coordinates: ps } : null; }
}
res.features = res.features.filter(f => f.geometry);
for (const f of res.features) delete f.id;
fs.writeFileSync(OUT, JSON.stringify(res));
console.log(`${path.basename(IN)}: ${before} -> ${after} vertices, ${dropped.size} small islands dropped, `
  + `${fc.features.length} -> ${res.features.length} features`);
