// A Match rebuilt from a replay: Continue (the autosave is a replay), a server restarting a room from its log, the
// replay viewer's "play from here". Every turn's hash is checked on the way; a replay that does not play back is
// one sentence, never an exception.
import {
  type CompiledScenario,
  err,
  ok,
  type PartyId,
  playHash,
  playReplay,
  type Replay,
  type Result,
  reseated,
  reseatsOf,
  seatsAt,
} from '../../engine/index';
import { newGameId } from './game-id';
import { branchMatch, type MatchInit, openMatch } from './match';
import type { Difficulty, Match, SavePort } from './types';

export interface FromReplayOptions {
  file: string;
  difficulty: Difficulty;
  save?: SavePort | null;
  /** The id of the game this replay was saved from (a save records it); a fresh one when absent. */
  gameId?: string;
}

/** The record and state a replay stands for, played to the turn it was saved at. */
function initFrom(sc: CompiledScenario, replay: Replay, o: FromReplayOptions): Result<MatchInit, string> {
  const steps = playReplay(sc, replay, replay.hashes.length);
  if (!steps.ok) return err(steps.error.message);
  let state = steps.value[steps.value.length - 1]!.state;
  // Seats changed at the very turn the game was saved at hold in the saved state.
  const seats = seatsAt(replay, state.turn);
  if (state.outcome === null && Object.keys(seats).some((p) => seats[p] !== state.seats[p])) {
    state = reseated(state, seats);
  }
  if (playHash(state) !== replay.finalHash) return err('the final state does not match the recording.');
  return ok({
    scenario: sc,
    file: o.file,
    difficulty: o.difficulty,
    gameId: o.gameId ?? newGameId(),
    state,
    startSeats: { ...replay.seats },
    reseats: reseatsOf(replay),
    parent: replay.parent,
    chair: replay.chair ?? [],
    // A replay that carries its scenario hands it on to the resumed game or the branch.
    scenarioText: replay.scenarioText,
  });
}

/** Rebuilds the game a replay recorded, at the turn it was recorded to. Writes no save until the game moves. */
export function matchFromReplay(sc: CompiledScenario, replay: Replay, o: FromReplayOptions): Result<Match, string> {
  const init = initFrom(sc, replay, o);
  return init.ok ? ok(openMatch(init.value, o.save ?? null)) : init;
}

/** "Play from turn N as …" on a recorded game (the replay viewer): a new game branched from the replay. */
export function branchFromReplay(
  sc: CompiledScenario,
  replay: Replay,
  turn: number,
  humans: readonly PartyId[],
  o: FromReplayOptions,
): Result<Match, string> {
  const init = initFrom(sc, replay, o);
  return init.ok ? ok(branchMatch(init.value, replay, turn, humans, o.save ?? null)) : init;
}
