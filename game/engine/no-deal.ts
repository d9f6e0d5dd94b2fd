// One meaning of "no deal" (rules revision 3 on): a party's no-deal value IS its reservation value, as events and
// stances have moved it. A game that ends without its final agreement (time out, walk-out) scores every party at
// that value, whatever deals of earlier phases said: they were steps towards the final agreement and are shown in
// the outcome's package, but the summit failed (outcome.ts). The AI takes a package only when it is worth strictly
// more than that value: the same comparison as the ZOPA and the Nash point in analytics.ts ("strictly prefers to
// no deal") and lint's never-accepts rule.
// Revisions 1–2 scored no deal at the package of the commitments and status quo, and the AI took a package worth
// at least its reservation; replays of those games keep doing so.
import { own } from './own';
import type { CompiledScenario, PartyId } from './scenario';
import type { GameState } from './state';
import { rulesOf } from './state';

/** What the party gets if no final deal is struck. */
export function noDealValue(sc: CompiledScenario, s: GameState, party: PartyId): number {
  return own(s.reservation, party) ?? sc.parties.find((p) => p.id === party)?.reservation ?? 0;
}

/** Whether a package's value beats no deal: strictly, as in the ZOPA (revision 3 on); at least (revisions 1–2). */
export function beatsNoDeal(s: GameState, value: number, noDeal: number): boolean {
  return rulesOf(s) >= 3 ? value > noDeal : value >= noDeal;
}
