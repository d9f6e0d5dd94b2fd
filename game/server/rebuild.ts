// Rebuilding a game from a room's log: the same start (scenario, seed, seats), then each logged event at its
// turn — the AI's turns in between are recomputed by the deterministic engine, never stored.

import type { CompiledScenario, Result } from '../engine/index';
import { createRoomMatch, type RoomMatch } from './room-match';
import type { RoomEvent, RoomRecord } from './store';

/** Applies logged events to a match started from the room's record. */
export function applyLog(m: RoomMatch, events: readonly RoomEvent[]): Result<RoomMatch, string> {
  for (const e of events) {
    while (m.state().turn < e.turn && m.step()) {}
    if (m.state().turn !== e.turn) return { ok: false, error: `the log's turn ${e.turn} was never reached` };
    if (e.kind === 'action') {
      const r = m.act(e.action);
      if (!r.ok)
        return { ok: false, error: `the logged action at turn ${e.turn} no longer applies: ${r.error.message}` };
    } else if (e.kind === 'chair') {
      const r = m.chair(e.chair);
      if (!r.ok)
        return { ok: false, error: `the logged intervention at turn ${e.turn} no longer applies: ${r.error.message}` };
    } else m.reseat(e.seats);
  }
  return { ok: true, value: m };
}

/** The whole game of a logged room (null while it is still in the lobby), played on as far as the AI seats go. */
export function rebuildRoom(
  scenario: CompiledScenario,
  record: RoomRecord,
  events: readonly RoomEvent[],
): Result<RoomMatch | null, string> {
  if (record.seats === null) return { ok: true, value: null };
  const r = applyLog(
    createRoomMatch({
      scenario,
      file: record.file,
      seed: record.seed,
      seats: record.seats,
      difficulty: record.difficulty,
      gameId: record.code,
    }),
    events,
  );
  if (r.ok) while (r.value.step()) {}
  return r;
}
