// Playing games forward: the AI seats' turns (playAiTurns) and whole games under policies (runGame, used by the
// CLI and the benchmarks). A game always ends: each action ends a turn and phases have a fixed number of rounds.

import { aiDecide } from './ai';
import { newGame, newGameMutable } from './newgame';
import { own } from './own';
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

/**
 * Plays a whole game and returns its final state (tournaments, benchmarks, `summit simulate`).
 *
 * Why not one produce per action, like applyAction: nobody ever sees the intermediate states of a headless game,
 * and running the rules' recipes through Immer's proxies costs about three times the rules themselves. So the
 * same recipes (applyActionToDraft, the very functions applyAction hands to produce) run here on a private deep
 * copy of the start state. (The final state is not deep-frozen: freezing its thousands of log objects would cost
 * as much again, and applyAction never mutates its input whether frozen or not.)
 * Tests hold that this gives exactly the state that one applyAction per action gives (runGameStepwise).
 */
export function runGame(sc: CompiledScenario, options: RunOptions): GameState {
  const policyOf = (id: string): Policy => own(options.policies, id) ?? 'ai';
  const seats: ByParty<Seat> = {};
  for (const p of sc.parties) seats[p.id] = own(options.seats, p.id) ?? (policyOf(p.id) === 'ai' ? 'ai' : 'human');
  let rng = seedState(options.policySeed ?? options.seed ^ 0x5bd1e995);
  // newGame's state as a private deep copy (built without Immer: nobody sees it before the game is over).
  const d: GameState = newGameMutable(sc, { seed: options.seed, seats });
  for (;;) {
    const p = speaker(sc, d);
    if (p === null) return d;
    const c = choosePolicyAction(policyOf(p), sc, d, p, rng);
    rng = c.rng;
    if (applyActionToDraft(sc, d, c.action, { reason: c.reason })) {
      applyActionToDraft(sc, d, { type: 'turn.pass', party: p });
    }
  }
}

/** The same game as runGame, one applyAction (one produce) per action: the reference runGame is tested against. */
export function runGameStepwise(sc: CompiledScenario, options: RunOptions): GameState {
  const policyOf = (id: string): Policy => own(options.policies, id) ?? 'ai';
  const seats: ByParty<Seat> = {};
  for (const p of sc.parties) seats[p.id] = own(options.seats, p.id) ?? (policyOf(p.id) === 'ai' ? 'ai' : 'human');
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
