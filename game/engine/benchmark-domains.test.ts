// All-AI games on the bilateral benchmark domains of the automated-negotiation literature (scenarios/fixtures/bench)
// and on Alaska, under the current rules revision. Agreement ≥ 95% and ≥ 95% of agreements Pareto-optimal are the
// issue's targets. Its third, mean Nash distance ≤ 10, is not reached yet (revision 4 with the Nash aim, nash-aim.ts:
// laptop 7.7, Itex–Cypress 13.8, England–Zimbabwe 13.6, the same under revision 5; the frequency models overrate what
// the other side gives up, see opponent-model-concessions.ts):
// the bound holds what the AI reaches today, so a regression fails.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../content/index';
import { analyzeGame } from './debrief';
import { runGame } from './play';

const load = (file: string) => {
  const r = parseScenario(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(`${file} does not load`);
  return r.value;
};

describe('bilateral benchmark domains, 50 seeds', () => {
  for (const name of ['laptop', 'itex-cypress', 'england-zimbabwe']) {
    it(`${name}: agreements, Pareto-optimal, near the Nash point, and seeds differ`, () => {
      const sc = load(`scenarios/fixtures/bench/${name}.yaml`);
      let deals = 0;
      let pareto = 0;
      let distance = 0;
      const ends = new Set<string>();
      for (let seed = 1; seed <= 50; seed++) {
        const s = runGame(sc, { seed });
        ends.add(JSON.stringify(s.outcome!.package));
        if (s.outcome!.kind !== 'agreement') continue;
        deals++;
        const d = analyzeGame(sc, s);
        if (d.pareto.optimal) pareto++;
        distance += d.nash!.distance;
      }
      expect(deals).toBeGreaterThanOrEqual(48); // ≥ 95% of 50
      expect(pareto * 100).toBeGreaterThanOrEqual(95 * deals);
      expect(distance / deals).toBeLessThanOrEqual(14);
      expect(ends.size).toBeGreaterThan(2);
    });
  }
});

describe('Alaska, all AI', () => {
  it('differs with the seed, and never strikes a deal at Anchorage', () => {
    const sc = load('scenarios/alaska-2025.yaml');
    const ends = new Map<string, number>();
    for (let seed = 1; seed <= 60; seed++) {
      const s = runGame(sc, { seed });
      expect(s.agreements.some((a) => a.phase === 'anchorage')).toBe(false);
      const key = s.outcome!.kind === 'agreement' ? JSON.stringify(s.outcome!.package) : s.outcome!.kind;
      ends.set(key, (ends.get(key) ?? 0) + 1);
    }
    expect(ends.size).toBeGreaterThanOrEqual(8);
    expect(Math.max(...ends.values())).toBeLessThanOrEqual(36); // none above 60% of games
  }, 30_000); // 60 full games: room for a loaded machine
});
