import { describe, expect, it } from 'vitest';
import { drawLightPool, poolAlpha, poolRings } from './light-pool';

// The stack the mesh replaces: twelve ellipses at k = 1.2 … 3.4 table radii, each 5 % opaque.
const stack = (rho: number) => {
  let covered = 0;
  for (let i = 1; i <= 12; i++) if (rho < 1 + i * 0.2) covered++;
  return 1 - 0.95 ** covered;
};

/** A Graphics that records the triangles and their corner opacities. */
function recorder() {
  const triangles: { points: number[]; alphas: number[] }[] = [];
  let alphas = [0, 0, 0];
  const g = {
    fillGradientStyle: (_a: number, _b: number, _c: number, _d: number, tl: number, tr: number, bl: number) => {
      alphas = [tl, tr, bl];
    },
    fillTriangle: (...points: number[]) => {
      triangles.push({ points, alphas });
    },
  };
  return { g: g as unknown as Parameters<typeof drawLightPool>[0], triangles };
}

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

  it('is one mesh over the same ellipse, each corner at the opacity of its ring', () => {
    const table = { cx: 400, cy: 300, rx: 200, ry: 80 };
    const { g, triangles } = recorder();
    drawLightPool(g, table);
    // The core's fan and two triangles per band and segment: a few hundred triangles, each pixel drawn once.
    expect(triangles.length).toBe(48 + 8 * 48 * 2);
    const rings = poolRings();
    expect(rings[0]).toBeCloseTo(1.2, 9);
    expect(rings.at(-1)).toBeCloseTo(3.4, 9);
    for (const t of triangles) {
      for (let k = 0; k < 3; k++) {
        const x = t.points[2 * k]!;
        const y = t.points[2 * k + 1]!;
        // How far out the corner is, in table radii of the stack's ellipses (rx by 1.2·ry, centred 0.1·ry low).
        const rho = Math.hypot((x - 400) / 200, (y - 308) / (80 * 1.2));
        expect(t.alphas[k]).toBeCloseTo(poolAlpha(rho), 4);
      }
    }
    // The outermost corners are the outermost ellipse's: 3.4 × rx either side of the centre.
    const xs = triangles.flatMap((t) => [t.points[0]!, t.points[2]!, t.points[4]!]);
    expect(Math.max(...xs)).toBeCloseTo(400 + 200 * 3.4, 6);
    expect(Math.min(...xs)).toBeCloseTo(400 - 200 * 3.4, 6);
  });
});
