// Boot: the first scene, created when Phaser is ready (before its first frame). It draws nothing: it picks the
// next scene — Preload, whose bar shows the downloads still arriving, or the title when they all have — and
// starts it at once. (ScenePlugin.start would queue it for the next frame; with software WebGL each frame of the
// start can take 100 ms or more, so going through Boot and Preload cost the title two or three of them.)
import * as Phaser from 'phaser';
import type { ViewDeps } from '../deps';

export class BootScene extends Phaser.Scene {
  constructor(private readonly deps: ViewDeps) {
    super('boot');
  }

  create(): void {
    this.deps.status.setScreen('boot');
    // Boot leaves at the next step; the scene manager's own start runs the next scene's create now.
    this.scene.stop();
    this.game.scene.start(this.deps.loading.settled() ? 'title' : 'preload');
  }
}
