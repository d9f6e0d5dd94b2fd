// The replay's transcript up to a step, as plain data: every log entry's sentence (rendered from the entry by the
// session's logSentence) with who said it, the line spoken with it (and whether it is a documented quote or
// simulated paraphrase), and, on AI decisions and answers, the readable reason behind the "why?" disclosure. The live transcript appends as the game goes; the replay's moves both ways, so it is
// rebuilt from this list.
import {
  type CompiledScenario,
  effectsSentence,
  entryParty,
  type LogEntry,
  logSentence,
  spokenLine,
} from '../../session/live';
import { type ReasonView, reasonView } from '../models/reason-view';

export interface TranscriptItem {
  key: number; // index in the log: stable while stepping
  turn: number;
  kind: LogEntry['kind'];
  party: string | null;
  colour: string | null;
  text: string;
  line: { speaker: string; text: string; source: string } | null;
  why: ReasonView | null;
}

function sourceLabel(sc: CompiledScenario, id: string | undefined): string {
  const src = sc.sources.find((s) => s.id === id);
  if (!src) return 'Documented position';
  return `Source: ${[src.title, src.publisher, src.date].filter(Boolean).join(', ')}`;
}

export function transcript(sc: CompiledScenario, log: readonly LogEntry[]): TranscriptItem[] {
  const partyOf = (id: string | null) => sc.parties.find((p) => p.id === id) ?? null;
  return log.map((e, key) => {
    const party = partyOf(entryParty(e));
    const line = spokenLine(sc, e);
    // A question's line is spoken by the party asked.
    const speaker = e.kind === 'action' && e.action.type === 'ask.whatWouldItTake' ? partyOf(e.action.target) : party;
    const why = e.kind === 'action' ? (e.answer?.reason ?? e.reason) : null;
    return {
      key,
      turn: e.turn,
      kind: e.kind,
      party: party?.name ?? null,
      colour: party?.colour ?? null,
      // A spoken stance line is the quote below alone: a sentence would repeat it.
      // A statement's sentence is followed by what it changed (every action gets an answer).
      text:
        e.kind === 'said'
          ? ''
          : [logSentence(sc, e), e.kind === 'action' ? effectsSentence(sc, e) : null].filter(Boolean).join(' '),
      line: line
        ? {
            speaker: speaker?.name ?? '',
            text: line.text,
            source: line.simulated ? 'Simulated paraphrase' : sourceLabel(sc, line.source),
          }
        : null,
      why: why ? reasonView(sc, why, e.phase, speaker?.id ?? null) : null,
    };
  });
}
