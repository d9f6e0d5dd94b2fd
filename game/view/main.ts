// Entry point of the browser game: fonts and styles, the session, the read-only test hook, the UI layer and
// the Phaser game. Everything is created once here and passed down; nothing else reaches for globals.
import '@fontsource/source-serif-4/latin-600.css';
import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-600.css';
import '@fontsource/source-sans-3/latin-700.css';
import './styles.css';
import * as Phaser from 'phaser';
import { createSession } from '../session';
import type { ViewDeps } from './deps';
import { followDisplayResolution } from './display-resolution';
import { createFrameScheduler } from './frames';
import { gameConfig } from './game-config';
import { BootScene } from './scenes/boot-scene';
import { startLoading } from './scenes/load-plan';
import { PreloadScene } from './scenes/preload-scene';
import { TitleScene } from './scenes/title-scene';
import { createSettingsStore } from './settings-store';
import { createStatusStore } from './status';
import { createSummitApi, installSummitApi } from './summit-api';
import { tableBoxes } from './table-boxes';
import { createUiLayer } from './ui/ui-layer';

function mustFind(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`index.html has no #${id}`);
  return node;
}

const status = createStatusStore();
const session = createSession();
const settings = createSettingsStore();
const ui = createUiLayer(mustFind('ui'), { status, session, settings });
// Downloads start now, overlapping Phaser's start-up; Preload reports them.
const loading = startLoading(document.fonts);

installSummitApi(
  window,
  createSummitApi({
    ready: () => status.get().ready,
    screen: () => status.get().screen,
    stateHash: () => session.stateHash(),
    tableBoxes,
  }),
);

// Scenes receive their dependencies through one object filled in once the game (and its loop) exists.
const deps = { status, session, settings, ui, loading } as ViewDeps;
const game = new Phaser.Game(
  gameConfig(mustFind('stage'), [new BootScene(deps), new PreloadScene(deps), new TitleScene(deps)]),
);
followDisplayResolution(game);
deps.frames = createFrameScheduler(game);
ui.attachGame(game, deps.frames);
deps.releaseBoot = deps.frames.hold();
