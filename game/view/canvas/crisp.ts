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

const bakedSize = new WeakMap<Phaser.GameObjects.RenderTexture, string>();

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
  const w = Math.max(1, Math.ceil(width * k));
  const h = Math.max(1, Math.ceil(height * k));
  // Resizing reallocates the texture and its framebuffer: only when the size really changed.
  const wanted = `${w}x${h}`;
  if (bakedSize.get(rt) !== wanted) {
    rt.resize(w, h);
    bakedSize.set(rt, wanted);
  }
  rt.clear().draw(g).render();
  rt.setScale(1 / k);
}

/** Text measured on a shared 2D context in the Text's own font: no Text re-render (and texture upload) per try. */
let measureContext: CanvasRenderingContext2D | null = null;

/** Sets `value` on the Text, cut with an ellipsis to fit `maxWidth` (layout units); one re-render at most. */
export function ellipsize(text: Phaser.GameObjects.Text, value: string, maxWidth: number): void {
  measureContext ??= document.createElement('canvas').getContext('2d');
  const ctx = measureContext;
  const font = (text.style as unknown as { _font?: string })._font;
  if (!ctx || !font) {
    text.setText(value);
    return;
  }
  ctx.font = font;
  const extra = (text.padding.left ?? 0) + (text.padding.right ?? 0);
  const spacing = text.letterSpacing ?? 0;
  const width = (s: string) => ctx.measureText(s).width + extra + spacing * s.length;
  if (width(value) <= maxWidth) {
    text.setText(value);
    return;
  }
  let lo = 0;
  let hi = value.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (width(`${value.slice(0, mid).trimEnd()}…`) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  text.setText(`${value.slice(0, lo).trimEnd()}…`);
}

/**
 * The largest of `sizes` (px, largest first) at which `value` in `family` fits `maxWidth`, else the smallest: a long
 * title gives up a few pixels of size before it gives up its end to an ellipsis.
 */
export function fittingSize(value: string, family: string, sizes: readonly number[], maxWidth: number): number {
  measureContext ??= document.createElement('canvas').getContext('2d');
  const ctx = measureContext;
  const smallest = sizes[sizes.length - 1] ?? 16;
  if (!ctx) return smallest;
  for (const size of sizes) {
    ctx.font = `${size}px ${family}`;
    if (ctx.measureText(value).width <= maxWidth) return size;
  }
  return smallest;
}
