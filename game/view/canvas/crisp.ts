// Drawing at the canvas's real resolution. In the split layout the stage is narrower than the design size and
// Phaser's EXPAND mode grows the game instead, so one game pixel is less than one CSS pixel. The views lay out
// in CSS-sized units (so text keeps its size) and scale their root by k; the baked textures and the text are
// rendered at k times their size, so the upscale does not blur them.
import type * as Phaser from 'phaser';

/** Game pixels per CSS pixel, never below 1 (on large screens the canvas is upscaled and nothing can be gained). */
export function uiScale(game: Phaser.Game): number {
  const k = game.scale.displayScale?.x ?? 1;
  return Number.isFinite(k) ? Math.max(1, Math.min(3, k)) : 1;
}

/** Bakes a Graphics (drawn in layout units) into a render texture at k× resolution, shown at layout size. */
export function bake(
  rt: Phaser.GameObjects.RenderTexture,
  g: Phaser.GameObjects.Graphics,
  width: number,
  height: number,
  k: number,
): void {
  g.setScale(k);
  rt.setScale(1);
  rt.resize(Math.max(1, Math.ceil(width * k)), Math.max(1, Math.ceil(height * k)));
  rt.clear().draw(g).render();
  rt.setScale(1 / k);
}
