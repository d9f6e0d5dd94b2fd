// Player settings (kept in localStorage): parsed defensively, because stored text may be old, edited or corrupt.

export type TextSize = 'normal' | 'large';

export interface Settings {
  /** Stop decorative animation; also on when the system asks for reduced motion. */
  reduceMotion: boolean;
  textSize: TextSize;
  /** Sound: muted, and the volume 0–100 (integers, so the stored text stays tidy). */
  muted: boolean;
  volume: number;
  /** Colour-blind-safe palette for the map and the table (the canvas reads it). */
  colourBlind: boolean;
  /** The first-time guide has been seen (or skipped); "show the guide again" clears it. */
  guideSeen: boolean;
}

export const SETTINGS_KEY = 'summit.settings.v1';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  reduceMotion: false,
  textSize: 'normal',
  muted: false,
  volume: 70,
  colourBlind: false,
  guideSeen: false,
});

/** Reads stored settings; anything missing or malformed falls back to its default, never throws. */
export function parseSettings(text: string | null): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  if (text === null) return settings;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return settings;
  }
  if (typeof raw !== 'object' || raw === null) return settings;
  const record = raw as Record<string, unknown>;
  if (typeof record.reduceMotion === 'boolean') settings.reduceMotion = record.reduceMotion;
  if (record.textSize === 'normal' || record.textSize === 'large') settings.textSize = record.textSize;
  if (typeof record.muted === 'boolean') settings.muted = record.muted;
  if (typeof record.volume === 'number' && Number.isFinite(record.volume)) {
    settings.volume = Math.min(100, Math.max(0, Math.round(record.volume)));
  }
  if (typeof record.colourBlind === 'boolean') settings.colourBlind = record.colourBlind;
  if (typeof record.guideSeen === 'boolean') settings.guideSeen = record.guideSeen;
  return settings;
}

export function serialiseSettings(settings: Settings): string {
  return JSON.stringify({
    reduceMotion: settings.reduceMotion,
    textSize: settings.textSize,
    muted: settings.muted,
    volume: settings.volume,
    colourBlind: settings.colourBlind,
    guideSeen: settings.guideSeen,
  });
}

/** The small slice of Storage the settings need, so tests can pass a Map-backed fake. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function loadSettings(store: KeyValueStore | null): Settings {
  try {
    return parseSettings(store?.getItem(SETTINGS_KEY) ?? null);
  } catch {
    // Storage can throw (private mode, blocked cookies): play with defaults.
    return { ...DEFAULT_SETTINGS };
  }
}

export function saveSettings(store: KeyValueStore | null, settings: Settings): void {
  try {
    store?.setItem(SETTINGS_KEY, serialiseSettings(settings));
  } catch {
    // Not persisting is acceptable; losing the in-memory choice is not, and that is kept by the caller.
  }
}
