// Timing helpers for the benchmarks: run a function repeatedly and report the median (and p95) in milliseconds.
export interface Timing {
  medianMs: number;
  p95Ms: number;
  samples: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

const round4 = (x: number): number => Math.round(x * 10000) / 10000;

/** Times `fn(i)` for `samples` runs after `warmup` untimed runs. */
export function time(fn: (i: number) => void, samples: number, warmup = Math.min(20, samples)): Timing {
  for (let i = 0; i < warmup; i++) fn(i);
  const ms: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    fn(i);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { medianMs: round4(percentile(ms, 50)), p95Ms: round4(percentile(ms, 95)), samples };
}
