// The autosave slots in localStorage: the current save and the previous good one. Only text in and out here —
// whether a save still plays back is the running game's job (it needs the engine, which the title must not load).
// A new save moves the current one to "previous" only if the current one still reads as a save, so a corrupted
// slot never pushes out the last good game.
import type { KeyValueStore } from './settings';

export const SAVE_KEY = 'summit.save.v1';
export const PREVIOUS_SAVE_KEY = 'summit.save.previous.v1';
export const SAVE_FORMAT = 'summit-save' as const;

/** What is stored: the scenario file, the player's difficulty, and the game itself as its replay. */
export interface SaveRecord {
  format: typeof SAVE_FORMAT;
  version: 1;
  file: string; // the scenario file name in scenarios/, e.g. "alaska-2025.yaml"
  difficulty: string;
  replay: unknown; // a Replay (game/engine); checked again by parseReplay when loaded
}

export type SaveSlot = 'current' | 'previous';

export interface StoredSave {
  slot: SaveSlot;
  text: string;
}

/** Whether the text looks like one of our saves (JSON with the right format); not whether it plays back. */
export function readSaveRecord(text: string): SaveRecord | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (r.format !== SAVE_FORMAT || r.version !== 1 || typeof r.file !== 'string') return null;
  if (typeof r.replay !== 'object' || r.replay === null) return null;
  return {
    format: SAVE_FORMAT,
    version: 1,
    file: r.file,
    difficulty: typeof r.difficulty === 'string' ? r.difficulty : 'normal',
    replay: r.replay,
  };
}

export interface SaveStore {
  /** Stores a save; the one it replaces becomes the previous save if it was readable. */
  write(record: SaveRecord): void;
  /** The stored saves, newest first (the caller tries each until one plays back). */
  candidates(): StoredSave[];
  /** Whether there is anything to offer "Continue" for. */
  hasSave(): boolean;
  /** Forgets both slots (after a finished game, or when nothing plays back). */
  clear(): void;
}

/** Also removes keys: Storage has removeItem; the fake in tests does too. */
export interface SaveStorage extends KeyValueStore {
  removeItem(key: string): void;
}

export function createSaveStore(storage: SaveStorage | null): SaveStore {
  const get = (key: string): string | null => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  return {
    write(record) {
      if (storage === null) return;
      try {
        const old = storage.getItem(SAVE_KEY);
        if (old !== null && readSaveRecord(old) !== null) storage.setItem(PREVIOUS_SAVE_KEY, old);
        storage.setItem(SAVE_KEY, JSON.stringify(record));
      } catch {
        // A full or blocked storage: the game goes on unsaved rather than stopping.
      }
    },
    candidates() {
      const out: StoredSave[] = [];
      const current = get(SAVE_KEY);
      if (current !== null) out.push({ slot: 'current', text: current });
      const previous = get(PREVIOUS_SAVE_KEY);
      if (previous !== null) out.push({ slot: 'previous', text: previous });
      return out;
    },
    hasSave() {
      return get(SAVE_KEY) !== null || get(PREVIOUS_SAVE_KEY) !== null;
    },
    clear() {
      try {
        storage?.removeItem(SAVE_KEY);
        storage?.removeItem(PREVIOUS_SAVE_KEY);
      } catch {
        // nothing to do: the next write overwrites
      }
    },
  };
}
