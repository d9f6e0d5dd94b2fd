// Analytics on a space small enough to check by hand: two parties, two issues of two options.
import { describe, expect, it } from 'vitest';
import { bestJointValue, frontier2d, nashPoint, paretoImprovement, zopa } from './analytics';
import { bigScenario } from './fixtures/big';
import { decodePackage, encodePackage, packageSpace } from './package-space';
import type { CompiledScenario, Party } from './scenario';
import { packageValue } from './values';

function party(id: string, weights: Record<string, number>, values: Record<string, Record<string, number>>): Party {
  return {
    id,
    name: id,
    short: id,
    leader: id,
    delegation: [],
    colour: '#000000',
    brief: '',
    reservation: 0,
    weights,
    values,
    ai: { initial: 's', states: {} },
  };
}

// Packages (x, y) and values (a, b):
//   x0 y0 → a 0,   b 100      x0 y1 → a 40, b 40
//   x1 y0 → a 60,  b 60       x1 y1 → a 100, b 0
// Both weight x 60 / y 40; a wants x1 and y1, b wants x0 and y0.
const tiny: CompiledScenario = {
  runtimeFormat: 1,
  id: 'tiny',
  version: '1',
  contentHash: '',
  title: '',
  date: '',
  place: '',
  summary: '',
  length: '',
  briefing: '',
  sources: [],
  parties: [
    party('a', { x: 60, y: 40 }, { x: { x0: 0, x1: 100 }, y: { y0: 0, y1: 100 } }),
    party('b', { x: 60, y: 40 }, { x: { x0: 100, x1: 0 }, y: { y0: 100, y1: 0 } }),
  ],
  issues: ['x', 'y'].map((id) => ({
    id,
    name: id,
    description: '',
    statusQuo: `${id}0`,
    consent: ['a', 'b'],
    options: [0, 1].map((k) => ({ id: `${id}${k}`, label: '', description: '', mapEffects: [] })),
  })),
  phases: [],
  gauges: [],
  trust: {},
  map: null,
  events: [],
  history: null,
  teachingNotes: '',
};

describe('package space', () => {
  it('enumerates every package with the same values as packageValue', () => {
    const space = packageSpace(tiny);
    expect(space.size).toBe(4);
    expect([...space.values.a]).toEqual([0, 40, 60, 100]);
    expect([...space.values.b]).toEqual([100, 60, 40, 0]);
  });
  it('round-trips packages and indices', () => {
    for (let k = 0; k < 4; k++) expect(encodePackage(tiny, decodePackage(tiny, k))).toBe(k);
  });
  it('agrees with packageValue on a larger scenario', () => {
    const sc = bigScenario();
    const space = packageSpace(sc);
    for (const k of [0, 1, 17, 999, space.size - 1]) {
      for (const p of sc.parties) expect(space.values[p.id][k]).toBe(packageValue(sc, p, decodePackage(sc, k), {}));
    }
  });
});

describe('analytics by hand', () => {
  it('finds the ZOPA', () => {
    const z = zopa(tiny, { a: 30, b: 30 });
    expect(z.count).toBe(2); // (x0,y1) 40/60 and (x1,y0) 60/40
    expect(zopa(tiny, { a: 70, b: 70 }).count).toBe(0);
  });
  it('finds the Nash point', () => {
    // products over reservations (30, 30): (x0,y1): 10 × 30 = 300; (x1,y0): 30 × 10 = 300 → the first index wins.
    // With a's reservation at 20: (x0,y1): 20 × 30 = 600 beats (x1,y0): 40 × 10 = 400.
    expect(nashPoint(tiny, { a: 20, b: 30 })?.package).toEqual({ x: 'x0', y: 'y1' });
    expect(nashPoint(tiny, { a: 20, b: 30 })?.product).toBe(600);
    expect(nashPoint(tiny, { a: 90, b: 90 })).toBeNull();
  });
  it('finds Pareto improvements', () => {
    // Every package of tiny is Pareto-optimal (values move in opposite directions).
    for (let k = 0; k < 4; k++) expect(paretoImprovement(tiny, decodePackage(tiny, k))).toBeNull();
  });
  it('finds a dominating package when there is one', () => {
    const sc: CompiledScenario = {
      ...tiny,
      parties: [
        party('a', { x: 50, y: 50 }, { x: { x0: 0, x1: 100 }, y: { y0: 0, y1: 100 } }),
        party('b', { x: 50, y: 50 }, { x: { x0: 0, x1: 100 }, y: { y0: 100, y1: 0 } }),
      ],
    };
    // (x0, y0): a 0, b 50 is dominated by (x1, y0): a 50, b 100.
    expect(paretoImprovement(sc, { x: 'x0', y: 'y0' })?.package).toEqual({ x: 'x1', y: 'y0' });
  });
  it('traces the two-party frontier', () => {
    expect(frontier2d(tiny, 'a', 'b')).toEqual([
      { a: 0, b: 100 },
      { a: 40, b: 60 },
      { a: 60, b: 40 },
      { a: 100, b: 0 },
    ]);
  });
  it('computes the best joint value', () => {
    expect(bestJointValue(tiny, { a: 30, b: 30 })).toBe(100);
  });
});
