import { describe, expect, it } from 'vitest';
import { lightPoolRect, poolAlpha } from './light-pool';

// The stack the texture replaces: twelve ellipses at k = 1.2 … 3.4 table radii, each 5 % opaque.
const stack = (rho: number) => {
  let covered = 0;
  for (let i = 1; i <= 12; i++) if (rho < 1 + i * 0.2) covered++;
  return 1 - 0.95 ** covered;
};

describe('the pool of light', () => {
  it('is as bright as the twelve stacked ellipses at the table and fades to nothing at the outermost one', () => {
    expect(poolAlpha(0)).toBeCloseTo(stack(0), 6);
    expect(poolAlpha(1)).toBeCloseTo(stack(1), 6);
    expect(poolAlpha(3.4)).toBeCloseTo(0, 9);
    expect(poolAlpha(5)).toBe(0);
  });

  it('matches the stack on every ring and darkens steadily outwards', () => {
    for (let i = 1; i <= 12; i++) {
      const ring = 1 + i * 0.2;
      // Just inside ring i, the stack counts the ellipses from i outwards.
      expect(poolAlpha(ring)).toBeCloseTo(stack(ring + 0.001), 6);
    }
    for (let rho = 0; rho < 3.4; rho += 0.05) expect(poolAlpha(rho + 0.05)).toBeLessThanOrEqual(poolAlpha(rho));
  });

  it('covers the outermost ellipse, centred a tenth of the table below its centre', () => {
    const r = lightPoolRect({ cx: 400, cy: 300, rx: 200, ry: 80 });
    expect(r.w).toBeCloseTo(200 * 2 * 3.4, 6);
    expect(r.h).toBeCloseTo(80 * 2.4 * 3.4, 6);
    expect(r.x + r.w / 2).toBeCloseTo(400, 6);
    expect(r.y + r.h / 2).toBeCloseTo(308, 6);
  });
});
