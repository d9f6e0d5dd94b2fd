// The end game (rules revision 4 on): in the last phase, as its last rounds come, the AI lowers what it asks for
// towards its no-deal value, so that a summit whose parties are still apart does not simply run out of time
// while a package every one of them prefers to no deal exists. The time left weighs on its target:
//   rounds left r (counting the current one) ≤ ENDGAME_ROUNDS:
//     target' = reservation + floor((target − reservation) × keep(r) / 100), keep(r) = ENDGAME_KEEP[r]
//   (the current round's share it keeps of what it asks above no deal), otherwise the target is unchanged.
// Earlier phases keep their targets: a deal of an earlier phase is only a step, and there is time after it. The
// result never falls below the best package every other consent party has backed this phase (ai.ts: outlook).
// And the last holdout (ai.ts: the one consent party yet to sign what every other backs in the last phase), which
// revision 3 made sign at once when the package beats no deal, may wait while more than ENDGAME_ROUNDS rounds are
// left: signing at once handed its surplus to the others (Camp David: Egypt played by the AI did barely better than
// one that accepts everything); it still takes the package when worth its target, and the end game lowers that.
import type { CompiledScenario } from './scenario';
import { type GameState, rulesOf } from './state';

/** Per rounds left (1: the last round), the percent of its ask above no deal the party keeps. */
export const ENDGAME_KEEP: Readonly<Record<number, number>> = {
  1: 50,
  2: 75,
};
export const ENDGAME_ROUNDS = 2;

/** The target after the end game's pressure (see the header). */
export function endgameTarget(sc: CompiledScenario, s: GameState, target: number, reservation: number): number {
  if (s.phase !== sc.phases.length - 1 || target <= reservation) return target;
  const left = sc.phases[s.phase]!.rounds - s.round + 1;
  const keep = ENDGAME_KEEP[left];
  if (keep === undefined) return target;
  return reservation + Math.floor(((target - reservation) * keep) / 100);
}

/** Rules revision 4: the last holdout may still wait (rather than sign what all the others back) while more than
 * ENDGAME_ROUNDS rounds of the last phase are left; before revision 4 it never waits. */
export function holdoutMayWait(sc: CompiledScenario, s: GameState): boolean {
  if (rulesOf(s) < 4) return false;
  return sc.phases[s.phase]!.rounds - s.round + 1 > ENDGAME_ROUNDS;
}

/** Whether the game is in its end game: the last phase, with at most ENDGAME_ROUNDS rounds left (this one counted). */
export function inEndgame(sc: CompiledScenario, s: GameState): boolean {
  return s.phase === sc.phases.length - 1 && sc.phases[s.phase]!.rounds - s.round + 1 <= ENDGAME_ROUNDS;
}
