import { describe, expect, it } from 'vitest';
import { canStillBeAnswered, phaseStartTime, redLinesStillNamed, unmoved } from './ai-reading';
import { humanGame, pass, play } from './fixtures/kit';
import { mini } from './fixtures/mini';
import type { Package } from './scenario';
import type { GameState } from './state';

const P: Package = { border: 'shared', aid: 'some', amnesty: 'no' };
const Q: Package = { border: 'new', aid: 'some', amnesty: 'no' };
/** Into the summit (phase 2: north, south, broker in the room, in that order), every seat human. */
const summit = (): GameState =>
  play(humanGame(), [
    { type: 'offer.propose', party: 'north', package: { trade: 'partial' } },
    { type: 'offer.accept', party: 'broker' },
  ]);
const round = (s: GameState, north: Package | 'pass') =>
  play(s, [
    north === 'pass' ? pass('north') : { type: 'offer.propose', party: 'north', package: north },
    pass('south'),
    pass('broker'),
  ]);

describe('unmoved', () => {
  it('one proposal is not yet a pattern; the same one twice is', () => {
    let s = round(summit(), P);
    expect(unmoved(mini, s, 'north')).toBe(false);
    s = round(s, P);
    expect(unmoved(mini, s, 'north')).toBe(true);
  });
  it('a changed proposal, or an acceptance this phase, is movement', () => {
    expect(unmoved(mini, round(round(summit(), P), Q), 'north')).toBe(false);
    let s = play(summit(), [
      { type: 'offer.propose', party: 'north', package: P },
      { type: 'offer.propose', party: 'south', package: Q },
      pass('broker'),
    ]);
    s = play(s, [{ type: 'offer.accept', party: 'north' }, pass('south'), pass('broker')]);
    s = round(s, P);
    expect(unmoved(mini, s, 'north')).toBe(false);
  });
});

describe('the deadline', () => {
  it('in the last round, a party after another consent party can no longer be answered', () => {
    let s = summit();
    expect(canStillBeAnswered(mini, s, 'north')).toBe(true);
    s = round(round(s, 'pass'), 'pass'); // round 3 of 3
    expect(s.round).toBe(3);
    expect(canStillBeAnswered(mini, s, 'north')).toBe(true); // first to speak: everyone answers after it
    s = play(s, [pass('north')]);
    expect(canStillBeAnswered(mini, s, 'south')).toBe(false); // north has spoken
  });
  it('phase start time: the summit begins after 3 of 6 rounds', () => {
    expect(phaseStartTime(mini, humanGame())).toBe(0);
    expect(phaseStartTime(mini, summit())).toBe(60); // floor(3 × 100 / 5)
  });
});

describe('redLinesStillNamed', () => {
  // Only the log is read: entries as the engine writes them (an action, and the reason shown with it).
  const act = (party: string, action: object, redLine?: { issue: string; option: string }) => ({
    kind: 'action',
    phase: 'summit',
    party,
    action: { party, ...action },
    ...(redLine ? { reason: { redLine } } : {}),
  });
  const state = (...log: object[]) => ({ log }) as unknown as GameState;
  const border = { issue: 'border', option: 'new' };

  it('keeps a red line named in public, across a change of stance', () => {
    const s = state(
      act('south', { type: 'offer.reject', issue: 'border' }, border),
      { kind: 'stance', phase: 'summit', party: 'south' },
      act('south', { type: 'turn.pass' }),
    );
    expect(redLinesStillNamed(s, ['south'])).toEqual([border]);
    expect(redLinesStillNamed(s, ['north'])).toEqual([]);
  });

  it('drops it once the party proposes, or accepts, a package holding the option', () => {
    const named = act('south', { type: 'turn.pass' }, border);
    expect(redLinesStillNamed(state(named, act('south', { type: 'offer.propose', package: Q })), ['south'])).toEqual(
      [],
    );
    const accepted = state(
      named,
      act('north', { type: 'offer.propose', package: Q }),
      act('south', { type: 'offer.accept' }),
    );
    expect(redLinesStillNamed(accepted, ['south'])).toEqual([]);
    // Another party's offer holding it says nothing about the one that named it.
    expect(redLinesStillNamed(state(named, act('north', { type: 'offer.propose', package: Q })), ['south'])).toEqual([
      border,
    ]);
  });
});
