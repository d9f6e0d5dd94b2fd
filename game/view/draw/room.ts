// The room behind the table: a dark navy hall, a carpet and a pool of light. Drawn once per size, no textures.
import type * as Phaser from 'phaser';
import type { TitleLayout } from '../models/title-layout';
import { PALETTE } from '../palette';

export function drawRoom(g: Phaser.GameObjects.Graphics, width: number, height: number, layout: TitleLayout): void {
  g.clear();
  // Vertical falloff: a lighter ceiling to a near-black floor edge.
  g.fillGradientStyle(PALETTE.navyMid, PALETTE.navyMid, PALETTE.night, PALETTE.night, 1);
  g.fillRect(0, 0, width, height);

  const { cx, cy, rx, ry } = layout.table;
  // A pool of light around the table: stacked translucent ellipses read as a soft radial gradient.
  for (let i = 14; i >= 1; i--) {
    const k = 1 + i * 0.22;
    g.fillStyle(PALETTE.navyLight, 0.055);
    g.fillEllipse(cx, cy + ry * 0.15, rx * 2 * k, ry * 2.6 * k);
  }
  // The carpet: a muted oxblood oval with a brass border, the classic summit-room floor.
  g.fillStyle(0x2a1520, 0.9);
  g.fillEllipse(cx, cy + ry * 0.32, rx * 2.8, ry * 3.7);
  g.lineStyle(2, PALETTE.brass, 0.45);
  g.strokeEllipse(cx, cy + ry * 0.32, rx * 2.66, ry * 3.52);
  g.lineStyle(1, PALETTE.brass, 0.25);
  g.strokeEllipse(cx, cy + ry * 0.32, rx * 2.56, ry * 3.38);
}
