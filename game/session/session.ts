// The session: the one place that knows whether a game is running. The title chunk holds only this small part;
// the running game itself (engine, content) is loaded on Play or Continue and attached here, so the read-only
// test hook and "Continue" can ask about it without the title loading the engine.
import { createSaveStore, type SaveStorage, type SaveStore } from './save-store';

/** What the session knows about a game in progress. */
export interface RunningGame {
  readonly scenarioId: string;
  /** Canonical hash of the current game state (the same in Node and in Chromium). */
  stateHash(): string;
}

export interface Session {
  /** The game in progress, or null on the title and menu screens. */
  running(): RunningGame | null;
  /** The running game's state hash, or null when no game is running. */
  stateHash(): string | null;
  /** Whether a saved game can be resumed ("Continue"). */
  canContinue(): boolean;
  /** The autosave slots. */
  saves: SaveStore;
  /** Called by the running game when it starts (and with null when the player leaves it). */
  attach(game: RunningGame | null): void;
}

function safeStorage(): SaveStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function createSession(storage: SaveStorage | null = safeStorage()): Session {
  let game: RunningGame | null = null;
  const saves = createSaveStore(storage);
  return {
    running: () => game,
    stateHash: () => (game === null ? null : game.stateHash()),
    canContinue: () => saves.hasSave(),
    saves,
    attach(next) {
      game = next;
    },
  };
}
