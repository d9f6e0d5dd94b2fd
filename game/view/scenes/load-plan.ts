// What must be loaded before the title: the font faces the canvas and the panels use. Started from main.ts
// before Phaser boots, so the downloads overlap Phaser's start-up (index.html also preloads the files, so they
// are already on their way while the scripts are parsed); Preload then shows each one finishing.
// More assets (sounds, map) join this list as they arrive.
import type { LoadTask } from '../models/progress';

const FONT_FACES = [
  '600 64px "Source Serif 4"',
  '400 16px "Source Sans 3"',
  '600 16px "Source Sans 3"',
  '700 16px "Source Sans 3"',
];

export interface Loading {
  readonly tasks: readonly LoadTask[];
  /** True once every task has finished (arrived or failed): Boot then goes straight to the title. */
  settled(): boolean;
}

/** Starts every download now and returns one task per asset that resolves when it has arrived. */
export function startLoading(fonts: FontFaceSet): Loading {
  let pending = FONT_FACES.length;
  const tasks = FONT_FACES.map((face) => {
    const loaded = fonts.load(face).then((faces) => {
      if (faces.length === 0) throw new Error(`no font face for ${face}`);
    });
    // Keep an early failure from surfacing as an unhandled rejection before Preload awaits it.
    loaded
      .catch(() => {})
      .finally(() => {
        pending -= 1;
      });
    return { label: 'Fonts', run: () => loaded };
  });
  return { tasks, settled: () => pending === 0 };
}
