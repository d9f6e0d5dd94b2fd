// The events of one applied action, read from the states before and after it (never from the log's wording, which
// may change freely): the turn itself, stances that moved, an offer put on the table, a deal, a new phase, the end.
import type { Action, CompiledScenario, GameState, Seat } from '../../engine/index';
import type { MatchEvent } from './types';

export function eventsOfTurn(
  sc: CompiledScenario,
  before: GameState,
  after: GameState,
  action: Action | null, // null: the chair's intervention, no turn (chair.ts)
  by: Seat,
): MatchEvent[] {
  const out: MatchEvent[] = action ? [{ type: 'turn', turn: before.turn, party: action.party, action, by }] : [];
  for (const p of sc.parties) {
    const was = before.ai[p.id];
    const now = after.ai[p.id];
    if (was && now && was.value !== now.value) {
      out.push({ type: 'stance', party: p.id, from: was.value, to: now.value, cause: now.cause });
    }
  }
  if (action?.type === 'offer.propose' && after.table !== null && after.table.proposer === action.party) {
    out.push({ type: 'offer', party: action.party, package: after.table.package });
  }
  for (const deal of after.agreements.slice(before.agreements.length)) {
    out.push({ type: 'deal', phase: deal.phase, package: deal.package });
  }
  if (after.phase !== before.phase && after.outcome === null) {
    out.push({ type: 'phase', phase: sc.phases[after.phase]!.id, index: after.phase });
  }
  if (after.outcome !== null && before.outcome === null) out.push({ type: 'end', outcome: after.outcome });
  return out;
}
