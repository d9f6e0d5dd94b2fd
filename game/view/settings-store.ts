// The player's settings in the page: loaded once, applied to the document (text size), saved on change.
// Reduced motion is the player's choice OR the system's preference, so nobody has to opt out twice.
import { loadSettings, type Settings, saveSettings } from '../session';

export interface SettingsStore {
  get(): Settings;
  update(change: Partial<Settings>): void;
  /** True when decorative animation should stop. */
  reducedMotion(): boolean;
  subscribe(listener: (settings: Settings) => void): () => void;
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function createSettingsStore(): SettingsStore {
  const storage = safeStorage();
  let settings = loadSettings(storage);
  const listeners = new Set<(settings: Settings) => void>();
  const systemReduce = window.matchMedia?.('(prefers-reduced-motion: reduce)');
  const apply = () => {
    document.documentElement.dataset.textSize = settings.textSize;
    document.documentElement.dataset.reduceMotion = String(settings.reduceMotion || systemReduce?.matches === true);
  };
  apply();
  return {
    get: () => settings,
    update(change) {
      settings = { ...settings, ...change };
      saveSettings(storage, settings);
      apply();
      for (const listener of listeners) listener(settings);
    },
    reducedMotion: () => settings.reduceMotion || systemReduce?.matches === true,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
