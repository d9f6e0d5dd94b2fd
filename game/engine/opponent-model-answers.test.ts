// The opponent model learns from answers to "what would it take?" from rules revision 4 on, and not before.
import { describe, expect, it } from 'vitest';
import { pass, play } from './fixtures/kit';
import { mini } from './fixtures/mini';
import { newGame } from './newgame';
import { BASE_WEIGHT, opponentModels } from './opponent-model';
import { ANSWER_GAIN } from './opponent-model-answers';
import type { Seat } from './state';

const asked = (rules: number) => {
  const seats: Record<string, Seat> = { north: 'human', south: 'human', broker: 'ai' };
  const s = play(newGame(mini, { seed: 1, seats, rules }), [
    { type: 'offer.propose', party: 'north', package: { trade: 'closed' } },
  ]);
  return play(s, [pass('broker'), pass('south'), { type: 'ask.whatWouldItTake', party: 'north', target: 'broker' }]);
};

describe('opponent model and "what would it take?"', () => {
  it('revision 4: the answer counts as an offer of its package, and its issues weigh more', () => {
    const s = asked(4);
    const e = s.log.at(-1)!;
    const answer = e.kind === 'action' ? e.answer : null;
    const wanted = answer!.package.trade!;
    expect(answer!.issues).toEqual(['trade']);
    const [m] = opponentModels(mini, s, ['broker'], ['trade']);
    expect(m!.evidence).toBe(1);
    expect(m!.weights.trade).toBe(BASE_WEIGHT + ANSWER_GAIN);
    expect(m!.values.trade![wanted]).toBe(100);
    expect(m!.values.trade!.closed).toBeLessThan(100);
  });
  it('revision 3: answers teach it nothing (games of revision 3 play as before)', () => {
    const [m] = opponentModels(mini, asked(3), ['broker'], ['trade']);
    expect(m!.evidence).toBe(0);
    expect(m!.weights.trade).toBe(BASE_WEIGHT);
    expect(m!.values.trade).toEqual({ closed: 100, partial: 100, open: 100 });
  });
});
