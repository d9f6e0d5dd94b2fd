// The headless Match: a running game with everything but pixels. It applies a human's intent (or says which rule
// it breaks), plays AI turns one at a time or up to the next human turn, records the replay (with every change of
// seats), autosaves through a SavePort, branches ("play from here"), and tells its subscribers what happened.
// No DOM, no timers: the browser paces AI turns with its own timer, the server with its own clock, the CLI not at all.
import { makeReplayFile, shareLink } from '../../content/index';
import {
  type Action,
  aiDecide,
  applyAction,
  applyChair,
  type ByParty,
  type ChairAction,
  type CompiledScenario,
  err,
  type GameState,
  legalActionTypes,
  makeReplay,
  newGame,
  ok,
  type PartyId,
  partyPlural,
  playHash,
  playReplay,
  type RecordedChair,
  type Replay,
  type Reseat,
  type Result,
  type RuleError,
  reseated,
  type Seat,
  speaker,
  stateHash,
} from '../../engine/index';
import { replayFileName } from '../replay-open';
import { SAVE_FORMAT } from '../save-store';
import { GAME_VERSION } from '../version';
import { eventsOfTurn } from './events';
import { newGameId } from './game-id';
import type { Difficulty, Match, MatchEvent, MatchListener, MatchSetup, SaveOutcome, SavePort } from './types';

/** Everything a Match is made of, whether it starts afresh, from a replay, or as a branch. */
export interface MatchInit {
  scenario: CompiledScenario;
  file: string;
  difficulty: Difficulty;
  gameId: string;
  state: GameState;
  /** The seats at turn 0 of the replay (the state's seats may differ after reseats). */
  startSeats: ByParty<Seat>;
  reseats: Reseat[];
  parent: Replay['parent'];
  /** The chair's interventions so far (a class's table; absent: none). */
  chair?: RecordedChair[];
  /** The scenario's YAML, carried in every replay and save of a scenario the game does not bundle. */
  scenarioText?: string;
}

/** A new game from a seed and seats; its first autosave is written at once, so it is resumable from turn 0. */
export function createMatch(setup: MatchSetup, save: SavePort | null = null): Match {
  const state = newGame(setup.scenario, { seed: setup.seed, seats: setup.seats });
  const match = openMatch(
    {
      scenario: setup.scenario,
      file: setup.file,
      difficulty: setup.difficulty,
      gameId: setup.gameId ?? newGameId(),
      state,
      startSeats: { ...state.seats },
      reseats: [],
      parent: null,
      scenarioText: setup.scenarioText,
    },
    save,
  );
  match.save();
  return match;
}

/** A Match over an existing state and record (a new game, a resumed one, a branch). Writes nothing by itself. */
export function openMatch(init: MatchInit, port: SavePort | null): Match {
  const sc = init.scenario;
  let state = init.state;
  const reseats = init.reseats.map((r) => ({ turn: r.turn, seats: { ...r.seats } }));
  const chairs = (init.chair ?? []).map((c) => ({ turn: c.turn, chair: { ...c.chair } }));
  const listeners = new Set<MatchListener>();
  let lastSave: SaveOutcome = { ok: true };
  /**
   * Each turn's hash as the game is played (the replay's `hashes`), so making the replay needs no play-back of the
   * whole game. Known only for a game this Match played from its first turn; otherwise null (the replay plays back).
   */
  const hashes: string[] | null = state.turn === 0 ? [] : null;
  /** The play hash of the state it was computed for (each turn's is computed as it is recorded). */
  let played: { state: GameState; hash: string } | null = null;
  const playHashOf = (s: GameState): string => {
    if (played?.state !== s) played = { state: s, hash: playHash(s) };
    return played.hash;
  };

  const emit = (event: MatchEvent) => {
    for (const listener of [...listeners]) listener(event, state);
  };
  const replay = (): Replay => {
    const r = makeReplay(sc, state, {
      game: GAME_VERSION,
      parent: init.parent,
      reseats: reseats.length > 0 ? { startSeats: init.startSeats, changes: reseats } : null,
      chair: chairs,
      hashes: hashes ?? undefined,
    });
    // The scenario travels with the game, so the file, the link and the save play back with no other file.
    if (init.scenarioText !== undefined) r.scenarioText = init.scenarioText;
    return r;
  };
  /** Writes the autosave; the outcome is kept for saveStatus() and told to subscribers by the caller. */
  const write = (): SaveOutcome => {
    if (port === null) return { ok: true };
    lastSave = port.write({
      format: SAVE_FORMAT,
      version: 1,
      file: init.file,
      difficulty: init.difficulty,
      replay: replay(),
      gameId: init.gameId,
      turn: state.turn,
    });
    return lastSave;
  };
  const save = (): SaveOutcome => {
    const outcome = write();
    if (!outcome.ok) emit({ type: 'saveFailed', message: outcome.message });
    return outcome;
  };
  const atRest = () => {
    const p = speaker(sc, state);
    return p === null || state.seats[p] === 'human';
  };
  /**
   * The new state after an action (its turn's hash recorded for the replay), its autosave, then its events (saved
   * first, so that an observer that throws cannot leave a turn unsaved). A save writes the whole replay, so it runs
   * after every human action and whenever the game comes to rest (a human to move, or the end) — never in the
   * middle of a run of AI turns, which replay identically anyway.
   */
  const commit = (next: GameState, action: Action, by: Seat) => {
    const before = state;
    state = next;
    // turnHash is the play hash's first 8 hex digits; the whole one stays for playHash().
    hashes?.push(playHashOf(next).slice(0, 8));
    const saved = by === 'human' || atRest() ? write() : null;
    for (const event of eventsOfTurn(sc, before, next, action, by)) emit(event);
    if (saved && !saved.ok) emit({ type: 'saveFailed', message: saved.message });
  };

  const match: Match = {
    scenario: sc,
    file: init.file,
    difficulty: init.difficulty,
    gameId: init.gameId,
    state: () => state,
    hash: () => stateHash(state),
    playHash: () => playHashOf(state),
    toMove: () => speaker(sc, state),
    seats: () => ({ ...state.seats }),
    humans: () => sc.parties.filter((p) => state.seats[p.id] === 'human').map((p) => p.id),
    legal: (party) => legalActionTypes(sc, state, party),
    aiToMove() {
      const p = speaker(sc, state);
      return p !== null && state.seats[p] === 'ai';
    },
    act(action): Result<GameState, RuleError> {
      const p = speaker(sc, state);
      if (p !== null && p === action.party && state.seats[p] !== 'human') {
        const name = sc.parties.find((x) => x.id === p)?.name ?? p;
        const are = partyPlural(sc, p) ? 'are' : 'is';
        return err({ code: 'not-your-turn', message: `${name} ${are} played by the computer, not by you.` });
      }
      const result = applyAction(sc, state, action);
      if (!result.ok) return result;
      commit(result.value, action, 'human');
      return ok(state);
    },
    step() {
      const p = speaker(sc, state);
      if (p === null || state.seats[p] !== 'ai') return false;
      // The same steps as playReplay (aiDecide then applyAction), so a save plays back to this very state.
      const d = aiDecide(sc, state, p);
      const tried = applyAction(sc, state, d.action, { reason: d.reason });
      if (tried.ok) {
        commit(tried.value, d.action, 'ai');
        return true;
      }
      // An AI decision is legal by construction; should one ever not be, the party passes rather than stall.
      const pass: Action = { type: 'turn.pass', party: p };
      const passed = applyAction(sc, state, pass);
      if (!passed.ok) return false;
      commit(passed.value, pass, 'ai');
      return true;
    },
    skip() {
      let played = 0;
      while (match.step()) played++;
      return played;
    },
    chair(c: ChairAction): Result<GameState, RuleError> {
      const r = applyChair(sc, state, c);
      if (!r.ok) return r;
      const before = state;
      state = r.value;
      chairs.push({ turn: before.turn, chair: { ...c } });
      for (const event of eventsOfTurn(sc, before, state, null, 'ai')) emit(event);
      save();
      return ok(state);
    },
    reseat(change) {
      if (state.outcome !== null) return;
      const seats: ByParty<Seat> = { ...state.seats };
      for (const p of sc.parties) {
        const seat = change[p.id];
        if (seat === 'human' || seat === 'ai') seats[p.id] = seat;
      }
      if (sc.parties.every((p) => seats[p.id] === state.seats[p.id])) return;
      state = reseated(state, seats);
      reseats.push({ turn: state.turn, seats: { ...seats } });
      emit({ type: 'reseat', turn: state.turn, seats: { ...seats } });
      save();
    },
    branch(turn, humans, branchSave) {
      // Without a port named, the branch saves where this game saves (null: nowhere).
      return branchMatch(
        { ...init, state, reseats },
        replay(),
        turn,
        humans,
        branchSave === undefined ? port : branchSave,
      );
    },
    replay,
    replayFile: () => makeReplayFile(replay()),
    replayFileName: (date) => replayFileName(sc, replay(), date),
    link: () => shareLink(replay()),
    save,
    saveStatus: () => lastSave,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  return match;
}

/**
 * "Play from here": the state after `turn` actions of a recorded game, the chosen parties in human seats and the
 * rest AI. The branch's replay starts from the same seed and seats, names its parent, keeps the parent's changes
 * of seats up to the branch point and appends its own. Its first autosave is written at once.
 */
export function branchMatch(
  from: MatchInit,
  parentReplay: Replay,
  turn: number,
  humans: readonly PartyId[],
  save: SavePort | null,
): Match {
  const sc = from.scenario;
  const steps = playReplay(sc, parentReplay, Math.max(0, turn));
  // The parent's replay is this very game's record, so it plays back; should it not, the branch starts at its end.
  const at = steps.ok ? steps.value[steps.value.length - 1]!.state : from.state;
  const seats: ByParty<Seat> = {};
  for (const p of sc.parties) seats[p.id] = humans.includes(p.id) ? 'human' : 'ai';
  const kept = from.reseats.filter((r) => r.turn <= at.turn);
  const match = openMatch(
    {
      scenario: sc,
      file: from.file,
      difficulty: from.difficulty,
      gameId: newGameId(),
      state: reseated(at, seats),
      startSeats: from.startSeats,
      reseats: [...kept, { turn: at.turn, seats }],
      parent: { finalHash: parentReplay.finalHash, turn: at.turn },
      scenarioText: from.scenarioText,
    },
    save,
  );
  match.save();
  return match;
}
