// Whether the canvas can afford to animate. A tween redraws the whole canvas every frame; with software WebGL
// (SwiftShader, llvmpipe: headless Chromium, many school laptops without a usable GPU) one frame of the table costs
// 60–150 ms, so a 900 ms tween stalls the page (and the panels beside it) for a second at 8 frames a second. There
// the table draws one frame per change instead: the new speaker, bubble and headline appear at once, as with reduced
// motion. Decided from the renderer's name when it names a software rasteriser, and from the frames themselves:
// once the animation frames are measured slower than the budget, animations stop for the rest of the page's life.
import type * as Phaser from 'phaser';

/** An animation frame slower than this (median of the last few) is not worth animating. */
export const FRAME_BUDGET_MS = 40;
const SAMPLE = 5;

/** True when a WebGL renderer name is a software rasteriser. */
export function isSoftwareRenderer(name: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i.test(name);
}

/** True when the median of the recent animation frame intervals is over budget (needs at least 3 of them). */
export function overBudget(intervals: readonly number[]): boolean {
  const recent = intervals.slice(-SAMPLE).filter((x) => Number.isFinite(x) && x > 0);
  if (recent.length < 3) return false;
  const sorted = [...recent].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]! > FRAME_BUDGET_MS;
}

export interface MotionBudget {
  /** True when the canvas should draw one frame per change and run no tweens. */
  still(): boolean;
  /** Call on each frame drawn while an animation holds the loop. */
  frame(now: number): void;
  /** An animation ended: the next frame starts a new interval. */
  gap(): void;
}

/** The renderer's unmasked name, or '' (Canvas renderer, or the extension is unavailable). */
function rendererName(game: Phaser.Game): string {
  const gl = (game.renderer as unknown as { gl?: WebGLRenderingContext }).gl;
  if (!gl) return '';
  try {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  } catch {
    return '';
  }
}

export function createMotionBudget(game: Phaser.Game): MotionBudget {
  let still = isSoftwareRenderer(rendererName(game));
  const intervals: number[] = [];
  let last = -1;
  return {
    still: () => still,
    frame(now) {
      if (last >= 0) intervals.push(now - last);
      last = now;
      if (intervals.length > SAMPLE) intervals.shift();
      if (!still && overBudget(intervals)) still = true;
    },
    gap() {
      last = -1;
    },
  };
}
