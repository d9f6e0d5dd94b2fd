// The views and scenarios the room encodes itself (view-frames.ts, wire.ts) are byte for byte the frames
// `client.send(type, message)` sends for the same message, so clients cannot tell the difference.

import { getMessageBytes, Protocol } from '@colyseus/core';
import { describe, expect, it } from 'vitest';
import type { GameState, PartyId } from '../engine/index';
import { createMatch, type Match } from '../session/match/index';
import { playerScenario, playerState } from './player-view';
import { scenarioShelf } from './scenarios';
import { scenarioFrame, sharedView, viewFrame } from './view-frames';

const loaded = scenarioShelf('scenarios').load('alaska-2025.yaml');
if (!loaded.ok) throw new Error(loaded.error);
const sc = loaded.value;
const sent = (type: string, message: unknown) => getMessageBytes.raw(Protocol.ROOM_DATA, type, message);

/** The view object as the room built it before it encoded views itself (the message clients decode). */
function referenceView(m: Match, party: PartyId | null, prev: GameState | null) {
  const s = m.state();
  const logFrom = prev === null ? 0 : Math.min(prev.log.length, s.log.length);
  const seat = playerState(m.scenario, s, party, logFrom);
  let state: Partial<GameState> = seat;
  if (prev !== null) {
    const changed: Record<string, unknown> = { log: seat.log };
    for (const k of Object.keys(seat) as (keyof GameState)[])
      if (k !== 'log' && k !== 'seed' && k !== 'rng' && s[k] !== prev[k]) changed[k] = seat[k];
    state = changed as Partial<GameState>;
  }
  return {
    party,
    state,
    logFrom,
    patch: prev !== null,
    hash: m.hash(),
    toMove: m.toMove(),
    legal: party === null ? [] : m.legal(party),
    seats: m.seats(),
  };
}

const framesOf = (m: Match, party: PartyId | null, prev: GameState | null) => {
  const s = m.state();
  const shared = sharedView(m.scenario, s, prev, { hash: m.hash(), toMove: m.toMove(), seats: m.seats() });
  return viewFrame(shared, m.scenario, s, party, party === null ? [] : m.legal(party));
};

describe('the frames the room encodes itself', () => {
  it('are the bytes of client.send for every seat, whole and as patches, over a whole game', () => {
    const seats = Object.fromEntries(sc.parties.map((p) => [p.id, 'ai'] as const));
    const m = createMatch({ scenario: sc, file: 'alaska-2025.yaml', seed: 7, seats, difficulty: 'normal' });
    const parties: (PartyId | null)[] = [null, ...sc.parties.map((p) => p.id)];
    let prev: GameState | null = null;
    let older: GameState | null = null;
    let compared = 0;
    for (let turn = 0; turn < 400 && m.state().outcome === null; turn++) {
      for (const party of parties)
        for (const from of [null, prev, older]) {
          expect(framesOf(m, party, from).equals(sent('view', referenceView(m, party, from)))).toBe(true);
          compared++;
        }
      older = prev;
      prev = m.state();
      if (!m.step()) break;
    }
    expect(m.state().outcome).not.toBeNull();
    expect(compared).toBeGreaterThan(300);
  });

  it("are the bytes of each seat's scenario message, and encoded once", () => {
    for (const party of [null, ...sc.parties.map((p) => p.id)]) {
      const bytes = scenarioFrame(sc, 'alaska-2025.yaml', party);
      const message = { file: 'alaska-2025.yaml', scenario: playerScenario(sc, party) };
      expect(bytes.equals(sent('scenario', message))).toBe(true);
      expect(scenarioFrame(sc, 'alaska-2025.yaml', party)).toBe(bytes);
    }
    expect(scenarioFrame(sc, 'other.yaml', 'us').equals(scenarioFrame(sc, 'alaska-2025.yaml', 'us'))).toBe(false);
  });
});
