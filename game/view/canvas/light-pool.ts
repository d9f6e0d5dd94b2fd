// The pool of light on the summit table: a soft radial glow over the room. It used to be twelve stacked translucent
// ellipses, each covering most of the screen: in software WebGL (CI, machines without a GPU) that is twelve blended
// passes over nearly every pixel. Here it is one mesh of rings whose corners carry the stack's opacity, shaded
// smoothly between them: every pixel is drawn once, and no texture has to be made or uploaded.
import type * as Phaser from 'phaser';
import { PALETTE } from '../palette';
import type { TableShape } from './draw-table';

/** The stack it replaces: ellipses k = 1.2 … 3.4 times the table's radii, each at 5 % navy-light. */
const RINGS = 12;
const RING_ALPHA = 0.05;
const INNER = 1.2;
const OUTER = 1 + RINGS * 0.2;
/** The mesh: bands between INNER and OUTER, and points around (a glow this soft shows neither). */
const BANDS = 8;
const SEGMENTS = 48;

/**
 * The pool's opacity at `rho` table radii from its centre: the stack's 1 - 0.95^n, where n is how many of the
 * twelve ellipses cover that point, smoothed between the rings (the stack showed faint steps).
 */
export function poolAlpha(rho: number): number {
  const covered = Math.max(0, Math.min(RINGS, (OUTER - rho) / 0.2));
  return 1 - (1 - RING_ALPHA) ** covered;
}

/** The mesh's rings in table radii, inside out: the core's edge, then the bands' outer edges, OUTER last. */
export function poolRings(): number[] {
  return Array.from({ length: BANDS + 1 }, (_, i) => INNER + ((OUTER - INNER) * i) / BANDS);
}

/** The glow into `g`: a core out to the innermost ring, then bands fading to nothing at the outermost. */
export function drawLightPool(g: Phaser.GameObjects.Graphics, t: TableShape): void {
  const c = PALETTE.navyLight;
  const cx = t.cx;
  const cy = t.cy + t.ry * 0.1;
  // A point on the ring `rho` at angle step j: the same ellipse shape as the stack's (rx·k by 1.2·ry·k).
  const cos = Array.from({ length: SEGMENTS + 1 }, (_, j) => Math.cos((2 * Math.PI * j) / SEGMENTS));
  const sin = Array.from({ length: SEGMENTS + 1 }, (_, j) => Math.sin((2 * Math.PI * j) / SEGMENTS));
  const x = (rho: number, j: number) => cx + t.rx * rho * cos[j]!;
  const y = (rho: number, j: number) => cy + t.ry * 1.2 * rho * sin[j]!;
  const rings = poolRings();
  // The core: a fan from the centre, as bright as all twelve ellipses there, to the first ring.
  g.fillGradientStyle(c, c, c, c, poolAlpha(0), poolAlpha(INNER), poolAlpha(INNER), poolAlpha(INNER));
  for (let j = 0; j < SEGMENTS; j++) g.fillTriangle(cx, cy, x(INNER, j), y(INNER, j), x(INNER, j + 1), y(INNER, j + 1));
  for (let b = 0; b < BANDS; b++) {
    const r0 = rings[b]!;
    const r1 = rings[b + 1]!;
    const a0 = poolAlpha(r0);
    const a1 = poolAlpha(r1);
    // A triangle's corners take the gradient's top-left, top-right and bottom-left colours, in that order: the
    // band's triangles with two inner corners first, then those with two outer ones (one style change each).
    g.fillGradientStyle(c, c, c, c, a0, a0, a1, a1);
    for (let j = 0; j < SEGMENTS; j++)
      g.fillTriangle(x(r0, j), y(r0, j), x(r0, j + 1), y(r0, j + 1), x(r1, j), y(r1, j));
    g.fillGradientStyle(c, c, c, c, a0, a1, a1, a1);
    for (let j = 0; j < SEGMENTS; j++)
      g.fillTriangle(x(r0, j + 1), y(r0, j + 1), x(r1, j + 1), y(r1, j + 1), x(r1, j), y(r1, j));
  }
}
