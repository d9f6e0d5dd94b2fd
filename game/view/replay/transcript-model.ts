// The replay's transcript up to a step, as plain data: every log entry with who said it, the line spoken with it
// (and whether it is a documented quote or simulated paraphrase), and, on AI decisions, the readable reason behind
// the "why?" disclosure. The live transcript appends as the game goes; the replay's moves both ways, so it is
// rebuilt from this list.
import type { CompiledScenario, LogEntry } from '../../session/live';
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
  return log.map((e, key) => {
    const party = sc.parties.find((p) => p.id === e.party) ?? null;
    return {
      key,
      turn: e.turn,
      kind: e.kind,
      party: party?.name ?? null,
      colour: party?.colour ?? null,
      // A spoken stance line is logged as `<name>: "<line>"`: the quote below says it, so the text would repeat it.
      text: e.line && e.kind === 'stance' && e.text === `${party?.name}: "${e.line.text}"` ? '' : e.text,
      line: e.line
        ? {
            speaker: party?.name ?? '',
            text: e.line.text,
            source: e.line.simulated ? 'Simulated paraphrase' : sourceLabel(sc, e.line.source),
          }
        : null,
      why: e.reason ? reasonView(sc, e.reason) : null,
    };
  });
}
