// The turning points of a game, read from its log entries (data; each point's sentence is rendered by
// log-sentences.ts): the moments a student should look at again. Kept: stance changes (with the event that caused
// them, world events named by their headline), proposals (with every party's value of them), insist and concede
// statements, world events, deals, walk-outs and the end. Dialogue lines, passes, accepts, rejects, calls and
// questions are left out: they explain a moment but do not turn the game. A walk-out is listed by the game's 'end'
// entry, whoever caused it.
import { proposals } from './debrief-dance';
import { causeWords, entryParty, logSentence } from './log-sentences';
import type { CompiledScenario, PartyId, PhaseId } from './scenario';
import type { GameState, LogEntry } from './state';
import { packageValue } from './values';

export type TurningPointKind = 'stance' | 'offer' | 'insist' | 'concede' | 'world' | 'deal' | 'walkout' | 'end';

export interface TurningPoint {
  turn: number;
  /**
   * The turn number people see for it (the debrief, the end screen, the replay viewer): the number of actions taken
   * up to and including it, so a deal struck by the 48th action is "turn 48", as "Agreement after 48 turns" says.
   */
  shownAt: number;
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

export function turningPoints(sc: CompiledScenario, s: GameState): TurningPoint[] {
  const offers = proposals(s);
  let nextOffer = 0;
  const out: TurningPoint[] = [];
  let actions = 0;
  const at = (e: LogEntry) => ({
    turn: e.turn,
    shownAt: actions,
    phase: e.phase,
    round: e.round,
    party: entryParty(e),
  });
  for (const e of s.log) {
    if (e.kind === 'action') actions++;
    const text = logSentence(sc, e);
    if (e.kind === 'stance') {
      const cause = causeWords(sc, e.cause, e.party, e.phase);
      out.push({ ...at(e), kind: 'stance', text, stance: { from: e.from, to: e.to, cause } });
    } else if (e.kind === 'world' || e.kind === 'deal') {
      out.push({ ...at(e), kind: e.kind, text });
    } else if (e.kind === 'end') {
      // A walk-out (by a human's action or an AI's statechart) always ends the game here, so it is listed once.
      out.push({ ...at(e), kind: e.outcome === 'walkout' ? 'walkout' : 'end', text });
    } else if (e.kind === 'action') {
      const t = e.action.type;
      if (t === 'offer.propose') {
        const p = offers[nextOffer++];
        const values: Record<PartyId, number> = {};
        for (const party of sc.parties) values[party.id] = packageValue(sc, party, p.package, p.commitments);
        out.push({ ...at(e), kind: 'offer', text, values });
      } else if (t === 'statement.insist' || t === 'statement.concede') {
        out.push({ ...at(e), kind: t === 'statement.insist' ? 'insist' : 'concede', text });
      }
    }
  }
  return out;
}
