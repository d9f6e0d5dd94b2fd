// Concession curves: the presets an author may name and the rules for hand-written keyframes. A curve maps the
// share of the game's time elapsed (t, 0–100) to the share of the party's margin it still asks for (0–100).

import type { Keyframe } from '../engine/index';
import { CONCESSION_PRESETS, type ConcessionPreset } from '../engine/index';
import type { Reporter } from './reporter';
import type { CurveFile } from './schema';
import type { Path } from './yaml-positions';

/** The presets an author may name: the engine's own, so the two can never disagree. */
export const CURVE_KEYFRAMES: Record<ConcessionPreset, readonly Keyframe[]> = CONCESSION_PRESETS;

/** Keyframes must cover the whole game: t starts at 0, rises strictly, and ends at 100. (Ranges: schema.ts.) */
export function checkCurve(curve: CurveFile, path: Path, r: Reporter): void {
  if (typeof curve === 'string') return;
  if (curve[0][0] !== 0) r.error([...path, 0, 0], `the first keyframe must be at t = 0, not ${curve[0][0]}`);
  for (let i = 1; i < curve.length; i++) {
    if (curve[i][0] <= curve[i - 1][0]) {
      r.error(
        [...path, i, 0],
        `keyframe times must rise strictly: t = ${curve[i][0]} follows t = ${curve[i - 1][0]}`,
        'write keyframes as [t, ask] with t going from 0 up to 100',
      );
      return;
    }
  }
  const last = curve[curve.length - 1][0];
  if (last !== 100) r.error([...path, curve.length - 1, 0], `the last keyframe must be at t = 100, not ${last}`);
}

export function expandCurve(curve: CurveFile): Keyframe[] {
  if (typeof curve === 'string') return CURVE_KEYFRAMES[curve].map(([t, a]) => [t, a] as const);
  return curve.map(([t, a]) => [t, a] as const);
}
