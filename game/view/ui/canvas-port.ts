// The summit canvas (table and map, drawn by Phaser in game/view/canvas/) and the sound (game/view/audio/), found
// through import.meta.glob: the game builds and plays with silent, empty stand-ins while those modules do not
// exist yet, and picks them up as soon as they do. The interfaces mirror their contract.
import type * as Phaser from 'phaser';
import type { CompiledScenario, GameState, Package, PartyId } from '../../session/live';
import type { FrameScheduler } from '../frames';
import type { SettingsStore } from '../settings-store';

export interface CanvasInput {
  scenario: CompiledScenario;
  state: GameState;
  viewer: PartyId | null;
  preview: Package | null;
}
export interface SummitCanvasPort {
  update(input: CanvasInput): void;
  showMap(on: boolean): void;
  /** Optional: the region to draw in, in game pixels (our stage is already only the canvas's part of the page). */
  setViewport?(x: number, y: number, w: number, h: number): void;
  destroy(): void;
}
export type SoundName = 'room' | 'gavel' | 'paper' | 'chime' | 'shutter' | 'applause';
export interface AudioPort {
  play(name: SoundName): void;
  setVolume(v: number): void;
  setMuted(m: boolean): void;
}

type CanvasModule = {
  mountSummitCanvas(game: Phaser.Game, frames: FrameScheduler, settings: SettingsStore): SummitCanvasPort;
};
type AudioModule = { createAudio(): AudioPort };

const canvasModules = import.meta.glob<CanvasModule>('../canvas/summit-canvas.ts');
const audioModules = import.meta.glob<AudioModule>('../audio/audio.ts');

const NO_CANVAS: SummitCanvasPort = { update() {}, showMap() {}, destroy() {} };
const NO_AUDIO: AudioPort = { play() {}, setVolume() {}, setMuted() {} };

export async function mountCanvas(
  game: Phaser.Game,
  frames: FrameScheduler,
  settings: SettingsStore,
): Promise<SummitCanvasPort> {
  const load = Object.values(canvasModules)[0];
  if (load === undefined) return NO_CANVAS;
  try {
    return (await load()).mountSummitCanvas(game, frames, settings);
  } catch (e) {
    // The HTML panels carry the whole game; a canvas that fails to mount must not stop it.
    console.warn('Summit: the table could not be drawn', e);
    return NO_CANVAS;
  }
}

let audio: Promise<AudioPort> | null = null;
/** One audio instance for the page, kept in step with the settings (mute, volume). */
export function loadAudio(settings: SettingsStore): Promise<AudioPort> {
  if (audio === null) {
    const load = Object.values(audioModules)[0];
    audio = (load ? load().then((m) => m.createAudio()) : Promise.resolve(NO_AUDIO)).catch(() => NO_AUDIO);
    audio.then((a) => {
      const apply = () => {
        a.setMuted(settings.get().muted);
        a.setVolume(settings.get().volume / 100);
      };
      apply();
      settings.subscribe(apply);
    });
  }
  return audio;
}
