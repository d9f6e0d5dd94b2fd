// What an action changed that the log does not otherwise show: trust between parties and no-deal values, moved by
// the rules (a threat costs the speaker 5 points of the target's trust, an assurance gains 3, a call 2 both ways)
// and by the statecharts that react to it (adjustTrust, moveReservation). Recorded on the action's log entry as
// data, so the transcript can answer every statement with what it did. The log's contents do not feed the play
// hash (only its length and its actions), so recording them changes no game.
import type { ByParty, PartyId } from './scenario';
import type { GameState } from './state';

export type ActionEffect =
  | { kind: 'trust'; from: PartyId; to: PartyId; before: number; after: number }
  | { kind: 'reservation'; party: PartyId; before: number; after: number };

export interface EffectSnapshot {
  trust: ByParty<ByParty<number>>;
  reservation: ByParty<number>;
}

/** A plain copy of the figures an action may move. */
export function snapshotEffects(d: GameState): EffectSnapshot {
  const trust: ByParty<ByParty<number>> = {};
  for (const [from, row] of Object.entries(d.trust)) trust[from] = { ...row };
  return { trust, reservation: { ...d.reservation } };
}

/** Every figure that differs now from the snapshot, trust first (by party order of the rows), then no-deal values. */
export function effectsSince(before: EffectSnapshot, d: GameState): ActionEffect[] {
  const out: ActionEffect[] = [];
  for (const [from, row] of Object.entries(d.trust)) {
    for (const [to, after] of Object.entries(row)) {
      const was = before.trust[from]?.[to] ?? after;
      if (was !== after) out.push({ kind: 'trust', from, to, before: was, after });
    }
  }
  for (const [party, after] of Object.entries(d.reservation)) {
    const was = before.reservation[party] ?? after;
    if (was !== after) out.push({ kind: 'reservation', party, before: was, after });
  }
  return out;
}
