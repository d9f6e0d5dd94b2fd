// What a room needs of a running game: the read and intent methods of the session's headless Match
// (docs: MATCH-API), nothing more. `createRoomMatch` plays it on the engine directly — the same steps as the
// session (aiDecide then applyAction, through Immer), so the replay it records verifies with `summit replay verify`.
// When the session's Match is merged, it satisfies this interface as it is and replaces this factory.

import { makeReplayFile } from '../content/index';
import type { Action, ActionType } from '../engine/actions';
import { aiDecide } from '../engine/ai';
import type { RuleError } from '../engine/errors';
import { stateHash } from '../engine/hash';
import { newGame } from '../engine/newgame';
import { makeReplay, type Replay } from '../engine/replay';
import type { Result } from '../engine/result';
import { applyAction, legalActionTypes, speaker } from '../engine/rules';
import type { ByParty, CompiledScenario, PartyId } from '../engine/scenario';
import type { GameState, Seat } from '../engine/state';

/** Written into every replay an online room records. */
export const SERVER_GAME_VERSION = 'summit-0.1.0';

export interface RoomMatch {
  readonly scenario: CompiledScenario;
  state(): GameState;
  hash(): string;
  toMove(): PartyId | null;
  seats(): ByParty<Seat>;
  legal(party: PartyId): ActionType[];
  act(action: Action): Result<GameState, RuleError>;
  step(): boolean;
  reseat(seats: Partial<ByParty<Seat>>): void;
  replay(): Replay;
  replayFile(): string;
}

export interface RoomMatchSetup {
  scenario: CompiledScenario;
  seed: number;
  seats: ByParty<Seat>;
}

export function createRoomMatch(setup: RoomMatchSetup): RoomMatch {
  const sc = setup.scenario;
  let state = newGame(sc, { seed: setup.seed, seats: setup.seats });
  const startSeats = { ...setup.seats };
  let firstReseat: number | null = null;
  const replay = () =>
    makeReplay(sc, state, {
      game: SERVER_GAME_VERSION,
      reseat: firstReseat === null ? null : { turn: firstReseat, startSeats },
    });
  return {
    scenario: sc,
    state: () => state,
    hash: () => stateHash(state),
    toMove: () => speaker(sc, state),
    seats: () => ({ ...state.seats }),
    legal: (party) => legalActionTypes(sc, state, party),
    act(action) {
      const p = speaker(sc, state);
      if (p !== null && state.seats[p] !== 'human')
        return { ok: false, error: { code: 'not-your-turn', message: 'It is not a human turn.' } };
      const r = applyAction(sc, state, action);
      if (r.ok) state = r.value;
      return r;
    },
    step() {
      const p = speaker(sc, state);
      if (p === null || state.seats[p] !== 'ai') return false;
      const d = aiDecide(sc, state, p);
      const r = applyAction(sc, state, d.action, { reason: d.reason });
      const next = r.ok ? r : applyAction(sc, state, { type: 'turn.pass', party: p });
      if (!next.ok) return false;
      state = next.value;
      return true;
    },
    reseat(seats) {
      const merged = { ...state.seats, ...seats } as ByParty<Seat>;
      if (Object.keys(merged).every((p) => merged[p] === state.seats[p])) return;
      firstReseat ??= state.turn;
      state = { ...state, seats: merged };
    },
    replay,
    replayFile: () => makeReplayFile(replay()),
  };
}
