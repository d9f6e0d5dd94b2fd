import { describe, expect, it } from 'vitest';
import { canStillBeAnswered, phaseStartTime, unmoved } from './ai-reading';
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
