// The opponent model's resumed pass (opponent-model.ts: learntAt) is pure caching: over random games, policies,
// seeds and rules revisions, at every state — Immer's successive states, a game played in place on one mutable
// state (as runGame does), an older state asked again after the game moved on, and a branch from an earlier
// state — the models are exactly those of one fresh pass over the whole log.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigScenario } from './fixtures/big';
import { mini } from './fixtures/mini';
import { newGame, newGameMutable } from './newgame';
import { buildModels, buildModelsFresh, type OpponentModel, opponentModels } from './opponent-model';
import { choosePolicyAction, POLICIES, type Policy } from './policies';
import { applyAction, applyActionToDraft, speaker } from './rules';
import type { CompiledScenario, PartyId } from './scenario';
import type { GameState } from './state';

const scenarios: Record<string, CompiledScenario> = { mini, big: bigScenario() };

/** The party lists the AI asks about (each party's others, in scenario order) and two more orders. */
function partyLists(sc: CompiledScenario): PartyId[][] {
  const ids = sc.parties.map((p) => p.id);
  return [...ids.map((me) => ids.filter((p) => p !== me)), ids, [...ids].reverse()];
}

/** Checks the models at the state against a fresh pass; returns them (to check later that nothing changed them). */
function expectSame(sc: CompiledScenario, s: GameState): OpponentModel[][] {
  const issues = sc.issues.map((i) => i.id);
  const out: OpponentModel[][] = [];
  for (const parties of partyLists(sc)) {
    const observer = sc.parties.find((p) => !parties.includes(p.id)) ?? sc.parties[0];
    const fresh = buildModelsFresh(sc, s, parties, issues, observer);
    const models = buildModels(sc, s, parties, issues, observer);
    expect(models).toEqual(fresh);
    expect(opponentModels(sc, s, parties, issues, observer)).toEqual(fresh);
    expect(buildModels(sc, s, parties, issues.slice(1))).toEqual(buildModelsFresh(sc, s, parties, issues.slice(1)));
    out.push(models);
  }
  return out;
}

/** The models given out earlier are still those of their state (the pass went on learning after them). */
function expectUnchanged(sc: CompiledScenario, given: [GameState, OpponentModel[][]][]): void {
  const issues = sc.issues.map((i) => i.id);
  for (const [s, models] of given) {
    partyLists(sc).forEach((parties, k) => {
      const observer = sc.parties.find((p) => !parties.includes(p.id)) ?? sc.parties[0];
      expect(models[k]).toEqual(buildModelsFresh(sc, s, parties, issues, observer));
    });
  }
}

const game = fc.record({
  scenario: fc.constantFrom('mini', 'big'),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  rules: fc.constantFrom(3, 4),
  // Mostly AI seats: only they name red lines in their reasons.
  policies: fc.array(fc.constantFrom<Policy>('ai', 'ai', ...POLICIES), { minLength: 8, maxLength: 8 }),
  policySeed: fc.integer({ min: 0, max: 0xffffffff }),
});

const policyOf = (sc: CompiledScenario, policies: Policy[], p: PartyId): Policy =>
  policies[sc.parties.findIndex((q) => q.id === p) % policies.length]!;

describe('the opponent model resumed from an earlier turn', () => {
  it('equals a fresh pass at every state of Immer games, older states asked again and branches', () => {
    fc.assert(
      fc.property(game, ({ scenario, seed, rules, policies, policySeed }) => {
        const sc = scenarios[scenario]!;
        const seats = Object.fromEntries(
          sc.parties.map((p) => [p.id, policyOf(sc, policies, p.id) === 'ai' ? 'ai' : 'human'] as const),
        );
        let s = newGame(sc, { seed, seats, rules });
        const states = [s];
        const given: [GameState, OpponentModel[][]][] = [[s, expectSame(sc, s)]];
        let rng = policySeed;
        for (let i = 0; i < 400 && !s.outcome; i++) {
          const p = speaker(sc, s)!;
          const c = choosePolicyAction(policyOf(sc, policies, p), sc, s, p, rng);
          rng = c.rng;
          const r = applyAction(sc, s, c.action, { reason: c.reason });
          s = r.ok ? r.value : (applyAction(sc, s, { type: 'turn.pass', party: p }) as { value: GameState }).value;
          states.push(s);
          given.push([s, expectSame(sc, s)]);
          // An older state again (its pass was moved on to the newer log), and a branch from it.
          if (i % 7 === 3) {
            const old = states[Math.max(0, states.length - 6)]!;
            expectSame(sc, old);
            const q = speaker(sc, old);
            if (q !== null && !old.outcome) {
              const b = applyAction(sc, old, { type: 'turn.pass', party: q });
              if (b.ok) expectSame(sc, b.value);
            }
            expectSame(sc, s);
          }
        }
        expectUnchanged(sc, given);
      }),
      { numRuns: 12, seed: 20261203 },
    );
  });

  it('equals a fresh pass at every step of a game played in place on one mutable state (runGame)', () => {
    fc.assert(
      fc.property(game, ({ scenario, seed, rules, policies, policySeed }) => {
        const sc = scenarios[scenario]!;
        const seats = Object.fromEntries(
          sc.parties.map((p) => [p.id, policyOf(sc, policies, p.id) === 'ai' ? 'ai' : 'human'] as const),
        );
        const d = newGameMutable(sc, { seed, seats, rules });
        let rng = policySeed;
        for (let i = 0; i < 400 && !d.outcome; i++) {
          const p = speaker(sc, d)!;
          const c = choosePolicyAction(policyOf(sc, policies, p), sc, d, p, rng);
          rng = c.rng;
          if (applyActionToDraft(sc, d, c.action, { reason: c.reason })) {
            applyActionToDraft(sc, d, { type: 'turn.pass', party: p });
          }
          expectSame(sc, d);
        }
      }),
      { numRuns: 12, seed: 20261204 },
    );
  });
});
