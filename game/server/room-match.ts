// What a room runs: the session's headless Match (game/session/match), created for a room's scenario, seed and
// seats. The server keeps no autosave (its room log is the save), so the Match gets no SavePort.

import type { ByParty, CompiledScenario, Seat } from '../engine/index';
import { createMatch, type Difficulty, type Match, scenarioTextOf } from '../session/match/index';

export type RoomMatch = Match;

export interface RoomMatchSetup {
  scenario: CompiledScenario;
  file: string;
  seed: number;
  seats: ByParty<Seat>;
  difficulty: Difficulty;
  gameId: string; // the room's code
}

// A room on an uploaded scenario carries its text (uploads.ts remembers it), so the replay every player downloads
// plays back and verifies with no other file; bundled scenarios carry nothing.
export const createRoomMatch = (setup: RoomMatchSetup): RoomMatch =>
  createMatch({ ...setup, scenarioText: scenarioTextOf(setup.scenario) }, null);
