// Temperaments: drawn per party from the game's PRNG within the scenario's ranges (else the defaults).
import { describe, expect, it } from 'vitest';
import { mini } from './fixtures/mini';
import { seedState } from './prng';
import { DEFAULT_TEMPERAMENT_RANGES, drawTemperaments, pacedTime } from './temperament';

describe('drawTemperaments', () => {
  it('draws within the default ranges, differently per seed', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) {
      const [t] = drawTemperaments(mini, seedState(seed));
      for (const p of mini.parties) {
        for (const f of ['pace', 'opening', 'patience'] as const) {
          const [lo, hi] = DEFAULT_TEMPERAMENT_RANGES[f];
          expect(t[p.id]![f]).toBeGreaterThanOrEqual(lo);
          expect(t[p.id]![f]).toBeLessThanOrEqual(hi);
        }
      }
      seen.add(JSON.stringify(t));
    }
    expect(seen.size).toBeGreaterThan(10);
  });

  it("keeps to a party's own ranges from the scenario", () => {
    const [first, ...rest] = mini.parties;
    const sc = {
      ...mini,
      parties: [{ ...first!, temperament: { pace: [60, 61], opening: [97, 97] } as const }, ...rest],
    };
    for (let seed = 1; seed <= 20; seed++) {
      const [t] = drawTemperaments(sc, seedState(seed));
      expect([60, 61]).toContain(t[first!.id]!.pace);
      expect(t[first!.id]!.opening).toBe(97);
    }
  });
});

describe('pacedTime', () => {
  const quick = { pace: 127, opening: 100, patience: 50 };
  const slow = { pace: 80, opening: 100, patience: 50 };

  it('runs a quick clock to the end of its curve early under revisions 3–5', () => {
    expect(pacedTime(78, quick, 5)).toBe(99);
    expect(pacedTime(80, quick, 5)).toBe(100);
  });

  it('never runs a quick clock more than half-way from now to the deadline from revision 6', () => {
    expect(pacedTime(78, quick, 6)).toBe(89);
    expect(pacedTime(40, quick, 6)).toBe(50); // t × pace / 100 is below the cap
    expect(pacedTime(100, quick, 6)).toBe(100);
    for (let t = 0; t < 100; t++) expect(pacedTime(t, quick, 6)).toBeLessThan(100);
  });

  it('leaves a slow clock and a party without temperament as they were', () => {
    for (const t of [0, 30, 78, 100]) {
      expect(pacedTime(t, slow, 6)).toBe(pacedTime(t, slow, 5));
      expect(pacedTime(t, undefined, 6)).toBe(t);
    }
  });
});
