// The end game: in the last phase's last rounds the AI's target falls towards its no-deal value.
import { describe, expect, it } from 'vitest';
import { outlook } from './ai';
import { endgameTarget, holdoutMayWait } from './endgame';
import { pass, play } from './fixtures/kit';
import { mini } from './fixtures/mini';
import { newGame } from './newgame';
import type { GameState } from './state';
import { packageValue } from './values';

const last = mini.phases.length - 1;
const rounds = mini.phases[last]!.rounds;
const at = (phase: number, round: number, rules = 4) => ({ phase, round, rules }) as GameState;

describe('endgameTarget', () => {
  it('keeps 75% of the ask above no deal with two rounds left, 50% in the last round', () => {
    expect(endgameTarget(mini, at(last, rounds - 1), 90, 40)).toBe(77);
    expect(endgameTarget(mini, at(last, rounds), 90, 40)).toBe(65);
  });
  it('leaves the target alone earlier, in earlier phases, and at or below no deal', () => {
    if (rounds > 2) expect(endgameTarget(mini, at(last, rounds - 2), 90, 40)).toBe(90);
    expect(endgameTarget(mini, at(0, mini.phases[0]!.rounds), 90, 40)).toBe(90);
    expect(endgameTarget(mini, at(last, rounds), 40, 40)).toBe(40);
  });
});

describe('holdoutMayWait', () => {
  it('revision 4: waits while more than two rounds of the phase are left', () => {
    expect(holdoutMayWait(mini, at(last, rounds - 2))).toBe(rounds - 2 >= 1);
    expect(holdoutMayWait(mini, at(last, rounds - 1))).toBe(false);
    expect(holdoutMayWait(mini, at(last, rounds))).toBe(false);
  });
  it('before revision 4 it never waits', () => {
    expect(holdoutMayWait(mini, at(last, 1, 3))).toBe(false);
  });
});

describe('the end game and what the others backed (rules revision 4)', () => {
  it("never lowers the AI's target below a package every other consent party has backed", () => {
    const seats = { north: 'ai', south: 'human', broker: 'human' } as const;
    const backed = { border: 'shared', aid: 'some', amnesty: 'no' };
    let s = play(newGame(mini, { seed: 1, seats }), [
      { type: 'offer.propose', party: 'north', package: { trade: 'partial' } },
      { type: 'offer.accept', party: 'broker' },
    ]);
    s = play(s, [
      pass('north'),
      { type: 'offer.propose', party: 'south', package: backed },
      { type: 'offer.accept', party: 'broker' },
      pass('north'),
      pass('south'),
      pass('broker'),
    ]);
    expect(s.phase).toBe(last);
    expect(s.round).toBe(rounds);
    const north = mini.parties.find((p) => p.id === 'north')!;
    const o = outlook(mini, s, 'north');
    const worth = packageValue(mini, north, backed, s.commitments);
    // The end game alone would ask for less: half-way from no deal in the last round.
    expect(endgameTarget(mini, s, o.best, o.reservation)).toBeLessThan(worth);
    expect(o.target).toBeGreaterThanOrEqual(Math.min(o.best, worth));
  });
});
