// A token bucket per client: `burst` messages at once, refilled at `perSecond`. Answers whether one more message
// may pass now. The clock is a parameter so tests need no waiting.

export function rateLimiter(opts: { perSecond: number; burst: number; now?: () => number }): () => boolean {
  const now = opts.now ?? Date.now;
  let tokens = opts.burst;
  let last = now();
  return () => {
    const t = now();
    tokens = Math.min(opts.burst, tokens + ((t - last) * opts.perSecond) / 1000);
    last = t;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
