// Render on demand. Phaser redraws every frame by default; with software WebGL (CI, many school laptops) a
// static screen then costs a full core. Scenes ask for frames when something changes, or hold the loop
// while they animate; otherwise the loop sleeps and the page stays responsive.
import * as Phaser from 'phaser';

export interface FrameScheduler {
  /** Draw at least this many more frames (a change, a resize). */
  request(frames?: number): void;
  /** Keep drawing every frame until the returned release is called (animation, scene transitions). */
  hold(): () => void;
}

export function createFrameScheduler(game: Phaser.Game): FrameScheduler {
  let remaining = 0;
  let holds = 0;
  // Before Phaser has booted its loop is not started: it starts by itself, and holds keep it going.
  const wake = () => {
    if (game.isRunning && !game.loop.running) game.loop.wake();
  };
  game.events.on(Phaser.Core.Events.POST_RENDER, () => {
    if (holds > 0) return;
    remaining -= 1;
    if (remaining <= 0) game.loop.sleep();
  });
  game.events.on(Phaser.Core.Events.VISIBLE, () => {
    remaining = Math.max(remaining, 2);
    wake();
  });
  // The scale manager only notices a new window size while the loop runs.
  window.addEventListener('resize', () => {
    remaining = Math.max(remaining, 10);
    wake();
  });
  return {
    request(frames = 2) {
      remaining = Math.max(remaining, frames);
      wake();
    },
    hold() {
      holds += 1;
      wake();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds -= 1;
        remaining = Math.max(remaining, 2);
      };
    },
  };
}
