// The readable transcript `simulate` prints without --json: one line per log entry, grouped under phase headers,
// dialogue in quotes (marked when simulated), and the AI's reason in brief.
import type { CompiledScenario, GameState, LogEntry } from '../engine/index';

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
    lines.push(formatEntry(e));
  }
  return lines;
}

function formatEntry(e: LogEntry): string {
  const where = `[r${e.round} t${e.turn}]`;
  let text = `${where} ${e.text}`;
  if (e.line && !e.text.includes(e.line.text))
    text += `\n      “${e.line.text}”${e.line.simulated ? ' (simulated)' : e.line.source ? ` [${e.line.source}]` : ''}`;
  if (e.reason && e.kind === 'action') text += `\n      why: ${e.reason.summary}`;
  return text;
}
