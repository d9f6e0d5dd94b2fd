// The statechart guards, evaluated on the facts an event carries. The scenario names them with parameters
// ({ type, params }, as XState does). Rules revisions 1–3 (machines.ts): one XState guard, `check`, calls evalGuard
// on the whole tree. Rules revision 4 (chart.ts): every leaf type is its own XState guard calling evalLeaf, and
// XState composes them (all/any/not → and/or/not, inState → stateIn).
import { own } from './own';
import type { ChartContext, GaugeId, Guard, Package, PartyId, PhaseId } from './scenario';

/** What an event tells the receiving party. */
export interface Facts {
  from: PartyId | null; // who caused the event (null: the world or the clock)
  offerValue: number | null; // value of the offer (the event's, else the table's) to the receiver
  offer: Package | null;
  round: number; // within the phase, 1-based
  turn: number;
  phase: PhaseId;
  trust: Record<PartyId, number>; // the receiver's trust in each party
  gauges: Record<GaugeId, number>;
}

export function evalGuard(guard: Guard, facts: Facts): boolean {
  switch (guard.type) {
    case 'valueAtLeast':
      return facts.offerValue !== null && facts.offerValue >= guard.params.value;
    case 'offerIncludes':
      return facts.offer !== null && own(facts.offer, guard.params.issue) === guard.params.option;
    case 'roundAtLeast':
      return facts.round >= guard.params.round;
    case 'turnAtLeast':
      return facts.turn >= guard.params.turn;
    case 'trustAtLeast':
      return (own(facts.trust, guard.params.party) ?? 0) >= guard.params.value;
    case 'worldAtLeast':
      return (own(facts.gauges, guard.params.gauge) ?? 0) >= guard.params.value;
    case 'phaseIs':
      return facts.phase === guard.params.phase;
    case 'fromParty':
      return facts.from === guard.params.party;
    case 'all':
      return guard.params.of.every((g) => evalGuard(g, facts));
    case 'any':
      return guard.params.of.some((g) => evalGuard(g, facts));
    case 'not':
      return !evalGuard(guard.params.guard, facts);
    default:
      return false; // patienceAtMost, inState: a chart's context and value, which revisions 1–3 do not have
  }
}

/** A leaf guard (not all/any/not/inState) under rules revision 4: the facts, and the chart's context. */
export function evalLeaf(guard: Guard, facts: Facts, context: Pick<ChartContext, 'patience'>): boolean {
  return guard.type === 'patienceAtMost' ? context.patience <= guard.params.value : evalGuard(guard, facts);
}
