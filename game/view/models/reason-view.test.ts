// "Why?" in words for people: only the issues on the agenda of the phase judged in, and the cause of the stance
// with the phase it began in and the grammar of the party whose reason it is.
import { describe, expect, it } from 'vitest';
import { mini } from '../../engine/fixtures/mini';
import type { Reason } from '../../engine/state';
import { reasonView } from './reason-view';

const reason: Reason = {
  stance: 'probing',
  mood: 'probing',
  perIssue: { trade: 3000, border: 2000 },
  value: 50,
  target: 60,
  reservation: 30,
  redLine: null,
  cause: 'phase.started',
  summary: 'Worth 50 to us.',
};
const fact = (v: ReturnType<typeof reasonView>, label: string) => v.facts.find((f) => f.label === label)?.value;

describe('reasonView', () => {
  it('lists only the issues on the agenda of the phase it was judged in', () => {
    expect(reasonView(mini, reason, 'talks', 'north').perIssue).toEqual([{ issue: 'Trade', points: '30.0' }]);
  });

  it('says when the stance began by the phase, and agrees with a plural party', () => {
    expect(fact(reasonView(mini, reason, 'talks', 'north'), 'In this stance')).toBe('When the talks began');
    expect(fact(reasonView(mini, reason, 'summit', 'north'), 'In this stance')).toBe('When Summit began');
    const allies = {
      ...mini,
      parties: mini.parties.map((p) => (p.id === 'broker' ? { ...p, name: 'The Allies', plural: true } : p)),
    };
    const rejected = { ...reason, cause: 'offer.rejected' };
    expect(fact(reasonView(allies, rejected, 'talks', 'broker'), 'In this stance')).toBe(
      'After their offer was rejected',
    );
    expect(fact(reasonView(allies, rejected, 'talks', 'north'), 'In this stance')).toBe('After its offer was rejected');
  });
});
