// The replay's turning points, each tied to the step where it can be seen: stance changes, world events, accepted
// offers, deals and the end. Read from the final step's log (every step's log is a prefix of it), so a point's
// step is the first one whose log already holds its entry — exact even for world events, which the log files
// under the turn they precede.
import type { CompiledScenario, LogEntry } from '../../session/live';
import type { PlaybackStep } from '../../session/replay-open';

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

// The engine logs a stance change as "<name> shifts from <a> to <b> (<mood>), after <cause>." and a spoken line
// with the same kind but a `line`: only the former turns the game.
const SHIFT = /^(.*) shifts from (\S+) to (\S+) \(([^)]*)\), after (.*)\.$/;

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

function stanceText(sc: CompiledScenario, e: LogEntry): string | null {
  if (e.line !== null) return null;
  const m = SHIFT.exec(e.text);
  if (!m) return null;
  const [, who, from, to, mood, cause] = m;
  let why = CAUSES[cause!] ?? cause!;
  if (cause!.startsWith('world.')) {
    const ev = sc.events.find((x) => x.id === cause!.slice('world.'.length));
    if (ev) why = `the news: ${ev.headline}`;
  }
  return `${who} moves from ${from} to ${to} (${mood})${cause === 'null' ? '' : ` after ${why}`}.`;
}

function pointOf(sc: CompiledScenario, e: LogEntry): { kind: ReplayPointKind; text: string } | null {
  switch (e.kind) {
    case 'stance': {
      const text = stanceText(sc, e);
      return text === null ? null : { kind: 'stance', text };
    }
    case 'world':
    case 'deal':
    case 'end':
      return { kind: e.kind, text: e.text };
    case 'action':
      return e.action?.type === 'offer.accept' ? { kind: 'accept', text: e.text } : null;
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
