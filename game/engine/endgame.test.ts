// The end game: in the last phase's last rounds the AI's target falls towards its no-deal value.
import { describe, expect, it } from 'vitest';
import { endgameTarget, holdoutMayWait } from './endgame';
import { mini } from './fixtures/mini';
import type { GameState } from './state';

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
