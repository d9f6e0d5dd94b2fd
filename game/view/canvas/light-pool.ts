// The pool of light on the summit table: a soft radial glow over the room. It used to be twelve stacked translucent
// ellipses, each filling most of the screen: in software WebGL (CI, machines without a GPU) that is twelve
// full-screen blended passes and a tessellation each, the costliest part of baking the room. Here it is one small
// radial gradient painted once on a 2D canvas and stretched over the same ellipse as one textured quad.
import type * as Phaser from 'phaser';
import { PALETTE } from '../palette';
import type { TableShape } from './draw-table';

const KEY = 'room-light-pool';
// Small: stretched with linear filtering, a glow this soft shows no texels; fewer bytes to make and upload.
const SIZE = 128;
/** The stack it replaces: ellipses k = 1.2 … 3.4 times the table's radii, each at 5 % navy-light. */
const RINGS = 12;
const RING_ALPHA = 0.05;
const OUTER = 1 + RINGS * 0.2;

/**
 * The pool's opacity at `rho` table radii from its centre: the stack's 1 - 0.95^n, where n is how many of the
 * twelve ellipses cover that point, smoothed between the rings (the stack showed faint steps).
 */
export function poolAlpha(rho: number): number {
  const covered = Math.max(0, Math.min(RINGS, (OUTER - rho) / 0.2));
  return 1 - (1 - RING_ALPHA) ** covered;
}

/** Where the pool lies, in layout units: the box of the outermost ellipse, centred a little below the table's. */
export function lightPoolRect(t: TableShape): { x: number; y: number; w: number; h: number } {
  const w = t.rx * 2 * OUTER;
  const h = t.ry * 2.4 * OUTER;
  return { x: t.cx - w / 2, y: t.cy + t.ry * 0.1 - h / 2, w, h };
}

/**
 * The glow's texture, made once per game from bytes (a circle; the image stretches it to the table's ellipse).
 * Bytes, not a 2D canvas: without a GPU Chromium's canvas is itself drawn by software GL, and uploading it to
 * WebGL reads it back first.
 */
function texture(scene: Phaser.Scene): string | null {
  if (scene.textures.exists(KEY)) return KEY;
  const colour = PALETTE.navyLight;
  const data = new Uint8Array(SIZE * SIZE * 4);
  const r = SIZE / 2;
  // The opacity by squared distance from the centre, in whole texels² (no root nor power per texel).
  const alpha = new Uint8Array(2 * r * r + 1);
  for (let d2 = 0; d2 < alpha.length; d2++) alpha[d2] = Math.round(poolAlpha((Math.sqrt(d2) / r) * OUTER) * 255);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const dx = x + 0.5 - r;
      const dy = y + 0.5 - r;
      const i = (y * SIZE + x) * 4;
      data[i] = (colour >> 16) & 0xff;
      data[i + 1] = (colour >> 8) & 0xff;
      data[i + 2] = colour & 0xff;
      data[i + 3] = alpha[Math.min(alpha.length - 1, Math.round(dx * dx + dy * dy))]!;
    }
  }
  const made = scene.textures.addUint8Array(KEY, data, SIZE, SIZE);
  if (!made) return null;
  // Smooth when stretched (byte textures default to nearest-pixel sampling): 0 is Phaser's FilterMode.LINEAR.
  made.setFilter(0);
  return KEY;
}

/**
 * The pool as an image at k× resolution (game pixels per layout unit), for a render texture to draw between the
 * room's walls and its carpet; null where no canvas texture can be made (the room then has no glow).
 */
export function lightPoolImage(scene: Phaser.Scene, table: TableShape, k = 1): Phaser.GameObjects.Image | null {
  const key = texture(scene);
  if (key === null) return null;
  const box = lightPoolRect(table);
  const config: Phaser.Types.GameObjects.Sprite.SpriteConfig = { key };
  return scene.make
    .image(config, false)
    .setOrigin(0)
    .setPosition(box.x * k, box.y * k)
    .setDisplaySize(box.w * k, box.h * k);
}
