// The control map as plain data: the scenario's GeoJSON projected once into region pixels (d3-geo Mercator fitted
// to the drawing area), then, per state, each region's fill from the holder's share in steps, the share a package
// would leave (hatched), the legend and the marked places. No Phaser: the scene only draws what this returns, and
// the colours, steps, hatching and hit-testing are unit-tested.
import { geoMercator } from 'd3-geo';
import type { CompiledScenario, GameState, Package, RegionId } from '../../engine/index';
import type { CanvasInput, Size } from './table-model';

export interface GeoFeature {
  type: 'Feature';
  properties: { id: string; name: string };
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
}

export interface GeoCollection {
  type: 'FeatureCollection';
  features: GeoFeature[];
}

/** A ring as flat [x0, y0, x1, y1, ...] in region pixels (cheap to hand to Phaser). */
export type Ring = number[];

export interface ProjectedRegion {
  id: RegionId;
  name: string;
  /** Each polygon: its exterior ring first, then its holes. */
  polygons: Ring[][];
  centroid: { x: number; y: number }; // of the largest polygon's exterior ring
  area: number; // px², all exteriors minus holes
}

export interface ProjectedMap {
  size: Size;
  regions: ProjectedRegion[];
  project(lon: number, lat: number): { x: number; y: number };
}

export interface MapPalette {
  name: string;
  /** From "none held" to "all held", one colour per step of SHARE_STEPS. */
  ramp: number[];
  hatch: number; // stroke over previewed regions
  border: number;
  unknown: number; // a region the scenario does not list
}

/** Upper bounds (inclusive) of the share steps: 0–4 reads as "none", 95–100 as "all". */
export const SHARE_STEPS = [4, 24, 49, 74, 94, 100] as const;

/**
 * Default: a ColorBrewer RdBu-like diverging ramp (blue = the other side, red = the holder), distinguishable in
 * the common colour-vision deficiencies. Colour-blind setting: Okabe–Ito blue to orange, with the middle steps
 * pulled apart in lightness so the ramp also reads in greyscale.
 */
export const MAP_PALETTES: Record<'standard' | 'colourBlind', MapPalette> = {
  standard: {
    name: 'standard',
    ramp: [0x4f8fc9, 0x92c5de, 0xd9e6ee, 0xf4c6ad, 0xe07b5f, 0xb2283a],
    hatch: 0xfff4d6,
    border: 0x0b1626,
    unknown: 0x3a4a60,
  },
  colourBlind: {
    name: 'colourBlind',
    ramp: [0x0072b2, 0x56b4e9, 0xe8eef2, 0xf7c48a, 0xe69f00, 0xb85a00],
    hatch: 0xffffff,
    border: 0x0b1626,
    unknown: 0x3a4a60,
  },
};

export function stepOf(share: number): number {
  const s = Math.max(0, Math.min(100, Math.round(share)));
  const i = SHARE_STEPS.findIndex((upper) => s <= upper);
  return i < 0 ? SHARE_STEPS.length - 1 : i;
}

export function shareColour(share: number, palette: MapPalette): number {
  return palette.ramp[stepOf(share)];
}

function ringArea(r: Ring): number {
  let a = 0;
  for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) a += (r[j] + r[i]) * (r[j + 1] - r[i + 1]);
  return Math.abs(a / 2);
}

function ringCentroid(r: Ring): { x: number; y: number } {
  let a = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
    const f = r[j] * r[i + 1] - r[i] * r[j + 1];
    a += f;
    x += (r[j] + r[i]) * f;
    y += (r[j + 1] + r[i + 1]) * f;
  }
  if (a === 0) return { x: r[0] ?? 0, y: r[1] ?? 0 };
  return { x: x / (3 * a), y: y / (3 * a) };
}

/**
 * Projects the collection into the box (padding kept free on every side). The file is wound for d3-geo
 * (exterior clockwise, see assets/maps/LICENSE.md), so fitExtent sees small polygons, not their complements.
 */
export function projectMap(geo: GeoCollection, size: Size, pad = 24): ProjectedMap {
  const projection = geoMercator().fitExtent(
    [
      [pad, pad],
      [Math.max(pad + 1, size.width - pad), Math.max(pad + 1, size.height - pad)],
    ],
    geo as unknown as Parameters<ReturnType<typeof geoMercator>['fitExtent']>[1],
  );
  const toRing = (coords: number[][]): Ring => {
    const out: number[] = [];
    // GeoJSON rings repeat their first point at the end; Phaser closes polygons itself.
    const n = coords.length > 1 && coords[0][0] === coords.at(-1)?.[0] && coords[0][1] === coords.at(-1)?.[1] ? -1 : 0;
    for (const c of coords.slice(0, coords.length + n)) {
      const p = projection([c[0], c[1]]);
      if (p) out.push(Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10);
    }
    return out;
  };
  const regions = geo.features.map((f): ProjectedRegion => {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const polygons = polys.map((rings) => rings.map(toRing));
    let area = 0;
    let biggest = polygons[0]?.[0] ?? [];
    let biggestArea = -1;
    for (const [outer, ...holes] of polygons) {
      const a = ringArea(outer);
      area += a - holes.reduce((s, h) => s + ringArea(h), 0);
      if (a > biggestArea) {
        biggestArea = a;
        biggest = outer;
      }
    }
    return { id: f.properties.id, name: f.properties.name, polygons, centroid: ringCentroid(biggest), area };
  });
  return {
    size,
    regions,
    project(lon, lat) {
      const p = projection([lon, lat]) ?? [0, 0];
      return { x: p[0], y: p[1] };
    },
  };
}

function insideRing(r: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
    const xi = r[i];
    const yi = r[i + 1];
    const xj = r[j];
    const yj = r[j + 1];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function regionContains(region: ProjectedRegion, x: number, y: number): boolean {
  return region.polygons.some(
    ([outer, ...holes]) => insideRing(outer, x, y) && !holes.some((h) => insideRing(h, x, y)),
  );
}

/** The region under a point: the smallest one containing it (a city inside its oblast wins over the oblast). */
export function regionAt<T extends ProjectedRegion>(regions: readonly T[], x: number, y: number): T | null {
  let best: T | null = null;
  for (const r of regions) if (regionContains(r, x, y) && (best === null || r.area < best.area)) best = r;
  return best;
}

/**
 * Diagonal hatch lines clipped to a region (even-odd over all its rings), as segments [x1, y1, x2, y2]. Done here
 * rather than with a mask: Phaser 4 masks are filters, costly on software WebGL, and the result is baked anyway.
 */
export function hatchSegments(region: ProjectedRegion, spacing = 7): number[][] {
  const rings = region.polygons.flat();
  // Lines x − y = c (45°): rotate so they become vertical lines u = c, with u = x − y, v = x + y.
  let uMin = Number.POSITIVE_INFINITY;
  let uMax = Number.NEGATIVE_INFINITY;
  for (const r of rings) {
    for (let i = 0; i < r.length; i += 2) {
      const u = r[i] - r[i + 1];
      uMin = Math.min(uMin, u);
      uMax = Math.max(uMax, u);
    }
  }
  const segments: number[][] = [];
  for (let c = Math.ceil(uMin / spacing) * spacing + spacing / 2; c < uMax; c += spacing) {
    const vs: number[] = [];
    for (const r of rings) {
      for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
        const ui = r[i] - r[i + 1];
        const uj = r[j] - r[j + 1];
        if (ui > c !== uj > c) {
          const t = (c - ui) / (uj - ui);
          const vi = r[i] + r[i + 1];
          const vj = r[j] + r[j + 1];
          vs.push(vi + t * (vj - vi));
        }
      }
    }
    vs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < vs.length; k += 2) {
      // Tangent touches at a tip give zero-length pairs: nothing to draw.
      if (vs[k + 1] - vs[k] < 1) continue;
      // Back from (u, v) to (x, y): x = (u + v) / 2, y = (v − u) / 2.
      segments.push([(c + vs[k]) / 2, (vs[k] - c) / 2, (c + vs[k + 1]) / 2, (vs[k + 1] - c) / 2]);
    }
  }
  return segments;
}

/** The shares a package would set, by region: options' mapEffects in agenda order (a later issue wins a tie). */
export function packageEffects(sc: CompiledScenario, pkg: Package | null): Map<RegionId, number> {
  const out = new Map<RegionId, number>();
  if (!pkg) return out;
  for (const issue of sc.issues) {
    if (!Object.hasOwn(pkg, issue.id)) continue; // own keys only: an issue may be called "toString"
    const optionId = pkg[issue.id];
    const option = issue.options.find((o) => o.id === optionId);
    for (const e of option?.mapEffects ?? []) out.set(e.region, e.share);
  }
  return out;
}

export interface RegionView {
  id: RegionId;
  name: string;
  share: number | null; // null: not in the scenario's map (drawn neutral)
  fill: number;
  previewShare: number | null; // the share after the previewed package, when it differs
  previewFill: number | null;
  hatched: boolean;
  label: boolean; // big enough on screen to carry its name
}

export interface LegendEntry {
  colour: number;
  label: string;
}

export interface PlaceView {
  id: string;
  name: string;
  kind: string;
  x: number;
  y: number;
  /** Where the label goes, or null when it would collide with another (the dot stays). */
  label: { x: number; y: number; align: 'left' | 'right' } | null;
}

export interface MapModel {
  title: string;
  holderLabel: string;
  otherLabel: string;
  regions: RegionView[];
  legend: LegendEntry[];
  places: PlaceView[];
  previewing: boolean; // some region is hatched
  /** Where the preview came from, for the caption. */
  previewSource: 'preview' | 'table' | null;
}

const STEP_LABELS = ['0–4%', '5–24%', '25–49%', '50–74%', '75–94%', '95–100%'];

export function legendEntries(palette: MapPalette): LegendEntry[] {
  return palette.ramp.map((colour, i) => ({ colour, label: STEP_LABELS[i] }));
}

type Box = { x: number; y: number; w: number; h: number };
const PLACE_CHAR_W = 6.2;
const REGION_CHAR_W = 6.4;
const LABEL_H = 14;
const overlapsAny = (taken: Box[], b: Box) =>
  taken.some((t) => b.x < t.x + t.w && t.x < b.x + b.w && b.y < t.y + t.h && t.y < b.y + b.h);

/** Greedy placement of one place's label: right of the dot, else left, else none (the dot stays). */
function placeLabel(p: { x: number; y: number; name: string }, taken: Box[]): PlaceView['label'] {
  const w = p.name.length * PLACE_CHAR_W + 4;
  const right = { x: p.x + 6, y: p.y - LABEL_H / 2, w, h: LABEL_H };
  const left = { x: p.x - 6 - w, y: p.y - LABEL_H / 2, w, h: LABEL_H };
  if (!overlapsAny(taken, right)) {
    taken.push(right);
    return { x: p.x + 7, y: p.y, align: 'left' };
  }
  if (!overlapsAny(taken, left)) {
    taken.push(left);
    return { x: p.x - 7, y: p.y, align: 'right' };
  }
  return null;
}

export function mapModel(input: CanvasInput, projected: ProjectedMap, palette: MapPalette): MapModel | null {
  const sc = input.scenario;
  const spec = sc.map;
  if (!spec) return null;
  const state: GameState = input.state;
  const source = input.preview ? 'preview' : input.state.table ? 'table' : null;
  const effects = packageEffects(sc, input.preview ?? input.state.table?.package ?? null);
  const listed = new Map(spec.regions.map((r) => [r.id, r]));
  let previewing = false;
  const regions = projected.regions.map((geo): RegionView => {
    const entry = listed.get(geo.id);
    const share = entry ? (state.control[geo.id] ?? entry.share) : null;
    const after = effects.get(geo.id);
    const changes = share !== null && after !== undefined && after !== share;
    if (changes) previewing = true;
    return {
      id: geo.id,
      name: entry?.name ?? geo.name,
      share,
      fill: share === null ? palette.unknown : shareColour(share, palette),
      previewShare: changes ? after : null,
      previewFill: changes ? shareColour(after, palette) : null,
      hatched: changes,
      label: geo.area > 2600,
    };
  });
  // Labels in order of importance: capitals, then region names, then the other places where room is left.
  const taken: Box[] = [];
  const points = spec.places.map((p) => ({ id: p.id, name: p.name, kind: p.kind, ...projected.project(p.lon, p.lat) }));
  const labels = new Map<string, PlaceView['label']>();
  for (const p of points.filter((q) => q.kind === 'capital')) labels.set(p.id, placeLabel(p, taken));
  for (const [i, g] of projected.regions.entries()) {
    if (!regions[i].label) continue;
    const w = regions[i].name.length * REGION_CHAR_W;
    const box = { x: g.centroid.x - w / 2, y: g.centroid.y - LABEL_H / 2, w, h: LABEL_H };
    if (overlapsAny(taken, box)) regions[i].label = false;
    else taken.push(box);
  }
  for (const p of points.filter((q) => q.kind !== 'capital')) labels.set(p.id, placeLabel(p, taken));
  const places: PlaceView[] = points.map((p) => ({ ...p, label: labels.get(p.id) ?? null }));
  return {
    title: sc.title,
    holderLabel: spec.holderLabel,
    otherLabel: spec.otherLabel,
    regions,
    legend: legendEntries(palette),
    places,
    previewing,
    previewSource: previewing ? source : null,
  };
}
