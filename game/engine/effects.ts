// What an action changed that the log does not otherwise show: trust between parties and no-deal values, moved by
// the rules (a threat costs the speaker 5 points of the target's trust, an assurance gains 3, a call 2 both ways)
// and by the statecharts that react to it (adjustTrust, moveReservation). Recorded on the action's log entry as
// data, so the transcript can answer every statement with what it did. The log's contents do not feed the play
// hash (only its length and its actions), so recording them changes no game.
import { current, isDraft } from 'immer';
import type { ByParty, PartyId } from './scenario';
import type { GameState } from './state';

export type ActionEffect =
  | { kind: 'trust'; from: PartyId; to: PartyId; before: number; after: number }
  | { kind: 'reservation'; party: PartyId; before: number; after: number };

export interface EffectSnapshot {
  trust: ByParty<ByParty<number>>;
  reservation: ByParty<number>;
}

/**
 * The figures as they stand, read off the draft without its proxies: reading every row of a draft through Immer's
 * traps (one child draft per row, a trap per key) cost more than the rest of the action. `current` gives the draft's
 * base itself when unmodified, else a plain copy; the keys come in the same order as the draft's.
 */
const plain = <T>(x: T): T => (isDraft(x) ? (current(x as never) as T) : x);

/** A plain copy of the figures an action may move. */
export function snapshotEffects(d: GameState): EffectSnapshot {
  const trust: ByParty<ByParty<number>> = {};
  const rows = plain(d.trust);
  for (const from of Object.keys(rows)) trust[from] = { ...rows[from] };
  return { trust, reservation: { ...plain(d.reservation) } };
}

/** Every figure that differs now from the snapshot, trust first (by party order of the rows), then no-deal values. */
export function effectsSince(before: EffectSnapshot, d: GameState): ActionEffect[] {
  const out: ActionEffect[] = [];
  const rows = plain(d.trust);
  for (const from of Object.keys(rows)) {
    const row = rows[from]!;
    for (const to of Object.keys(row)) {
      const after = row[to]!;
      const was = before.trust[from]?.[to] ?? after;
      if (was !== after) out.push({ kind: 'trust', from, to, before: was, after });
    }
  }
  const reservation = plain(d.reservation);
  for (const party of Object.keys(reservation)) {
    const after = reservation[party]!;
    const was = before.reservation[party] ?? after;
    if (was !== after) out.push({ kind: 'reservation', party, before: was, after });
  }
  return out;
}
