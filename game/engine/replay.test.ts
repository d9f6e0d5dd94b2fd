// Replays: record → verify round trip, per-turn hashes, tampering detected at the right turn, unfinished games.
import { describe, expect, it } from 'vitest';
import { mini } from './fixtures/mini';
import { stateHash } from './hash';
import { newGame } from './newgame';
import { runGame } from './play';
import { makeReplay, playReplay, verifyReplay } from './replay';

const sc = mini;

function recorded(seed: number) {
  const first = sc.parties[0].id;
  const s = runGame(sc, { seed, policies: { [first]: 'random' } });
  return { s, replay: makeReplay(sc, s, { game: 'test' }) };
}

describe('replays', () => {
  it('round-trips: verifying a recorded game gives the same final state', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { s, replay } = recorded(seed);
      expect(replay.actions.length).toBeGreaterThan(0);
      expect(replay.hashes.length).toBe(s.turn);
      const v = verifyReplay(sc, replay);
      expect(v.ok).toBe(true);
      if (v.ok) expect(stateHash(v.value)).toBe(stateHash(s));
    }
  });
  it('survives JSON', () => {
    const { replay } = recorded(9);
    expect(verifyReplay(sc, JSON.parse(JSON.stringify(replay))).ok).toBe(true);
  });
  it('names the turn where a tampered hash diverges', () => {
    const { replay } = recorded(2);
    const hashes = [...replay.hashes];
    hashes[3] = '00000000';
    const v = verifyReplay(sc, { ...replay, hashes });
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.error.code).toBe('diverged');
      expect(v.error.message).toContain('turn 3');
    }
  });
  it('names the turn of a tampered action', () => {
    const { replay } = recorded(4);
    const actions = replay.actions.map((a, i) =>
      i === 0 ? { ...a, action: { type: 'turn.pass' as const, party: a.action.party } } : a,
    );
    const v = verifyReplay(sc, { ...replay, actions });
    // Either the pass was already the action (then nothing changes) or the game diverges at that turn.
    if (replay.actions[0].action.type !== 'turn.pass') {
      expect(v.ok).toBe(false);
      if (!v.ok) expect(v.error.message).toContain(`turn ${replay.actions[0].turn}`);
    }
  });
  it('refuses a replay of another scenario version', () => {
    const { replay } = recorded(1);
    const v = verifyReplay(sc, { ...replay, scenario: { ...replay.scenario, version: '9.9.9' } });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.error.message).toContain('9.9.9');
  });
  it('records and replays an unfinished game', () => {
    const start = newGame(sc, { seed: 5, seats: Object.fromEntries(sc.parties.map((p) => [p.id, 'human'])) });
    const replay = makeReplay(sc, start, { game: 'test' });
    expect(replay.outcome).toBeNull();
    const steps = playReplay(sc, replay);
    expect(steps.ok).toBe(true);
    if (steps.ok) expect(stateHash(steps.value[steps.value.length - 1].state)).toBe(stateHash(start));
  });
});
