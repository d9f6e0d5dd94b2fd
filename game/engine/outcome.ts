// The end of the game and its outcome. The outcome package is every issue at its status quo, overridden by the
// commitments (the deals struck stand even when a later phase fails); values and reservations are each party's at
// the end. The kind is 'agreement' only when the last phase's deal (or a deal covering every issue) ended the game.
// Values: the package's value for an agreement. Without a final deal (no deal, walk-out, unfinished): from rules
// revision 3 each party's no-deal value (no-deal.ts: its reservation);
// before, the package's value (the status quo where nothing was agreed), which replays of those games keep.

import { pushLog } from './log';
import { noDealValue } from './no-deal';
import type { CompiledScenario, PartyId } from './scenario';
import { type GameState, type Outcome, type OutcomeKind, rulesOf } from './state';
import { completePackage, packageValue } from './values';

export function computeOutcome(sc: CompiledScenario, s: GameState, kind: OutcomeKind, by: PartyId | null): Outcome {
  const pkg = completePackage(sc, {}, s.commitments);
  const values: Record<PartyId, number> = {};
  const reservations: Record<PartyId, number> = {};
  for (const p of sc.parties) {
    values[p.id] = kind !== 'agreement' && rulesOf(s) >= 3 ? noDealValue(sc, s, p.id) : packageValue(sc, p, pkg, {});
    reservations[p.id] = s.reservation[p.id] ?? p.reservation;
  }
  return { kind, package: pkg, values, reservations, by };
}

/** Ends the game on the draft: sets the outcome and logs the 'end' entry. A second call changes nothing. */
export function endGame(sc: CompiledScenario, d: GameState, kind: OutcomeKind, by: PartyId | null): void {
  if (d.outcome) return;
  if (kind === 'walkout' && by !== null && !d.walkedOut.includes(by)) d.walkedOut.push(by);
  d.outcome = computeOutcome(sc, d, kind, by);
  pushLog(sc, d, { kind: 'end', outcome: kind, party: by });
}
