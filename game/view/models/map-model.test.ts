// The control map's data: projection into the box, share steps and palettes, preview hatching and hit-testing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../content/index';
import { type CompiledScenario, newGame } from '../../engine/index';
import {
  type GeoCollection,
  hatchSegments,
  MAP_PALETTES,
  mapModel,
  packageEffects,
  projectMap,
  regionAt,
  regionContains,
  stepOf,
} from './map-model';

function alaska(): CompiledScenario {
  const r = parseScenario(readFileSync('scenarios/alaska-2025.yaml', 'utf8'), 'alaska-2025.yaml');
  if (!r.ok) throw new Error('alaska does not compile');
  return r.value;
}
const geo = JSON.parse(readFileSync('assets/maps/ukraine-oblasts.json', 'utf8')) as GeoCollection;
const size = { width: 760, height: 560 };

describe('projectMap', () => {
  const map = projectMap(geo, size, 20);
  it('fits every region inside the box (winding understood by d3-geo)', () => {
    for (const r of map.regions) {
      for (const ring of r.polygons.flat()) {
        for (let i = 0; i < ring.length; i += 2) {
          expect(ring[i]).toBeGreaterThanOrEqual(19);
          expect(ring[i]).toBeLessThanOrEqual(size.width - 19);
          expect(ring[i + 1]).toBeGreaterThanOrEqual(19);
          expect(ring[i + 1]).toBeLessThanOrEqual(size.height - 19);
        }
      }
    }
  });
  it('finds Donetsk under Pokrovsk and Kyiv city inside its oblast', () => {
    const pokrovsk = map.project(37.18, 48.28);
    expect(regionAt(map.regions, pokrovsk.x, pokrovsk.y)?.id).toBe('UA-DT');
    const kyiv = map.project(30.52, 50.45);
    expect(regionAt(map.regions, kyiv.x, kyiv.y)?.id).toBe('UA-KC');
    expect(regionAt(map.regions, 1, 1)).toBeNull();
  });
  it('clips hatch lines to the region', () => {
    const dt = map.regions.find((r) => r.id === 'UA-DT');
    if (!dt) throw new Error('no Donetsk');
    const segs = hatchSegments(dt, 6);
    expect(segs.length).toBeGreaterThan(5);
    for (const [x1, y1, x2, y2] of segs) expect(regionContains(dt, (x1 + x2) / 2, (y1 + y2) / 2)).toBe(true);
  });
});

describe('mapModel', () => {
  const sc = alaska();
  const state = newGame(sc, { seed: 1 });
  const map = projectMap(geo, size);

  it('colours regions by share step and keeps a legend per palette', () => {
    expect([0, 4, 5, 50, 94, 95, 100].map(stepOf)).toEqual([0, 0, 1, 3, 4, 5, 5]);
    const m = mapModel({ scenario: sc, state, viewer: null, preview: null }, map, MAP_PALETTES.standard);
    if (!m) throw new Error('no map');
    const crimea = m.regions.find((r) => r.id === 'UA-KR');
    expect(crimea?.fill).toBe(MAP_PALETTES.standard.ramp[5]);
    expect(m.regions.find((r) => r.id === 'UA-LV')?.fill).toBe(MAP_PALETTES.standard.ramp[0]);
    expect(m.legend).toHaveLength(6);
    expect(m.holderLabel).toBe(sc.map?.holderLabel);
    expect(m.previewing).toBe(false);
    const cb = mapModel({ scenario: sc, state, viewer: null, preview: null }, map, MAP_PALETTES.colourBlind);
    expect(cb?.regions.find((r) => r.id === 'UA-KR')?.fill).toBe(MAP_PALETTES.colourBlind.ramp[5]);
  });

  it('hatches the regions a previewed package changes', () => {
    const issue = sc.issues.find((i) => i.options.some((o) => o.mapEffects.length > 0));
    const option = issue?.options.find((o) => o.mapEffects.some((e) => e.share !== state.control[e.region]));
    if (!issue || !option) throw new Error('alaska has no map effects');
    const preview = { [issue.id]: option.id };
    expect(packageEffects(sc, preview).size).toBe(option.mapEffects.length);
    const m = mapModel({ scenario: sc, state, viewer: null, preview }, map, MAP_PALETTES.standard);
    const changed = option.mapEffects.find((e) => e.share !== state.control[e.region]);
    const r = m?.regions.find((x) => x.id === changed?.region);
    expect(r?.hatched).toBe(true);
    expect(r?.previewShare).toBe(changed?.share);
    expect(m?.previewing).toBe(true);
    expect(m?.previewSource).toBe('preview');
  });

  it('places every marked place and labels the capital', () => {
    const m = mapModel({ scenario: sc, state, viewer: null, preview: null }, map, MAP_PALETTES.standard);
    expect(m?.places).toHaveLength(sc.map?.places.length ?? 0);
    expect(m?.places.find((p) => p.kind === 'capital')?.label).not.toBeNull();
  });
});
