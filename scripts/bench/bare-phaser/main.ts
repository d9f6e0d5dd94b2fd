// The benchmark's baseline for "title ready": the least a Phaser 4 page can do before it takes input — Phaser
// itself, one game with the title's canvas settings, one scene that has been created. Built with the game's own
// Vite config (same Vite, same Phaser chunk), so the ratio measures what the game adds to Phaser's start-up.
import * as Phaser from 'phaser';

declare global {
  interface Window {
    __bare?: { ready: boolean };
  }
}

class Bare extends Phaser.Scene {
  create(): void {
    this.add.rectangle(0, 0, this.scale.width, this.scale.height, 0x0b1626).setOrigin(0);
    window.__bare = { ready: true };
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'stage',
  width: 1280,
  height: 720,
  banner: false,
  scale: { mode: Phaser.Scale.EXPAND, autoCenter: Phaser.Scale.CENTER_BOTH },
  scene: [Bare],
});
