// The statechart guards, evaluated on the facts an event carries. The scenario names them with parameters
// ({ type, params }, as XState does); the engine registers one XState guard, `check`, which calls evalGuard.
import { own } from './own';
import type { GaugeId, Guard, Package, PartyId, PhaseId } from './scenario';

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
      return false;
  }
}
