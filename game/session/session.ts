// The running game, held in one place. Today it only answers "is a game running, and what is its state hash?";
// later it wires engine, content, storage and audio, receives the view's actions and publishes new states.

/** What the session knows about a game in progress. Filled in once the engine can run a game. */
export interface RunningGame {
  readonly scenarioId: string;
  /** Canonical hash of the current game state (the same in Node and in Chromium). */
  readonly stateHash: string;
}

export interface Session {
  /** The game in progress, or null on the title and menu screens. */
  running(): RunningGame | null;
  /** The running game's state hash, or null when no game is running. */
  stateHash(): string | null;
  /** Whether a saved game can be resumed ("Continue"). False until autosave exists. */
  canContinue(): boolean;
}

export function createSession(): Session {
  // No game can be started yet: the engine and its autosave land in later issues.
  const game: RunningGame | null = null;
  return {
    running: () => game,
    stateHash: () => (game === null ? null : (game as RunningGame).stateHash),
    canContinue: () => false,
  };
}
