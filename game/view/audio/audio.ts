// The game's sounds through Howler: a quiet room-tone loop and one-shot cues (gavel at a phase, paper on a
// proposal, a chime for news, shutter and applause on a deal). Nothing is fetched until the first play():
// Howler itself is imported then, and each file on its first use, so the title screen never waits for audio.
// Browsers start audio only after a gesture; Howler's autoUnlock resumes it on the first click or key.
import type { HowlerGlobal, Howl as HowlType } from 'howler';

export type SoundName = 'room' | 'gavel' | 'paper' | 'chime' | 'shutter' | 'applause';

export interface Audio {
  play(name: SoundName): void;
  setVolume(v: number): void;
  setMuted(m: boolean): void;
}

export const SOUND_NAMES: readonly SoundName[] = ['room', 'gavel', 'paper', 'chime', 'shutter', 'applause'];

// Only the URLs are bundled; the files are emitted as assets by Vite.
const FILES = import.meta.glob<string>('../../../assets/sounds/*.wav', {
  query: '?url',
  import: 'default',
  eager: true,
});

export function soundUrl(name: SoundName): string | null {
  return Object.entries(FILES).find(([path]) => path.endsWith(`/${name}.wav`))?.[1] ?? null;
}

/** Per-sound level under the master volume: the room tone sits far below the cues. */
const LEVELS: Record<SoundName, number> = {
  room: 0.18,
  gavel: 0.8,
  paper: 0.55,
  chime: 0.6,
  shutter: 0.7,
  applause: 0.6,
};

interface HowlerModule {
  Howl: typeof HowlType;
  Howler: HowlerGlobal;
}

export function createAudio(): Audio {
  let volume = 1;
  let muted = false;
  let lib: Promise<HowlerModule> | null = null;
  const howls = new Map<SoundName, HowlType>();

  const load = (): Promise<HowlerModule> => {
    lib ??= import('howler').then((m) => {
      const mod = ((m as unknown as { default?: HowlerModule }).default ?? m) as HowlerModule;
      mod.Howler.autoUnlock = true;
      mod.Howler.volume(volume);
      mod.Howler.mute(muted);
      return mod;
    });
    return lib;
  };

  const howl = (mod: HowlerModule, name: SoundName): HowlType | null => {
    const existing = howls.get(name);
    if (existing) return existing;
    const src = soundUrl(name);
    if (!src) return null;
    // format: small files may be inlined as data: URLs, whose type Howler cannot guess from an extension.
    const h = new mod.Howl({ src: [src], format: ['wav'], volume: LEVELS[name], loop: name === 'room', preload: true });
    howls.set(name, h);
    return h;
  };

  return {
    play(name) {
      load()
        .then((mod) => {
          const h = howl(mod, name);
          if (!h) return;
          // The room tone is one continuous loop: starting it twice would double it.
          if (name === 'room' && h.playing()) return;
          h.play();
        })
        .catch((e: unknown) => {
          // Sound is decoration: a missing file or a blocked audio context must never break the game.
          console.warn('Summit: sound unavailable', e);
        });
    },
    setVolume(v) {
      volume = Math.max(0, Math.min(1, Number.isFinite(v) ? v : 1));
      lib?.then((mod) => mod.Howler.volume(volume)).catch(() => {});
    },
    setMuted(m) {
      muted = m;
      lib?.then((mod) => mod.Howler.mute(muted)).catch(() => {});
    },
  };
}
