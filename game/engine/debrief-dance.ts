// The negotiation "dance" of two parties: every proposal of the game placed in the plane of their two values, with
// the Pareto frontier of that plane, the Nash point projected onto it and both reservation lines. A proposal covers
// only its phase's agenda, so it is valued as it would have stood had it been accepted: completed with the deals
// struck before it (replayed from the log's 'deal' entries, in order) and then with each issue's status quo.
import { frontier2d } from './analytics';
import type { CompiledScenario, Package, PartyId, PhaseId } from './scenario';
import type { GameState } from './state';
import { packageValue } from './values';

export interface DanceOffer {
  turn: number;
  phase: PhaseId;
  round: number;
  proposer: PartyId;
  package: Package; // as proposed (the phase's agenda only)
  a: number; // party a's value of it, 0–100
  b: number;
}

export interface Dance {
  a: PartyId;
  b: PartyId;
  offers: DanceOffer[]; // every proposal of the game, by any party, in turn order
  frontier: { a: number; b: number }[]; // sorted by a ascending
  nash: { a: number; b: number } | null; // the all-party Nash point, projected
  reservation: { a: number; b: number }; // the reservation lines at the end of the game
  outcome: { a: number; b: number };
}

/** Each proposal of the log with the commitments that stood when it was made. */
export function proposals(
  s: GameState,
): { turn: number; phase: PhaseId; round: number; proposer: PartyId; package: Package; commitments: Package }[] {
  const out = [];
  const commitments: Package = {};
  let deals = 0;
  for (const e of s.log) {
    if (e.kind === 'deal') {
      Object.assign(commitments, s.agreements[deals]?.package ?? {});
      deals++;
    } else if (e.kind === 'action' && e.action?.type === 'offer.propose') {
      out.push({
        turn: e.turn,
        phase: e.phase,
        round: e.round,
        proposer: e.action.party,
        package: { ...e.action.package },
        commitments: { ...commitments },
      });
    }
  }
  return out;
}

export function dance(
  sc: CompiledScenario,
  s: GameState,
  a: PartyId,
  b: PartyId,
  figures: {
    nash: Record<PartyId, number> | null;
    reservations: Record<PartyId, number>;
    outcome: Record<PartyId, number>;
  },
): Dance {
  const offers = proposals(s).map((p) => ({
    turn: p.turn,
    phase: p.phase,
    round: p.round,
    proposer: p.proposer,
    package: p.package,
    a: packageValue(sc, a, p.package, p.commitments),
    b: packageValue(sc, b, p.package, p.commitments),
  }));
  return {
    a,
    b,
    offers,
    frontier: frontier2d(sc, a, b),
    nash: figures.nash ? { a: figures.nash[a], b: figures.nash[b] } : null,
    reservation: { a: figures.reservations[a], b: figures.reservations[b] },
    outcome: { a: figures.outcome[a], b: figures.outcome[b] },
  };
}
