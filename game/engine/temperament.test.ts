// Temperaments: drawn per party from the game's PRNG within the scenario's ranges (else the defaults).
import { describe, expect, it } from 'vitest';
import { mini } from './fixtures/mini';
import { seedState } from './prng';
import { DEFAULT_TEMPERAMENT_RANGES, drawTemperaments } from './temperament';

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
