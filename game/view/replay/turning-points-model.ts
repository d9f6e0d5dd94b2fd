// The replay's turning points, each tied to the step where it can be seen: stance changes, world events, accepted
// offers, deals and the end — chosen by the log entries' kinds, their sentences rendered by the session's
// logSentence. Read from the final step's log (every step's log is a prefix of it), so a point's step is the first
// one whose log already holds its entry — exact even for world events, which the log files under the turn they
// precede.

import type { PlaybackStep } from '../../session/live';
import { type CompiledScenario, type LogEntry, logSentence } from '../../session/live';

export type ReplayPointKind = 'stance' | 'world' | 'accept' | 'deal' | 'end';

export interface ReplayPoint {
  step: number; // index into the steps
  turn: number;
  kind: ReplayPointKind;
  label: string; // "Stance", "World event", …: shown before the text
  text: string;
}

const LABELS: Record<ReplayPointKind, string> = {
  stance: 'Stance',
  world: 'World event',
  accept: 'Accepted',
  deal: 'Deal',
  end: 'End',
};

function pointOf(sc: CompiledScenario, e: LogEntry): { kind: ReplayPointKind; text: string } | null {
  switch (e.kind) {
    case 'stance':
    case 'world':
    case 'deal':
    case 'end':
      return { kind: e.kind, text: logSentence(sc, e) };
    case 'action':
      return e.action.type === 'offer.accept' ? { kind: 'accept', text: logSentence(sc, e) } : null;
    default:
      return null;
  }
}

export function turningPoints(sc: CompiledScenario, steps: readonly PlaybackStep[]): ReplayPoint[] {
  const last = steps[steps.length - 1];
  if (!last) return [];
  const out: ReplayPoint[] = [];
  let step = 0;
  last.state.log.forEach((e, i) => {
    const point = pointOf(sc, e);
    if (point === null) return;
    while (step < steps.length - 1 && steps[step]!.state.log.length <= i) step++;
    out.push({ step, turn: steps[step]!.turn, kind: point.kind, label: LABELS[point.kind], text: point.text });
  });
  return out;
}

/** The turning point at or before a step, for marking where the viewer is in the list; -1 before the first. */
export function currentPoint(points: readonly ReplayPoint[], step: number): number {
  let at = -1;
  for (let i = 0; i < points.length && points[i]!.step <= step; i++) at = i;
  return at;
}
