// Property tests: determinism, immutability, bounds, consent, and termination under random legal play.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigScenario } from './fixtures/big';
import { mini } from './fixtures/mini';
import { stateHash } from './hash';
import { entryParty } from './log-sentences';
import { lookup } from './lookup';
import { newGame } from './newgame';
import { runGame } from './play';
import { choosePolicyAction, type Policy } from './policies';
import { applyAction, speaker } from './rules';
import type { CompiledScenario } from './scenario';
import type { GameState } from './state';

/** Plays a whole game with every seat on the given policy, checking each action is legal; returns every state. */
function playAll(sc: CompiledScenario, seed: number, policy: Policy, policySeed: number): GameState[] {
  const seats = Object.fromEntries(sc.parties.map((p) => [p.id, policy === 'ai' ? 'ai' : 'human'] as const));
  let s = newGame(sc, { seed, seats });
  const states = [s];
  let rng = policySeed;
  for (let i = 0; i < 10_000 && !s.outcome; i++) {
    const c = choosePolicyAction(policy, sc, s, speaker(sc, s)!, rng);
    rng = c.rng;
    const r = applyAction(sc, s, c.action);
    if (!r.ok) throw new Error(`illegal ${c.action.type} by ${c.action.party}: ${r.error.message}`);
    s = r.value;
    states.push(s);
  }
  return states;
}

const within = (n: number) => n >= 0 && n <= 100;
const scenarios: [string, CompiledScenario][] = [
  ['mini', mini],
  ['big', bigScenario()],
];

describe.each(scenarios)('properties on %s', (_name, sc) => {
  it('same seed and same actions give the same hash', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (seed, ps) => {
        const a = playAll(sc, seed, 'random', ps);
        const b = playAll(sc, seed, 'random', ps);
        expect(a.length).toBe(b.length);
        expect(stateHash(a.at(-1))).toBe(stateHash(b.at(-1)));
      }),
      { numRuns: 20 },
    );
  });

  it('random legal play never throws and always ends; bounds and consent hold', () => {
    const policies: Policy[] = ['random', 'ai', 'pushover', 'hardliner'];
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.constantFrom(...policies), (seed, ps, policy) => {
        const states = playAll(sc, seed, policy, ps);
        const end = states.at(-1)!;
        expect(end.outcome).not.toBeNull();
        for (const s of states) {
          for (const row of Object.values(s.trust)) for (const v of Object.values(row)) expect(within(v)).toBe(true);
          for (const v of Object.values(s.gauges)) expect(within(v)).toBe(true);
          for (const v of Object.values(s.control)) expect(within(v)).toBe(true);
          for (const v of Object.values(s.reservation)) expect(within(v)).toBe(true);
        }
        for (const v of Object.values(end.outcome!.values)) expect(within(v)).toBe(true);
        // Every deal had the consent of every party its agenda needs: the acceptances on the table before it.
        for (let i = 1; i < states.length; i++) {
          const before = states[i - 1]!;
          const after = states[i]!;
          if (after.agreements.length > before.agreements.length) {
            const need = lookup(sc).consent[before.phase]!;
            const accepted = [
              ...(before.table?.acceptedBy ?? []),
              entryParty(after.log.find((e) => e.kind === 'action' && e.turn === before.turn)!),
            ];
            for (const p of need) expect(accepted).toContain(p);
          }
        }
        if (end.outcome!.kind === 'agreement') {
          const last = end.agreements.at(-1)!;
          const covered = sc.issues.every((iss) => end.commitments[iss.id] !== undefined);
          expect(last.phase === sc.phases.at(-1)!.id || covered).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('applying an action never mutates the previous state', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (seed, ps) => {
        let s = newGame(sc, { seed, seats: Object.fromEntries(sc.parties.map((p) => [p.id, 'ai'] as const)) });
        let rng = ps;
        while (!s.outcome) {
          const before = JSON.stringify(s);
          const c = choosePolicyAction('random', sc, s, speaker(sc, s)!, rng);
          rng = c.rng;
          const r = applyAction(sc, s, c.action);
          expect(r.ok).toBe(true);
          expect(JSON.stringify(s)).toBe(before);
          expect(Object.isFrozen(s) && Object.isFrozen(s.log)).toBe(true);
          if (r.ok) s = r.value;
        }
      }),
      { numRuns: 10 },
    );
  });

  it('runGame is a pure function of scenario, seed and policies', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(stateHash(runGame(sc, { seed }))).toBe(stateHash(runGame(sc, { seed })));
      }),
      { numRuns: 10 },
    );
  });
});
