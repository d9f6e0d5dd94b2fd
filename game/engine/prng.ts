// The seeded PRNG (mulberry32 on a uint32). Its whole state is one number that lives in GameState.rng, so a game
// is a pure function of its seed; built on Math.imul and bit operations only, it gives the same stream in every
// JavaScript engine.

/** Normalises any integer seed to the uint32 PRNG state. */
export function seedState(seed: number): number {
  return seed >>> 0;
}

/** Next 32-bit output and the advanced state. */
export function nextUint32(state: number): [value: number, state: number] {
  const s = (state + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [(t ^ (t >>> 14)) >>> 0, s];
}

/** An integer in [0, n) (n ≥ 1). The modulo bias is below 1e-7 for the small n the game uses. */
export function nextInt(state: number, n: number): [value: number, state: number] {
  const [v, s] = nextUint32(state);
  return [n <= 1 ? 0 : v % n, s];
}

/** True with an integer `percent` chance (0 never, 100 always). */
export function rollPercent(state: number, percent: number): [hit: boolean, state: number] {
  const [v, s] = nextInt(state, 100);
  return [v < percent, s];
}
