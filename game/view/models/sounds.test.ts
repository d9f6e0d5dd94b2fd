// Sounds from log entries' kinds: a phase that opens strikes the gavel, one that runs out does not; proposals
// rustle paper, news chimes, a deal brings the shutter and applause; everything else is silent.
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../session/live';
import { soundsFor } from './sounds';

const at = { turn: 0, phase: 'talks', round: 1 };
const action = (type: 'offer.propose' | 'offer.accept'): LogEntry => ({
  ...at,
  kind: 'action',
  party: 'north',
  action: type === 'offer.propose' ? { type, party: 'north', package: { trade: 'open' } } : { type, party: 'north' },
  line: null,
  reason: null,
  broken: [],
  answer: null,
});

describe('soundsFor', () => {
  it('maps each kind of entry to its sounds, in order', () => {
    const log: LogEntry[] = [
      { ...at, kind: 'phase', change: 'started' },
      action('offer.propose'),
      action('offer.accept'),
      { ...at, kind: 'world', event: 'crisis' },
      { ...at, kind: 'stance', party: 'north', from: 'a', to: 'b', mood: 'closing', cause: null },
      { ...at, kind: 'said', party: 'north', line: { text: 'No.', simulated: true } },
      { ...at, kind: 'deal', package: { trade: 'open' } },
      { ...at, kind: 'phase', change: 'ended' },
      { ...at, kind: 'end', outcome: 'agreement', party: null },
    ];
    expect(soundsFor(log)).toEqual(['gavel', 'paper', 'chime', 'shutter', 'applause']);
  });
  it('is silent for a phase that ends without a deal', () => {
    expect(soundsFor([{ ...at, kind: 'phase', change: 'ended' }])).toEqual([]);
  });
});
