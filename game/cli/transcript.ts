// The readable transcript `simulate` prints without --json: one line per log entry (rendered by the engine's
// logSentence), grouped under phase headers, dialogue in quotes (marked when simulated), and the AI's reason in brief.
import {
  type CompiledScenario,
  effectsSentence,
  type GameState,
  type LogEntry,
  logSentence,
  spokenLine,
} from '../engine/index';

export function formatTranscript(sc: CompiledScenario, s: GameState): string[] {
  const lines: string[] = [];
  let header = '';
  for (const e of s.log) {
    const phase = sc.phases.find((p) => p.id === e.phase);
    const h = `${phase?.name ?? e.phase} — ${phase?.date ?? ''}, ${phase?.place ?? ''}`;
    if (h !== header) {
      header = h;
      lines.push('', `== ${h} ==`);
    }
    lines.push(formatEntry(sc, e));
  }
  return lines;
}

function formatEntry(sc: CompiledScenario, e: LogEntry): string {
  let text = `[r${e.round} t${e.turn}] ${logSentence(sc, e)}`;
  // A spoken line ('said') is its own sentence; a line spoken with an action goes below it.
  const line = e.kind === 'action' ? spokenLine(sc, e) : null;
  if (line) text += `\n      “${line.text}”${line.simulated ? ' (simulated)' : line.source ? ` [${line.source}]` : ''}`;
  const effects = e.kind === 'action' ? effectsSentence(sc, e) : null;
  if (effects) text += `\n      ${effects}`;
  // A question shows the reason behind the answer (the party asked), as the transcript panel does.
  const why = e.kind === 'action' ? (e.answer?.reason ?? e.reason) : null;
  if (why) text += `\n      why: ${why.summary}`;
  return text;
}
