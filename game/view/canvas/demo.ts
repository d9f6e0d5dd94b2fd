// Dev-only driver of the summit canvas (see demo.html): a demo game of the Alaska scenario from the session (its AI
// plays, the watched seat passes), drawn turn by turn, and window.__canvasDemo to step, preview and toggle the map
// from a screenshot script. The session runs the game; this page only draws its states.
import '@fontsource/source-serif-4/latin-600.css';
import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-600.css';
import '@fontsource/source-sans-3/latin-700.css';
import * as Phaser from 'phaser';
import alaskaText from '../../../scenarios/alaska-2025.yaml?raw';
import { demoGame, type Package } from '../../session/live';
import { createFrameScheduler } from '../frames';
import { gameConfig } from '../game-config';
import { createSettingsStore } from '../settings-store';
import { mountSummitCanvas } from './summit-canvas';

const params = new URLSearchParams(location.search);
const viewer = params.get('viewer') ?? 'ukraine';
const demo = demoGame(alaskaText, 'alaska-2025.yaml', { seed: Number(params.get('seed') ?? 3), viewer });
if (!demo.ok) throw new Error(demo.error);
const table = demo.value;
const { scenario } = table;
let preview: Package | null = null;

/** One turn: the AI moves for its seats; the watched seat passes, so the demo moves on. */
function step(): void {
  table.step();
}

// ?split=1 narrows the stage as the game's split layout does (the canvas then takes the whole stage).
if (params.get('split') === '1')
  (document.getElementById('stage') as HTMLElement).style.right = 'clamp(25rem, 38vw, 40rem)';
await document.fonts.ready;
const game = new Phaser.Game(gameConfig(document.getElementById('stage') as HTMLElement, []));
const frames = createFrameScheduler(game);
const settings = createSettingsStore();
const canvas = mountSummitCanvas(game, frames, settings);
for (let i = 0; i < Number(params.get('turns') ?? 4); i++) step();
const push = () => canvas.update({ scenario, state: table.state(), viewer, preview });
push();
if (params.get('map') === '1') canvas.showMap(true);

Object.assign(window, {
  __canvasDemo: {
    step(n = 1) {
      for (let i = 0; i < n; i++) step();
      push();
      const state = table.state();
      return { phase: state.phase, round: state.round, log: state.log.length, outcome: state.outcome?.kind ?? null };
    },
    preview(pkg: Package | null) {
      preview = pkg;
      push();
    },
    showMap: (on: boolean) => canvas.showMap(on),
    settings: (change: Record<string, unknown>) => settings.update(change as never),
    issues: () =>
      scenario.issues.map((i) => ({ id: i.id, options: i.options.map((o) => [o.id, o.mapEffects.length]) })),
    ready: true,
  },
});
