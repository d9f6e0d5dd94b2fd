// `summit simulate` plays through the Match (the browser's code path); `balance` and the benchmarks play through the
// engine's runGame (a private copy, no Immer). They must be the same game: same final state, for every policy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../content/index';
import { POLICIES, runGame, stateHash, verifyReplay } from '../engine/index';
import { simulateMatch } from './simulate';

const root = join(import.meta.dirname, '..', '..');
function scenario(file: string) {
  const parsed = parseScenario(readFileSync(join(root, 'scenarios', file), 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.value;
}

describe('simulate through the Match', () => {
  for (const file of ['tutorial.yaml', 'alaska-2025.yaml']) {
    const sc = scenario(file);
    it(`${file}: the same final state as runGame, AI only and with each policy in a seat`, () => {
      const human = sc.parties[1]!.id;
      const cases = [
        { seed: 1, human: null, policy: 'ai' as const },
        ...POLICIES.map((policy, i) => ({ seed: 20 + i, human, policy })),
      ];
      for (const o of cases) {
        const match = simulateMatch(sc, o);
        const reference = runGame(sc, { seed: o.seed, policies: o.human ? { [o.human]: o.policy } : {} });
        expect(match.state().outcome, `${o.policy} seed ${o.seed}`).not.toBeNull();
        expect(match.hash(), `${o.policy} seed ${o.seed}`).toBe(stateHash(reference));
      }
    });
  }

  it('its replay verifies', () => {
    const sc = scenario('tutorial.yaml');
    const match = simulateMatch(sc, { seed: 5, human: sc.parties[0]!.id, policy: 'random' });
    expect(match.replay().actions.length).toBeGreaterThan(0);
    const v = verifyReplay(sc, match.replay());
    expect(v.ok && stateHash(v.value)).toBe(match.hash());
  });
});
