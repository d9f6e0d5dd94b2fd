// Drawing at display resolution. Phaser's EXPAND mode sizes the canvas's backing store from the 1280×720 design
// size, so in the split layout (a stage ~850 CSS px wide and 768 tall) the canvas held 1280×1160 pixels — 2.3× the
// pixels on screen, every one of them filled, read back and scaled down by software WebGL each frame (most of a
// 350 ms frame in headless Chromium). Here the design size follows the stage: before every rescale, the base size
// becomes the stage's CSS size times the device pixel ratio (at most 2), so EXPAND gives a canvas of exactly the
// pixels it covers. The views already lay out in CSS-sized units and scale by displayScale (canvas/crisp.ts).
import type * as Phaser from 'phaser';

/** Device pixels per CSS pixel the canvas draws at: the screen's, at most 2 (a 3× phone gains nothing visible). */
export function drawingRatio(devicePixelRatio: number): number {
  return Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? Math.min(2, Math.max(1, devicePixelRatio)) : 1;
}

/** The backing size for a stage of this CSS size, or null while the stage has no size (hidden). */
export function backingSize(
  css: { width: number; height: number },
  devicePixelRatio: number,
): { width: number; height: number } | null {
  if (!(css.width > 0 && css.height > 0)) return null;
  const d = drawingRatio(devicePixelRatio);
  return { width: Math.max(1, Math.round(css.width * d)), height: Math.max(1, Math.round(css.height * d)) };
}

/** Makes the game's scale manager keep the canvas at display resolution from now on. */
export function followDisplayResolution(game: Phaser.Game): void {
  const scale = game.scale;
  const config = game.config as unknown as { width: number; height: number };
  const original = scale.updateScale.bind(scale);
  scale.updateScale = () => {
    const size = backingSize(scale.parentSize, window.devicePixelRatio);
    if (size) {
      config.width = size.width;
      config.height = size.height;
    }
    original();
  };
  scale.refresh();
}
