// Linear scales and tick values for the debrief's charts, headless (no DOM) so they can be unit tested. Values in
// Summit are 0–100 points, so the dance plot keeps a fixed 0–100 domain: a student compares charts across games
// and parties, and a zoomed axis would make a 5-point gap look like a chasm.

export interface LinearScale {
  domain: [number, number];
  range: [number, number];
  (value: number): number;
}

/** Maps domain linearly onto range (range may run backwards, as an SVG y axis does). Clamped to the domain. */
export function linearScale(domain: [number, number], range: [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  const f = ((value: number) => {
    const v = Math.min(Math.max(value, Math.min(d0, d1)), Math.max(d0, d1));
    return round1(r0 + ((v - d0) / span) * (r1 - r0));
  }) as LinearScale;
  f.domain = [d0, d1];
  f.range = [r0, r1];
  return f;
}

/** Evenly spaced ticks from lo to hi inclusive (step must divide the span for hi to be included). */
export function ticks(lo: number, hi: number, step: number): number[] {
  const out: number[] = [];
  if (step <= 0) return out;
  for (let v = lo; v <= hi + 1e-9; v += step) out.push(round1(v));
  return out;
}

/** One decimal is below a pixel at any size we draw, and keeps SVG path data short and stable in tests. */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Bar width as a percentage of a 0–100 track, clamped so a bad value never overflows its row. */
export function percent(value: number, max = 100): number {
  if (max <= 0) return 0;
  return round1(Math.min(100, Math.max(0, (value / max) * 100)));
}
