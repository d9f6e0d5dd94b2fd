// The Phaser game configuration: 1280×720 design size, EXPAND so the room fills any window without bars.
import * as Phaser from 'phaser';
import { PALETTE } from './palette';

export const DESIGN_WIDTH = 1280;
export const DESIGN_HEIGHT = 720;

export function gameConfig(parent: HTMLElement, scenes: Phaser.Scene[]): Phaser.Types.Core.GameConfig {
  return {
    type: Phaser.AUTO,
    parent,
    width: DESIGN_WIDTH,
    height: DESIGN_HEIGHT,
    backgroundColor: PALETTE.navy,
    banner: false,
    scale: {
      mode: Phaser.Scale.EXPAND,
      autoCenter: Phaser.Scale.CENTER_BOTH,
    },
    // Input is HTML; the canvas only draws. Keeps keyboard focus in the UI layer.
    input: { keyboard: false },
    render: { antialias: true },
    scene: scenes,
  };
}
