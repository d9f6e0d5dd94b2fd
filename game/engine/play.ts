// Playing games forward: the AI seats' turns (playAiTurns) and whole games under policies (runGame, used by the
// CLI and the benchmarks). A game always ends: each action ends a turn and phases have a fixed number of rounds.

import { Immer } from 'immer';
import { aiDecide } from './ai';
import { newGame } from './newgame';
import { choosePolicyAction, type Policy } from './policies';
import { seedState } from './prng';
import { applyAction, applyActionToDraft, speaker } from './rules';
import type { ByParty, CompiledScenario } from './scenario';
import type { GameState, Seat } from './state';

/** Applies AI decisions while the speaker's seat is 'ai' and the game is not over. */
export function playAiTurns(sc: CompiledScenario, s0: GameState): GameState {
  let s = s0;
  for (;;) {
    const p = speaker(sc, s);
    if (p === null || s.seats[p] !== 'ai') return s;
    const d = aiDecide(sc, s, p);
    const r = applyAction(sc, s, d.action, { reason: d.reason });
    // An AI decision is legal by construction; should one ever not be, the party passes rather than stall.
    s = r.ok ? r.value : (applyAction(sc, s, { type: 'turn.pass', party: p }) as { ok: true; value: GameState }).value;
  }
}

export interface RunOptions {
  seed: number;
  /** Policy per party; parties not listed play 'ai'. A party with a policy other than 'ai' sits in a 'human' seat. */
  policies?: Partial<ByParty<Policy>>;
  /** Overrides the seats derived from the policies. */
  seats?: Partial<ByParty<Seat>>;
  /** Seed of the policies' own PRNG (default: derived from seed). */
  policySeed?: number;
}

// Whole games skip Immer's deep freeze of the final state: nothing else holds it while it is built, the
// tournament only reads its outcome, and freezing thousands of log objects is a fifth of a game's cost.
const batchImmer = new Immer({ autoFreeze: false });

/**
 * Plays a whole game and returns its final state. The game runs inside one Immer produce (the intermediate
 * states are not kept), which gives the same final state as applying each action with applyAction — a test holds
 * this — at a fraction of the cost: tournaments and benchmarks play thousands of games.
 */
export function runGame(sc: CompiledScenario, options: RunOptions): GameState {
  const policyOf = (id: string): Policy => options.policies?.[id] ?? 'ai';
  const seats: ByParty<Seat> = {};
  for (const p of sc.parties) seats[p.id] = options.seats?.[p.id] ?? (policyOf(p.id) === 'ai' ? 'ai' : 'human');
  let rng = seedState(options.policySeed ?? options.seed ^ 0x5bd1e995);
  return batchImmer.produce(newGame(sc, { seed: options.seed, seats }), (d) => {
    for (;;) {
      const p = speaker(sc, d);
      if (p === null) return;
      const c = choosePolicyAction(policyOf(p), sc, d, p, rng);
      rng = c.rng;
      if (applyActionToDraft(sc, d, c.action, { reason: c.reason })) {
        applyActionToDraft(sc, d, { type: 'turn.pass', party: p });
      }
    }
  });
}

/** The same game as runGame, one applyAction (one produce) per action: the reference runGame is tested against. */
export function runGameStepwise(sc: CompiledScenario, options: RunOptions): GameState {
  const policyOf = (id: string): Policy => options.policies?.[id] ?? 'ai';
  const seats: ByParty<Seat> = {};
  for (const p of sc.parties) seats[p.id] = options.seats?.[p.id] ?? (policyOf(p.id) === 'ai' ? 'ai' : 'human');
  let s = newGame(sc, { seed: options.seed, seats });
  let rng = seedState(options.policySeed ?? options.seed ^ 0x5bd1e995);
  for (;;) {
    const p = speaker(sc, s);
    if (p === null) return s;
    const c = choosePolicyAction(policyOf(p), sc, s, p, rng);
    rng = c.rng;
    const r = applyAction(sc, s, c.action, { reason: c.reason });
    s = r.ok ? r.value : (applyAction(sc, s, { type: 'turn.pass', party: p }) as { ok: true; value: GameState }).value;
  }
}
