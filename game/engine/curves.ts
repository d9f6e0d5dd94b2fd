// Concession curves (Faratin time-dependent tactics as integer keyframes): at t percent of the game's rounds
// elapsed, a party still asks for ask percent of the span between its reservation and its best value.
//   target = reservation + floor((best − reservation) × ask / 100)
// Between keyframes the ask is interpolated linearly with integer division (floor), so every engine agrees.
import type { Keyframe } from './scenario';

export const CONCESSION_PRESETS = {
  boulware: [
    [0, 100],
    [50, 95],
    [80, 75],
    [100, 0],
  ],
  linear: [
    [0, 100],
    [100, 0],
  ],
  conceder: [
    [0, 100],
    [20, 55],
    [50, 25],
    [100, 0],
  ],
} as const satisfies Record<string, readonly Keyframe[]>;
export type ConcessionPreset = keyof typeof CONCESSION_PRESETS;

/** The ask percent of a curve at time t (0–100). Flat before the first and after the last keyframe. */
export function askAt(curve: readonly Keyframe[], t: number): number {
  if (curve.length === 0) return 0;
  const first = curve[0]!;
  if (t <= first[0]) return first[1];
  for (let i = 1; i < curve.length; i++) {
    const [t1, a1] = curve[i]!;
    if (t <= t1) {
      const [t0, a0] = curve[i - 1]!;
      if (t1 === t0) return a1;
      return a0 + Math.floor(((a1 - a0) * (t - t0)) / (t1 - t0));
    }
  }
  return curve[curve.length - 1]![1];
}

/** The value a party asks for: reservation plus the asked share of what lies above it. */
export function targetValue(reservation: number, best: number, ask: number): number {
  return reservation + Math.floor(((best - reservation) * ask) / 100);
}
