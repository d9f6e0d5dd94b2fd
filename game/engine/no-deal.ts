// One meaning of "no deal" (rules revision 3 on): a party's no-deal value IS its reservation value, as events and
// stances have moved it, plus whatever the deals of earlier phases that stand moved it from the status quo:
//   noDeal(p) = reservation(p) + value(p, commitments) − value(p, status quo)
// With no earlier deal that is the reservation itself. The outcome of a game that ends without a final deal scores
// each party at this value (outcome.ts), and the AI takes a package only when it is worth strictly more (the same
// comparison as the ZOPA and the Nash point in analytics.ts: "strictly prefers to no deal").
// Revisions 1–2 scored no deal at the status-quo package and compared offers with the bare reservation; replays
// of those games keep doing so.
import { lookup } from './lookup';
import type { CompiledScenario, PartyId } from './scenario';
import { type GameState, rulesOf } from './state';
import { packageValue } from './values';

/** What the party gets if no (further) deal is struck, under the game's rules revision. */
export function noDealValue(sc: CompiledScenario, s: GameState, party: PartyId): number {
  const reservation = s.reservation[party] ?? lookup(sc).party.get(party)?.reservation ?? 0;
  if (rulesOf(s) < 3) return reservation;
  const p = lookup(sc).party.get(party)!;
  return reservation + packageValue(sc, p, {}, s.commitments) - packageValue(sc, p, {}, {});
}

/** Whether a package's value beats no deal: strictly, as in the ZOPA (revision 3 on); at least (revisions 1–2). */
export function beatsNoDeal(s: GameState, value: number, noDeal: number): boolean {
  return rulesOf(s) >= 3 ? value > noDeal : value >= noDeal;
}
