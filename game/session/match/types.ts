// The Match's vocabulary: how a game is set up, where its autosaves go, what it tells its observers, and the
// intents it takes. A Match is the whole running game but pixels — the browser's table, the CLI's simulate and the
// online room drive the same object. It holds no timers: pacing AI turns is the caller's business.
import type {
  Action,
  ActionType,
  ByParty,
  ChairAction,
  CompiledScenario,
  GameState,
  Outcome,
  Package,
  PartyId,
  PhaseId,
  Replay,
  Result,
  RuleError,
  Seat,
} from '../../engine/index';
import type { SaveOutcome, SaveRecord } from '../save-store';

export type { SaveOutcome } from '../save-store';

export type Difficulty = 'easy' | 'normal' | 'hard';

export interface MatchSetup {
  scenario: CompiledScenario;
  /** The scenario file's name (bundled) or 'opened:<name>' (opened from the player's disk). */
  file: string;
  seed: number;
  seats: ByParty<Seat>;
  difficulty: Difficulty;
  /** Names this game in its saves (so Continue can tell one game from another); a fresh one when absent. */
  gameId?: string;
  /**
   * The scenario's YAML text, for a scenario the game does not bundle (opened from a file, written in the studio):
   * its replays, links and saves carry it, so they play back with no other file. Absent for a bundled scenario.
   */
  scenarioText?: string;
}

/** Where autosaves go: localStorage in the browser, a Map in tests, nothing on the server (it has its database). */
export interface SavePort {
  write(record: SaveRecord): SaveOutcome;
}

/** What happened, for whoever draws or relays the game. Derived from states, never from the log's wording. */
export type MatchEvent =
  | { type: 'turn'; turn: number; party: PartyId; action: Action; by: Seat }
  | { type: 'stance'; party: PartyId; from: string; to: string; cause: string | null }
  | { type: 'offer'; party: PartyId; package: Package }
  | { type: 'deal'; phase: PhaseId; package: Package }
  | { type: 'phase'; phase: PhaseId; index: number }
  | { type: 'reseat'; turn: number; seats: ByParty<Seat> }
  | { type: 'saveFailed'; message: string }
  | { type: 'end'; outcome: Outcome };

export type MatchListener = (event: MatchEvent, state: GameState) => void;

export interface Match {
  readonly scenario: CompiledScenario;
  readonly file: string;
  readonly difficulty: Difficulty;
  /** This game's id, written into its saves; a branch is a new game with a new id. */
  readonly gameId: string;
  state(): GameState;
  /** The canonical hash of the current state (the same in Node and in Chromium). */
  hash(): string;
  /**
   * The play hash of the current state (replay.ts: what a replay pins at each turn), computed once per state: the
   * Match works it out anyway to record each turn's hash, so it costs nothing more to read.
   */
  playHash(): string;
  /** Whose turn it is; null when the game is over. */
  toMove(): PartyId | null;
  seats(): ByParty<Seat>;
  /** The parties in human seats, in the scenario's order. */
  humans(): PartyId[];
  legal(party: PartyId): ActionType[];
  /** Whether an AI seat is to move (so the caller's pacing has something to pace). */
  aiToMove(): boolean;
  /**
   * A human's intent. The party must hold a human seat and be the speaker. Returns the rule broken as a value;
   * nothing changes then.
   */
  act(action: Action): Result<GameState, RuleError>;
  /** Plays exactly one AI turn if an AI seat is to move; false otherwise. */
  step(): boolean;
  /** Plays AI turns until a human is to move or the game ends; returns how many were played. */
  skip(): number;
  /**
   * The chair's intervention (a class's instructor or phase clock; rules 4 on): fires a world event or ends the
   * phase before the next turn; recorded in the replay. Returns why it cannot happen as a value.
   */
  chair(c: ChairAction): Result<GameState, RuleError>;
  /** Changes who sits where from the current turn on; recorded in the replay's list of reseats. */
  reseat(seats: Partial<ByParty<Seat>>): void;
  /**
   * "Play from here": a new Match from turn `turn` of this one with these human parties; the branch's replay
   * names its parent and appends its reseat to this game's reseats (a branch of a branch keeps both). It saves
   * through `save`, or through this game's port when `save` is not given (null: it writes no save).
   */
  branch(turn: number, humans: readonly PartyId[], save?: SavePort | null): Match;
  /** The game so far, as a replay (naming the game it was branched from, if any). */
  replay(): Replay;
  /** The replay file's text (pretty JSON). */
  replayFile(): string;
  /** The file name a downloaded replay gets, on the given (local) date. */
  replayFileName(date: Date): string;
  /** The share link's fragment ('#r1.…'), or why this game cannot be shared as a link. */
  link(): Result<string, string>;
  /** Writes the autosave now through the SavePort. */
  save(): SaveOutcome;
  /**
   * How the latest autosave went ({ ok: true } before any, or without a port). The first save is written while
   * the Match is created, before anyone can subscribe: an observer reads this once, then follows 'saveFailed'.
   */
  saveStatus(): SaveOutcome;
  /** Every event from now on; returns the unsubscribe function. */
  subscribe(listener: MatchListener): () => void;
}
