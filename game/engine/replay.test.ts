// Replays: record → verify round trip, per-turn hashes, tampering detected at the right turn, unfinished games.
import { describe, expect, it } from 'vitest';
import { mini } from './fixtures/mini';
import { canonicalJson, hashString, stateHash } from './hash';
import { newGame } from './newgame';
import { runGame } from './play';
import { choosePolicyAction } from './policies';
import { seedState } from './prng';
import { actionTrace, makeReplay, playHash, playReplay, type Replay, verifyReplay } from './replay';
import { applyAction, speaker } from './rules';
import { type GameState, RULES_REVISION } from './state';

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

/**
 * A game where the human (south) asks the other parties what it would take at every turn they could, and plays
 * 'random' otherwise: its replay has asks to swap. Played under the given rules revision.
 */
function askingGame(rules: number, seed: number): GameState {
  let s = newGame(mini, { seed, rules, seats: { north: 'ai', south: 'human', broker: 'ai' } });
  let rng = seedState(seed);
  for (let p = speaker(mini, s); p !== null; p = speaker(mini, s)) {
    const asked =
      p === 'south' && s.turn < 6
        ? applyAction(mini, s, { type: 'ask.whatWouldItTake', party: p, target: 'north' })
        : null;
    if (asked?.ok) {
      s = asked.value;
      continue;
    }
    const c = choosePolicyAction(s.seats[p] === 'human' ? 'random' : 'ai', mini, s, p, rng);
    rng = c.rng;
    const r = applyAction(mini, s, c.action, { reason: c.reason });
    s = r.ok
      ? r.value
      : (applyAction(mini, s, { type: 'turn.pass', party: p }) as { ok: true; value: GameState }).value;
  }
  return s;
}

/** The replay with its first recorded ask replaced by a pass (the answer is the only trace an ask leaves). */
function askSwappedForPass(r: Replay): { replay: Replay; turn: number } {
  const i = r.actions.findIndex((a) => a.action.type === 'ask.whatWouldItTake');
  expect(i).toBeGreaterThanOrEqual(0);
  const actions = r.actions.map((a, j) =>
    j === i ? { ...a, action: { type: 'turn.pass' as const, party: a.action.party } } : a,
  );
  return { replay: { ...r, actions }, turn: r.actions[i].turn };
}

describe('the play hash covers every action (rules revision 3)', () => {
  it('keeps the play hash of rules revisions 1 and 2, so old replays, saves and links still verify', () => {
    // Computed by the build before revision 3 existed: these must never change.
    expect([1, 2, 3].map((seed) => playHash(askingGame(1, seed)))).toEqual([
      'eb2be40b881712f4',
      '0889f846a05fec90',
      'a2895fe2f9802ed8',
    ]);
    expect([1, 2, 3].map((seed) => playHash(askingGame(2, seed)))).toEqual([
      '0bbd39cc50e35118',
      'b36d5f8334ad5e08',
      '8831736f9661a7a4',
    ]);
  });
  it('catches an ask replaced by a pass, at the turn of the swap', () => {
    const s = askingGame(RULES_REVISION, 1);
    const { replay, turn } = askSwappedForPass(makeReplay(mini, s, { game: 'test' }));
    const v = verifyReplay(mini, replay);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.error.message).toBe(`Diverged at turn ${turn}: the game no longer matches the recording.`);
  });
  it('under rules revision 2 the same swap went unseen (why revision 3 exists)', () => {
    const { replay } = askSwappedForPass(makeReplay(mini, askingGame(2, 1), { game: 'test' }));
    expect(verifyReplay(mini, replay).ok).toBe(true);
  });
  it('the action trace is the chained hash of the actions, however the log was built', () => {
    const s = askingGame(RULES_REVISION, 2);
    const copy: GameState = JSON.parse(JSON.stringify(s)); // fresh entries: nothing remembered
    expect(actionTrace(copy.log)).toBe(actionTrace(s.log));
    expect(playHash(copy)).toBe(playHash(s));
    let naive = '';
    for (const e of s.log) if (e.kind === 'action') naive = hashString(`${naive}|${canonicalJson(e.action)}`);
    expect(actionTrace(s.log)).toBe(naive);
    // A shorter log (an earlier state) and a log with one action changed give other traces.
    const lastAction = s.log.map((e) => e.kind === 'action').lastIndexOf(true);
    expect(actionTrace(s.log.slice(0, lastAction))).not.toBe(actionTrace(s.log));
    const edited: GameState = JSON.parse(JSON.stringify(s));
    const i = edited.log.findIndex((e) => e.kind === 'action' && e.action.type === 'ask.whatWouldItTake');
    const asked = edited.log[i];
    if (asked?.kind === 'action') asked.action = { type: 'turn.pass', party: 'south' };
    expect(actionTrace(edited.log)).not.toBe(actionTrace(s.log));
  });
});

describe('verify checks every recorded field it can recompute', () => {
  const game = runGame(mini, { seed: 3, policies: { south: 'random' } });
  const honest = makeReplay(mini, game, { game: 'test' });
  const message = (r: Replay) => {
    const v = verifyReplay(mini, r);
    return v.ok ? 'verified' : v.error.message;
  };
  it('verifies the honest replay', () => {
    expect(message(honest)).toBe('verified');
  });
  it('names an outcome of another kind', () => {
    const values = Object.fromEntries(mini.parties.map((p) => [p.id, 100]));
    const kind = honest.outcome?.kind === 'agreement' ? 'walkout' : 'agreement';
    expect(message({ ...honest, outcome: { kind, values } })).toMatch(
      /^The replay records an? (agreement|walk-out), but the game played back ends in /,
    );
  });
  it('names the first party whose recorded value differs', () => {
    const values = { ...honest.outcome!.values, south: honest.outcome!.values.south + 1 };
    expect(message({ ...honest, outcome: { ...honest.outcome!, values } })).toBe(
      `The replay records a value of ${values.south} for south, but the game played back gives ${values.south - 1}.`,
    );
    const extra = { ...honest.outcome!.values, constructor: 5 };
    expect(message({ ...honest, outcome: { ...honest.outcome!, values: extra } })).toBe(
      'The replay records a value of 5 for constructor, but the game played back gives none.',
    );
  });
  it('names a finished game recorded as unfinished', () => {
    expect(message({ ...honest, outcome: null })).toMatch(
      /^The replay records an unfinished game, but the game played back ends in/,
    );
  });
  it("refuses seats that are not the scenario's parties", () => {
    expect(message({ ...honest, seats: { ...honest.seats, nobody: 'human' } })).toBe(
      "This replay seats a party 'nobody' that scenario 'mini' does not have.",
    );
    const { south: _, ...noSouth } = honest.seats;
    expect(message({ ...honest, seats: noSouth })).toBe("This replay has no seat for 'south' of scenario 'mini'.");
  });
  it('names a turn count that differs', () => {
    expect(message({ ...honest, hashes: honest.hashes.slice(0, -1) })).toBe(
      `Diverged at turn ${game.turn}: the replay records ${honest.hashes.length - 1} turns, but the game plays back in ${game.turn}.`,
    );
  });
});

describe('an unfinished game', () => {
  it('saved while AI turns were still to come verifies: its recording ends at its last recorded turn', () => {
    let s = newGame(mini, { seed: 4, seats: { north: 'ai', south: 'human', broker: 'ai' } });
    let rng = seedState(4);
    // AI turns until south speaks, then south's action: the AI's answer is still to come.
    for (;;) {
      const p = speaker(mini, s)!;
      const c = choosePolicyAction(p === 'south' ? 'random' : 'ai', mini, s, p, rng);
      rng = c.rng;
      const r = applyAction(mini, s, c.action, { reason: c.reason });
      s = r.ok
        ? r.value
        : (applyAction(mini, s, { type: 'turn.pass', party: p }) as { ok: true; value: GameState }).value;
      if (p === 'south') break;
    }
    expect(s.outcome).toBeNull();
    expect(s.seats[speaker(mini, s)!]).toBe('ai');
    const replay = makeReplay(mini, s, { game: 'test' });
    const v = verifyReplay(mini, replay);
    expect(v.ok && playHash(v.value)).toBe(playHash(s));
    const steps = playReplay(mini, replay);
    expect(steps.ok && steps.value.length).toBe(s.turn + 1);
  });
  it('a branch saved at the turn it took over a seat, before any move, verifies', async () => {
    const { produce } = await import('immer');
    const parent = makeReplay(mini, runGame(mini, { seed: 6 }), { game: 'test' });
    const steps = playReplay(mini, parent, 5);
    if (!steps.ok) throw new Error(steps.error.message);
    const at = steps.value[steps.value.length - 1].state;
    const s = produce(at, (d) => {
      d.seats[mini.parties[1].id] = 'human';
    });
    const branch = makeReplay(mini, s, {
      game: 'test',
      parent: { finalHash: parent.finalHash, turn: 5 },
      reseat: { turn: 5, startSeats: { ...at.seats } },
    });
    const v = verifyReplay(mini, branch);
    expect(v.ok && playHash(v.value)).toBe(playHash(s));
  });
});
