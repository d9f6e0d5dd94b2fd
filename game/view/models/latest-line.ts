// The line pinned under the transcript ("Latest: …"): the newest log entry, written as the transcript writes it, so
// that one thing is never shown two ways. A spoken line ('said') is the transcript's quote, in the same words and the
// same form (the speaker, the words in curly quotes, set as a quote), not the plain sentence `Name: "…"` beside the
// italic quote above it; any other entry is its sentence (a question without its answer, which the list shows).
import type { CompiledScenario, LogEntry } from '../../session/live';
import { entryParty, logSentence } from '../../session/live';

export interface LatestLine {
  text: string;
  /** The text is a spoken line: shown as the transcript shows quotes. */
  quote: boolean;
}

export function latestLine(sc: CompiledScenario, log: readonly LogEntry[]): LatestLine {
  const last = log[log.length - 1];
  if (!last) return { text: 'Nothing said yet.', quote: false };
  if (last.kind === 'said') {
    const speaker = sc.parties.find((p) => p.id === entryParty(last))?.name ?? last.party;
    return { text: `${speaker}: “${last.line.text}”`, quote: true };
  }
  return { text: logSentence(sc, last, { answer: false }), quote: false };
}
