import { describe, expect, it } from 'vitest';
import { evalGuard, type Facts } from './guards';

const facts: Facts = {
  from: 'south',
  offerValue: 55,
  offer: { border: 'shared' },
  round: 2,
  turn: 7,
  phase: 'summit',
  trust: { south: 40, broker: 60 },
  gauges: { pressure: 70 },
};

describe('guards', () => {
  it('evaluates each named guard', () => {
    expect(evalGuard({ type: 'valueAtLeast', params: { value: 55 } }, facts)).toBe(true);
    expect(evalGuard({ type: 'valueAtLeast', params: { value: 56 } }, facts)).toBe(false);
    expect(evalGuard({ type: 'valueAtLeast', params: { value: 0 } }, { ...facts, offerValue: null })).toBe(false);
    expect(evalGuard({ type: 'offerIncludes', params: { issue: 'border', option: 'shared' } }, facts)).toBe(true);
    expect(evalGuard({ type: 'offerIncludes', params: { issue: 'border', option: 'old' } }, facts)).toBe(false);
    expect(evalGuard({ type: 'roundAtLeast', params: { round: 2 } }, facts)).toBe(true);
    expect(evalGuard({ type: 'roundAtLeast', params: { round: 3 } }, facts)).toBe(false);
    expect(evalGuard({ type: 'turnAtLeast', params: { turn: 8 } }, facts)).toBe(false);
    expect(evalGuard({ type: 'trustAtLeast', params: { party: 'broker', value: 60 } }, facts)).toBe(true);
    expect(evalGuard({ type: 'trustAtLeast', params: { party: 'south', value: 41 } }, facts)).toBe(false);
    expect(evalGuard({ type: 'worldAtLeast', params: { gauge: 'pressure', value: 70 } }, facts)).toBe(true);
    expect(evalGuard({ type: 'phaseIs', params: { phase: 'talks' } }, facts)).toBe(false);
    expect(evalGuard({ type: 'fromParty', params: { party: 'south' } }, facts)).toBe(true);
  });
  it('combines with all / any / not', () => {
    const t = { type: 'phaseIs', params: { phase: 'summit' } } as const;
    const f = { type: 'fromParty', params: { party: 'north' } } as const;
    expect(evalGuard({ type: 'all', params: { of: [t, f] } }, facts)).toBe(false);
    expect(evalGuard({ type: 'all', params: { of: [t, t] } }, facts)).toBe(true);
    expect(evalGuard({ type: 'any', params: { of: [f, t] } }, facts)).toBe(true);
    expect(evalGuard({ type: 'any', params: { of: [f] } }, facts)).toBe(false);
    expect(evalGuard({ type: 'not', params: { guard: f } }, facts)).toBe(true);
  });
});
