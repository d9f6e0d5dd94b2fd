// runGame plays a whole game in one produce; it must give exactly the state that one applyAction per action gives.
import { describe, expect, it } from 'vitest';
import { bigScenario } from './fixtures/big';
import { mini } from './fixtures/mini';
import { stateHash } from './hash';
import { runGame, runGameStepwise } from './play';
import { POLICIES } from './policies';

describe('runGame', () => {
  for (const [name, sc] of [
    ['mini', mini],
    ['big', bigScenario()],
  ] as const) {
    it(`equals the one-produce-per-action game on ${name}`, () => {
      for (const seed of [1, 2, 3, 42]) {
        for (const policy of POLICIES) {
          const options = { seed, policies: { [sc.parties[1].id]: policy } };
          expect(stateHash(runGame(sc, options)), `${policy} seed ${seed}`).toBe(
            stateHash(runGameStepwise(sc, options)),
          );
        }
      }
    });
  }
  it('leaves the state it started from untouched', () => {
    const s = runGame(mini, { seed: 1 });
    const again = runGame(mini, { seed: 1 });
    expect(stateHash(again)).toBe(stateHash(s));
    expect(s.turn).toBeGreaterThan(0);
  });
});
