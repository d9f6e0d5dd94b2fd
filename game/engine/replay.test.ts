// Replays: record → verify round trip, per-turn hashes, tampering detected at the right turn, unfinished games.
import { describe, expect, it } from 'vitest';
import { mini } from './fixtures/mini';
import { stateHash } from './hash';
import { newGame } from './newgame';
import { runGame } from './play';
import { makeReplay, playReplay, verifyReplay } from './replay';
import { RULES_REVISION } from './state';

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

describe('branches', () => {
  it('records a branch that takes over a seat, and verifies it', async () => {
    const { produce } = await import('immer');
    const { applyAction, speaker } = await import('./rules');
    const { choosePolicyAction } = await import('./policies');
    const { seedState } = await import('./prng');
    const original = runGame(sc, { seed: 6 });
    const parent = makeReplay(sc, original, { game: 'test' });
    const steps = playReplay(sc, parent, 5);
    expect(steps.ok).toBe(true);
    if (!steps.ok) return;
    const at = steps.value[steps.value.length - 1].state;
    const startSeats = { ...at.seats };
    const taker = sc.parties[1].id;
    let s = produce(at, (d) => {
      d.seats[taker] = 'human';
    });
    let rng = seedState(99);
    while (speaker(sc, s) !== null) {
      const p = speaker(sc, s)!;
      const c = choosePolicyAction(s.seats[p] === 'human' ? 'random' : 'ai', sc, s, p, rng);
      rng = c.rng;
      const r = applyAction(sc, s, c.action, { reason: c.reason });
      s = r.ok ? r.value : (applyAction(sc, s, { type: 'turn.pass', party: p }) as { ok: true; value: typeof s }).value;
    }
    const branch = makeReplay(sc, s, {
      game: 'test',
      parent: { finalHash: parent.finalHash, turn: 5 },
      reseat: { turn: 5, startSeats },
    });
    expect(branch.reseat?.turn).toBe(5);
    expect(branch.parent?.turn).toBe(5);
    const v = verifyReplay(sc, branch);
    expect(v.ok).toBe(true);
    if (v.ok) expect(stateHash(v.value)).toBe(stateHash(s));
  });
});

describe('rules revisions', () => {
  it('a new game records the current rules revision and plays back under it', () => {
    const s = runGame(mini, { seed: 3, policies: { south: 'random' } });
    expect(s.rules).toBe(RULES_REVISION);
    const r = makeReplay(mini, s, { game: 'test' });
    expect(r.rules).toBe(RULES_REVISION);
    expect(verifyReplay(mini, r).ok).toBe(true);
  });
  it('a replay from a newer build says so', () => {
    const s = runGame(mini, { seed: 3 });
    const r = { ...makeReplay(mini, s, { game: 'test' }), rules: RULES_REVISION + 1 };
    const v = verifyReplay(mini, r);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.error.message).toMatch(/newer version of Summit/);
  });
});
