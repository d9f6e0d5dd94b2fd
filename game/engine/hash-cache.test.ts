// The canonical-JSON cache is pure caching: the texts and hashes of Immer's frozen game states, turn after turn,
// are exactly those of an uncached canonical JSON; a mutable object (or a frozen one over a mutable child) is never
// served a stale text after it changes.
import { describe, expect, it } from 'vitest';
import { mini } from './fixtures/mini';
import { canonicalJson, hashString, stateHash } from './hash';
import { newGame } from './newgame';
import { choosePolicyAction } from './policies';
import { seedState } from './prng';
import { actionTrace, playHash } from './replay';
import { applyAction, speaker } from './rules';
import { type GameState, rulesOf } from './state';

/** canonicalJson as it was before the cache: written again here, independent of it. */
function uncached(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (value === undefined || typeof value === 'function') return 'null';
    if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : uncached(v))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined && typeof obj[k] !== 'function')
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${uncached(obj[k])}`).join(',')}}`;
}

describe('the canonical-JSON cache', () => {
  it('gives every turn of real games the same text, state hash and play hash as without it', () => {
    let turns = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      let s: GameState = newGame(mini, { seed, seats: { [mini.parties[0].id]: 'human' } });
      let rng = seedState(seed);
      while (s.outcome === null && turns < 4000) {
        const p = speaker(mini, s);
        if (p === null) break;
        const c = choosePolicyAction(s.seats[p] === 'human' ? 'random' : 'ai', mini, s, p, rng);
        rng = c.rng;
        const r = applyAction(mini, s, c.action, { reason: c.reason });
        const next = r.ok ? r : applyAction(mini, s, { type: 'turn.pass', party: p });
        if (!next.ok) break;
        s = next.value;
        turns++;
        expect(Object.isFrozen(s)).toBe(true);
        // Twice: the second answer comes from the cache.
        for (let i = 0; i < 2; i++) {
          expect(canonicalJson(s)).toBe(uncached(s));
          expect(stateHash(s)).toBe(hashString(uncached(s)));
        }
        const playText =
          rulesOf(s) >= 3 ? { ...s, log: [s.log.length, actionTrace(s.log)] } : { ...s, log: s.log.length };
        expect(playHash(s)).toBe(hashString(uncached(playText)));
      }
    }
    expect(turns).toBeGreaterThan(40);
  });

  it('never serves a stale text for a mutable object, or a frozen one over a mutable child', () => {
    const open = { a: 1, list: [1, 2] };
    const before = stateHash(open);
    open.list.push(3);
    expect(stateHash(open)).not.toBe(before);
    expect(canonicalJson(open)).toBe('{"a":1,"list":[1,2,3]}');
    const child = { n: 1 };
    const shallow = Object.freeze({ child });
    expect(canonicalJson(shallow)).toBe('{"child":{"n":1}}');
    child.n = 2;
    expect(canonicalJson(shallow)).toBe('{"child":{"n":2}}');
    const deep = Object.freeze({ child: Object.freeze({ n: 1 }) });
    expect(stateHash(deep)).toBe(hashString('{"child":{"n":1}}'));
    expect(stateHash(deep)).toBe(hashString('{"child":{"n":1}}'));
  });
});

describe('the state hash resumed past the log', () => {
  /** A mini game played a few turns (the human seat at random), every state kept. */
  function states(seed: number, turns: number): GameState[] {
    let s: GameState = newGame(mini, { seed, seats: { [mini.parties[0].id]: 'human' } });
    let rng = seedState(seed);
    const out = [s];
    while (s.outcome === null && out.length <= turns) {
      const p = speaker(mini, s);
      if (p === null) break;
      const c = choosePolicyAction(s.seats[p] === 'human' ? 'random' : 'ai', mini, s, p, rng);
      rng = c.rng;
      const r = applyAction(mini, s, c.action, { reason: c.reason });
      const next = r.ok ? r : applyAction(mini, s, { type: 'turn.pass', party: p });
      if (!next.ok) break;
      s = next.value;
      out.push(s);
    }
    return out;
  }
  const fresh = (v: unknown) => hashString(uncached(v));

  it('gives the uncached value over branches, older states again, and a changed text before the log', () => {
    const a = states(11, 30);
    const b = states(12, 30);
    expect(a.length).toBeGreaterThan(10);
    // A game, then another one, then the first one's states in reverse (branching back), each checked.
    for (const s of [...a, ...b, ...[...a].reverse()]) expect(stateHash({ ...s })).toBe(fresh(s));
    const mid = a[6]!;
    // The same log after a different text before it (and a frozen copy that shares the whole log).
    const changed = Object.freeze({ ...mid, agreements: Object.freeze([]), ai: Object.freeze({}) });
    expect(stateHash(changed)).toBe(fresh(changed));
    const sameLog = Object.freeze({ ...a[7]!, log: a[7]!.log });
    expect(stateHash(sameLog)).toBe(fresh(sameLog));
    // A log that shares its last entry but not the ones before it.
    const spliced = Object.freeze({ ...a[7]!, log: Object.freeze([a[7]!.log[1]!, ...a[7]!.log.slice(1)]) });
    expect(stateHash(spliced)).toBe(fresh(spliced));
  });

  it('never resumes from a log whose entries could change', () => {
    const s = states(13, 8).at(-1)!;
    const open = JSON.parse(JSON.stringify(s)) as GameState;
    expect(stateHash(open)).toBe(fresh(open));
    open.log[0] = { ...open.log[0]!, turn: 999 } as GameState['log'][number];
    expect(stateHash(open)).toBe(fresh(open));
    (open.log[open.log.length - 1] as { turn: number }).turn = 998;
    expect(stateHash(open)).toBe(fresh(open));
  });
});
