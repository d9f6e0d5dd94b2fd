// Boot: the first scene. Nothing to load yet; it only hands over to Preload, which can then draw its bar.
import * as Phaser from 'phaser';
import type { ViewDeps } from '../deps';

export class BootScene extends Phaser.Scene {
  constructor(private readonly deps: ViewDeps) {
    super('boot');
  }

  create(): void {
    this.deps.status.setScreen('boot');
    this.scene.start('preload');
  }
}
