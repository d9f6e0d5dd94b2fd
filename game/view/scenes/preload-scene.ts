// Preload: a progress bar that advances as each asset really finishes, then the title.
import * as Phaser from 'phaser';
import type { ViewDeps } from '../deps';
import { progressView, runTasks } from '../models/progress';
import { FONTS, PALETTE } from '../palette';

export class PreloadScene extends Phaser.Scene {
  constructor(private readonly deps: ViewDeps) {
    super('preload');
  }

  create(): void {
    this.deps.status.setScreen('preload');
    const { width, height } = this.scale;
    const barWidth = Math.min(420, width * 0.5);
    const x = (width - barWidth) / 2;
    const y = height / 2;
    this.add.rectangle(0, 0, width, height, PALETTE.navy).setOrigin(0);
    // System fonts here: the bundled fonts are what is being loaded.
    const label = this.add
      .text(width / 2, y + 28, '', { fontFamily: FONTS.sans, fontSize: '16px', color: '#aab6c8' })
      .setOrigin(0.5, 0);
    this.add
      .text(width / 2, y - 56, 'SUMMIT', { fontFamily: FONTS.serif, fontSize: '28px', color: '#e2c98e' })
      .setOrigin(0.5)
      .setLetterSpacing(8);
    const bar = this.add.graphics();
    const draw = (done: number, total: number, current: string | null) => {
      const view = progressView(done, total, current, barWidth);
      bar.clear();
      bar.fillStyle(PALETTE.navyLight, 1);
      bar.fillRoundedRect(x, y, barWidth, 6, 3);
      if (view.barWidth > 0) {
        bar.fillStyle(PALETTE.brass, 1);
        bar.fillRoundedRect(x, y, Math.max(6, view.barWidth), 6, 3);
      }
      label.setText(view.label);
      this.deps.ui.showLoading(view);
    };
    runTasks(this.deps.loading.tasks, draw).then(({ failed }) => {
      if (failed.length > 0) console.warn(`Summit: some assets did not load (${failed.join(', ')}); using fallbacks.`);
      this.scene.start('title');
    });
  }
}
