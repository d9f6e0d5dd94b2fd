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

/** Immer's own key for a draft's state (a registered symbol, the same in every Immer since 6). */
const DRAFT_STATE = Symbol.for('immer-state');

/**
 * The figures as they stand, read off a draft without its proxies: reading every row of a draft through Immer's
 * traps (Object.entries: a trap per key, a child draft per row) cost more than the rest of the action, and even
 * current() copies through the traps. A draft's values are its copy once written, its base before (what Immer's
 * own get trap reads), in the same key order; should a later Immer keep them elsewhere, current() gives them.
 */
function plain<T>(x: T): T {
  if (!isDraft(x)) return x;
  const state = (x as Record<symbol, { copy_?: unknown; base_?: unknown } | undefined>)[DRAFT_STATE];
  const value = state?.copy_ ?? state?.base_;
  return value !== null && typeof value === 'object' ? (value as T) : (current(x as never) as T);
}

/** A plain copy of the figures an action may move. */
export function snapshotEffects(d: GameState): EffectSnapshot {
  const trust: ByParty<ByParty<number>> = {};
  const rows = plain(d.trust);
  for (const from of Object.keys(rows)) trust[from] = { ...plain(rows[from]) };
  return { trust, reservation: { ...plain(d.reservation) } };
}

/** Every figure that differs now from the snapshot, trust first (by party order of the rows), then no-deal values. */
export function effectsSince(before: EffectSnapshot, d: GameState): ActionEffect[] {
  const out: ActionEffect[] = [];
  const rows = plain(d.trust);
  for (const from of Object.keys(rows)) {
    const row = plain(rows[from]!);
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
