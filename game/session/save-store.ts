// The autosave slots in localStorage: the current save and the previous good one. Only text in and out here —
// whether a save still plays back is the running game's job (it needs the engine, which the title must not load).
// A new save moves the current one to "previous" only if the current one still reads as a save, so a corrupted
// slot never pushes out the last good game. A write that fails (storage full) is reported, never swallowed, and
// leaves a small marker naming the game that could not be saved, so Continue can say that the save it finds is
// older (or of another game) instead of resuming it without a word.
import type { KeyValueStore } from './settings';

export const SAVE_KEY = 'summit.save.v1';
export const PREVIOUS_SAVE_KEY = 'summit.save.previous.v1';
/** The marker left when the latest autosave could not be written. */
export const FAILED_SAVE_KEY = 'summit.save.failed.v1';
export const SAVE_FORMAT = 'summit-save' as const;

/** What is stored: the scenario file, the player's difficulty, and the game itself as its replay. */
export interface SaveRecord {
  format: typeof SAVE_FORMAT;
  version: 1;
  file: string; // the scenario file name in scenarios/, e.g. "alaska-2025.yaml"
  difficulty: string;
  replay: unknown; // a Replay (game/engine); checked again by parseReplay when loaded
  /** Which game this is (absent in saves of earlier builds): Continue tells one game from another by it. */
  gameId?: string;
  /** The turn the game had reached (for the player: "saved at turn 12"). */
  turn?: number;
}

/** The result of writing an autosave: written, or why not (one sentence for the player). */
export type SaveOutcome = { ok: true } | { ok: false; message: string };

/** The game whose latest autosave could not be written, and how far it had gone. */
export interface FailedSave {
  gameId: string | null;
  file: string;
  turn: number | null;
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
  const record: SaveRecord = {
    format: SAVE_FORMAT,
    version: 1,
    file: r.file,
    difficulty: typeof r.difficulty === 'string' ? r.difficulty : 'normal',
    replay: r.replay,
  };
  if (typeof r.gameId === 'string') record.gameId = r.gameId;
  if (typeof r.turn === 'number') record.turn = r.turn;
  return record;
}

function readFailedSave(text: string | null): FailedSave | null {
  if (text === null) return null;
  try {
    const raw = JSON.parse(text) as Record<string, unknown> | null;
    if (typeof raw !== 'object' || raw === null || typeof raw.file !== 'string') return null;
    return {
      gameId: typeof raw.gameId === 'string' ? raw.gameId : null,
      file: raw.file,
      turn: typeof raw.turn === 'number' ? raw.turn : null,
    };
  } catch {
    return null;
  }
}

/** One sentence for the player on why a save could not be written. */
function failureMessage(e: unknown): string {
  const quota =
    typeof e === 'object' &&
    e !== null &&
    ((e as { name?: unknown }).name === 'QuotaExceededError' || (e as { code?: unknown }).code === 22);
  return quota
    ? "This game could not be saved: the browser's storage for this site is full."
    : 'This game could not be saved: the browser refused to store it.';
}

export interface SaveStore {
  /** Stores a save; the one it replaces becomes the previous save if it was readable. Says when it could not. */
  write(record: SaveRecord): SaveOutcome;
  /** The stored saves, newest first (the caller tries each until one plays back). */
  candidates(): StoredSave[];
  /** Whether there is anything to offer "Continue" for. */
  hasSave(): boolean;
  /** The game whose latest autosave failed, if the last write failed (cleared by the next good write). */
  lastFailure(): FailedSave | null;
  /** Forgets both slots and the failure marker (after a finished game, or when nothing plays back). */
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
  const set = (key: string, value: string): boolean => {
    try {
      storage?.setItem(key, value);
      return storage !== null;
    } catch {
      return false;
    }
  };
  const remove = (key: string) => {
    try {
      storage?.removeItem(key);
    } catch {
      // nothing to do: the slot stays as it was
    }
  };
  /**
   * After a failed write: leave the marker so Continue can tell. If even the marker does not fit, make room for it
   * by dropping the previous slot, and as a last resort the current slot when it holds another game — Continue
   * then offers less, but never another game as if it were this one.
   */
  const markFailure = (record: SaveRecord) => {
    const marker = JSON.stringify({ gameId: record.gameId ?? null, file: record.file, turn: record.turn ?? null });
    if (set(FAILED_SAVE_KEY, marker)) return;
    remove(PREVIOUS_SAVE_KEY);
    if (set(FAILED_SAVE_KEY, marker)) return;
    const current = readSaveRecord(get(SAVE_KEY) ?? '');
    if (current !== null && current.gameId !== record.gameId) {
      remove(SAVE_KEY);
      set(FAILED_SAVE_KEY, marker);
    }
  };
  return {
    write(record) {
      if (storage === null) return { ok: false, message: 'This game cannot be saved: this browser offers no storage.' };
      try {
        const old = storage.getItem(SAVE_KEY);
        if (old !== null && readSaveRecord(old) !== null) storage.setItem(PREVIOUS_SAVE_KEY, old);
        storage.setItem(SAVE_KEY, JSON.stringify(record));
      } catch (e) {
        // A full or blocked storage: the game goes on unsaved, and the player is told (the outcome says why).
        markFailure(record);
        return { ok: false, message: failureMessage(e) };
      }
      remove(FAILED_SAVE_KEY);
      return { ok: true };
    },
    lastFailure: () => readFailedSave(get(FAILED_SAVE_KEY)),
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
        storage?.removeItem(FAILED_SAVE_KEY);
      } catch {
        // nothing to do: the next write overwrites
      }
    },
  };
}
