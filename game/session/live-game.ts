// A running game: the engine, the compiled scenario and the autosave wired together. Loaded lazily (on Play or
// Continue) so the title screen carries none of the engine, the YAML parser or zod. The view hands it actions;
// it applies them through the engine, saves the game's replay after every action, and answers with the new state.

import { produce } from 'immer';
import { formatError, parseReplay, parseScenario } from '../content';
import type { Action, ActionType } from '../engine/actions';
import { aiDecide } from '../engine/ai';
import type { RuleError } from '../engine/errors';
import { stateHash } from '../engine/hash';
import { newGame } from '../engine/newgame';
import { makeReplay, playHash, playReplay, type Replay } from '../engine/replay';
import { applyAction, legalActionTypes, speaker } from '../engine/rules';
import type { CompiledScenario, PartyId } from '../engine/scenario';
import type { GameState, Seat } from '../engine/state';
import { readSaveRecord, SAVE_FORMAT, type SaveStore } from './save-store';
import { scenarioSources } from './scenario-files';

/** Written into every replay: which build recorded it. */
export const GAME_VERSION = 'summit-0.1.0';

export type Difficulty = 'easy' | 'normal' | 'hard';

export interface GameSetup {
  file: string;
  scenario: CompiledScenario;
  seats: Record<PartyId, Seat>;
  seed: number;
  difficulty: Difficulty;
}

export interface LiveGame {
  readonly file: string;
  readonly scenario: CompiledScenario;
  readonly difficulty: Difficulty;
  /** Writes the autosave now (at the start, so a game is resumable before its first action). */
  save(): void;
  /** The game so far as a replay (naming the replay it was branched from, if any). */
  replay(): Replay;
  state(): GameState;
  /** The human parties, in the scenario's order. */
  humans(): PartyId[];
  /** Whose turn it is (null when the game is over). */
  toMove(): PartyId | null;
  legal(party: PartyId): ActionType[];
  /** A human's action: applied and saved, or the rule it breaks (shown to the player, nothing changes). */
  act(action: Action): RuleError | null;
  /** Plays one AI turn if an AI is to move; false when it is a human's turn or the game is over. */
  stepAi(): boolean;
  hash(): string;
  onChange(listener: (state: GameState) => void): () => void;
}

/**
 * The `file` of a game whose scenario was opened from the player's disk (or a ?scenario= link), not bundled: its
 * save names the file, but the browser cannot read it again on Continue, so Continue says so.
 */
export const OPENED_FILE_PREFIX = 'opened:';

/** Reads and compiles a bundled scenario file; the error is a readable sentence with file:line:column. */
export async function loadScenario(
  file: string,
): Promise<{ ok: true; value: CompiledScenario } | { ok: false; error: string }> {
  if (file.startsWith(OPENED_FILE_PREFIX)) {
    const name = file.slice(OPENED_FILE_PREFIX.length);
    return {
      ok: false,
      error: `it used the scenario file ${name}, opened from your computer, which the game cannot read again; open the file again to start a new game.`,
    };
  }
  const key = Object.keys(scenarioSources).find((path) => path.endsWith(`/${file}`));
  if (key === undefined) return { ok: false, error: `This build has no scenario file ${file}.` };
  let text: string;
  try {
    text = await scenarioSources[key]();
  } catch {
    return { ok: false, error: `The scenario file ${file} could not be loaded.` };
  }
  const parsed = parseScenario(text, file);
  if (!parsed.ok) {
    const first = parsed.error[0];
    return { ok: false, error: first ? formatError(first) : `${file} could not be read.` };
  }
  return { ok: true, value: parsed.value };
}

function createLiveGame(
  setup: Omit<GameSetup, 'seats' | 'seed'>,
  initial: GameState,
  saves: SaveStore | null,
  parent: Replay['parent'] = null,
  reseat: { turn: number; startSeats: Record<PartyId, Seat> } | null = null,
): LiveGame {
  const sc = setup.scenario;
  let state = initial;
  const listeners = new Set<(s: GameState) => void>();
  const save = () =>
    // Autosave after every action: the replay is the save (a few ms for a whole Alaska game).
    saves?.write({
      format: SAVE_FORMAT,
      version: 1,
      file: setup.file,
      difficulty: setup.difficulty,
      replay: makeReplay(sc, state, { game: GAME_VERSION, parent, reseat }),
    });
  // Saving replays the whole game to collect each turn's hash (tens of ms for Alaska), so it runs after every
  // human action and whenever the game comes to rest (a human to move, or the end) — never in the middle of a
  // burst of AI turns, which replay identically from the last save anyway.
  const commit = (next: GameState, human: boolean) => {
    state = next;
    const p = speaker(sc, state);
    if (human || p === null || state.seats[p] === 'human') save();
    for (const listener of listeners) listener(state);
  };
  return {
    save,
    replay: () => makeReplay(sc, state, { game: GAME_VERSION, parent, reseat }),
    file: setup.file,
    scenario: sc,
    difficulty: setup.difficulty,
    state: () => state,
    humans: () => sc.parties.filter((p) => state.seats[p.id] === 'human').map((p) => p.id),
    toMove: () => speaker(sc, state),
    legal: (party) => legalActionTypes(sc, state, party),
    act(action) {
      const p = speaker(sc, state);
      if (p === null || state.seats[p] !== 'human')
        return { code: 'not-your-turn', message: 'It is not a human turn.' };
      const result = applyAction(sc, state, action);
      if (!result.ok) return result.error;
      commit(result.value, true);
      return null;
    },
    stepAi() {
      const p = speaker(sc, state);
      if (p === null || state.seats[p] !== 'ai') return false;
      // The same steps as playReplay (aiDecide then applyAction), so a save plays back to this very state.
      const d = aiDecide(sc, state, p);
      const r = applyAction(sc, state, d.action, { reason: d.reason });
      const next = r.ok ? r : applyAction(sc, state, { type: 'turn.pass', party: p });
      if (!next.ok) return false;
      commit(next.value, false);
      return true;
    },
    hash: () => stateHash(state),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function startGame(setup: GameSetup, saves: SaveStore | null): LiveGame {
  const initial = newGame(setup.scenario, { seed: setup.seed, seats: setup.seats });
  const game = createLiveGame(setup, initial, saves);
  game.save();
  return game;
}

/**
 * "Play from here": a live game from a step of a replay. The chosen parties sit in human seats from the start
 * of the branch's own replay (their earlier moves are replayed as recorded), which names its parent.
 */
export function branchGame(
  setup: Omit<GameSetup, 'seats' | 'seed'>,
  state: GameState,
  humans: readonly PartyId[],
  parent: Replay['parent'],
  saves: SaveStore | null,
): LiveGame {
  const seated = produce(state, (d) => {
    for (const p of setup.scenario.parties) d.seats[p.id] = humans.includes(p.id) ? 'human' : 'ai';
  });
  const game = createLiveGame(setup, seated, saves, parent, { turn: state.turn, startSeats: { ...state.seats } });
  game.save();
  return game;
}

export type ContinueResult = { ok: true; game: LiveGame; message: string | null } | { ok: false; message: string };

/**
 * Resumes the saved game by playing its replay back (every turn's hash checked). The current save is tried
 * first, then the previous good one; a save that does not play back is reported, never thrown.
 */
export async function continueGame(saves: SaveStore): Promise<ContinueResult> {
  const problems: string[] = [];
  for (const stored of saves.candidates()) {
    const label = stored.slot === 'current' ? 'The last save' : 'The previous save';
    const record = readSaveRecord(stored.text);
    if (record === null) {
      problems.push(`${label} is damaged (not a readable save).`);
      continue;
    }
    const replay = parseReplay(JSON.stringify(record.replay), 'save');
    if (!replay.ok) {
      problems.push(`${label} is damaged (${replay.error[0]?.message ?? 'not a replay'}).`);
      continue;
    }
    const sc = await loadScenario(record.file);
    if (!sc.ok) {
      problems.push(`${label} cannot be opened: ${sc.error}`);
      continue;
    }
    const state = resume(sc.value, replay.value);
    if (typeof state === 'string') {
      problems.push(`${label} does not play back: ${state}`);
      continue;
    }
    const difficulty: Difficulty =
      record.difficulty === 'easy' || record.difficulty === 'hard' ? record.difficulty : 'normal';
    const game = createLiveGame({ file: record.file, scenario: sc.value, difficulty }, state, saves);
    return {
      ok: true,
      game,
      message: problems.length > 0 ? `${problems.join(' ')} Resumed from the previous save.` : null,
    };
  }
  return {
    ok: false,
    message: problems.length > 0 ? `${problems.join(' ')} No saved game could be resumed.` : 'There is no saved game.',
  };
}

/** Plays the replay to exactly the turn it was saved at and checks the final state hash. */
function resume(sc: CompiledScenario, replay: Replay): GameState | string {
  const steps = playReplay(sc, replay, replay.hashes.length);
  if (!steps.ok) return steps.error.message;
  const last = steps.value[steps.value.length - 1]!.state;
  if (playHash(last) !== replay.finalHash) return 'the final state does not match the recording.';
  return last;
}
