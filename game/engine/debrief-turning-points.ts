// The turning points of a game, read from its log: the moments a student should look at again. Kept: stance changes
// (with the event that caused them, world events named by their headline), proposals (with every party's value of
// them), insist and concede statements, world events, deals, walk-outs and the end. Dialogue lines, passes, accepts,
// rejects, calls and questions are left out: they explain a moment but do not turn the game. A walk-out is listed
// by the game's 'end' entry, whoever caused it.
import { proposals } from './debrief-dance';
import type { CompiledScenario, PartyId, PhaseId } from './scenario';
import type { GameState, LogEntry } from './state';
import { packageValue } from './values';

export type TurningPointKind = 'stance' | 'offer' | 'insist' | 'concede' | 'world' | 'deal' | 'walkout' | 'end';

export interface TurningPoint {
  turn: number;
  phase: PhaseId;
  round: number;
  kind: TurningPointKind;
  party: PartyId | null;
  text: string; // one plain sentence
  /** Stance changes: the statechart states and what caused the change ("an offer", a world event's headline, ...). */
  stance?: { from: string; to: string; cause: string | null };
  /** Offers: every party's value of the proposal (completed with earlier deals and the status quo). */
  values?: Record<PartyId, number>;
}

const CAUSES: Record<string, string> = {
  'offer.received': 'an offer',
  'offer.rejected': 'a rejection of its offer',
  'offer.accepted': 'an acceptance of its offer',
  'threat.received': 'a threat',
  'assurance.received': 'an assurance',
  'call.received': 'a call',
  'round.elapsed': 'time running on',
  'phase.started': 'a new phase',
};

/** A statechart event in words: world events by their headline. */
export function describeCause(sc: CompiledScenario, cause: string | null): string | null {
  if (cause === null) return null;
  if (cause.startsWith('world.')) {
    const ev = sc.events.find((e) => e.id === cause.slice('world.'.length));
    return ev ? `the news: ${ev.headline}` : cause;
  }
  return CAUSES[cause] ?? cause;
}

// The engine logs a stance change as "<name> shifts from <before> to <after> (<mood>), after <cause>." (reactions.ts)
// and a spoken line with the same kind but a `line`; the states are statechart ids, so they hold no spaces.
const SHIFT = / shifts from (\S+) to (\S+) \(([^)]*)\), after (.*)\.$/;

function stanceShift(e: LogEntry): TurningPoint['stance'] | null {
  if (e.line !== null || e.party === null) return null;
  const m = SHIFT.exec(e.text);
  if (!m) return null;
  return { from: m[1], to: m[2], cause: m[4] === 'null' ? null : m[4] };
}

export function turningPoints(sc: CompiledScenario, s: GameState): TurningPoint[] {
  const offers = proposals(s);
  let nextOffer = 0;
  const out: TurningPoint[] = [];
  const at = (e: LogEntry) => ({ turn: e.turn, phase: e.phase, round: e.round, party: e.party });
  const name = (id: PartyId | null) => sc.parties.find((p) => p.id === id)?.name ?? id ?? '';
  for (const e of s.log) {
    if (e.kind === 'stance') {
      const st = stanceShift(e);
      if (!st) continue;
      const mood = sc.parties.find((p) => p.id === e.party)?.ai.states[st.to]?.mood ?? '';
      const cause = describeCause(sc, st.cause);
      out.push({
        ...at(e),
        kind: 'stance',
        text: `${name(e.party)} moves from ${st.from} to ${st.to} (${mood})${cause ? ` after ${cause}` : ''}.`,
        stance: { ...st, cause },
      });
    } else if (e.kind === 'world' || e.kind === 'deal') {
      out.push({ ...at(e), kind: e.kind, text: e.text });
    } else if (e.kind === 'end') {
      // A walk-out (by a human's action or an AI's statechart) always ends the game here, so it is listed once.
      out.push({ ...at(e), kind: s.outcome?.kind === 'walkout' ? 'walkout' : 'end', text: e.text });
    } else if (e.kind === 'action' && e.action) {
      const t = e.action.type;
      if (t === 'offer.propose') {
        const p = offers[nextOffer++];
        const values: Record<PartyId, number> = {};
        for (const party of sc.parties) values[party.id] = packageValue(sc, party, p.package, p.commitments);
        out.push({ ...at(e), kind: 'offer', text: e.text, values });
      } else if (t === 'statement.insist' || t === 'statement.concede') {
        out.push({ ...at(e), kind: t === 'statement.insist' ? 'insist' : 'concede', text: e.text });
      }
    }
  }
  return out;
}
