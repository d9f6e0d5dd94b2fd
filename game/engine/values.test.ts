import { describe, expect, it } from 'vitest';
import { mini } from './fixtures/mini';
import { bestPackage, completePackage, packageValue, perIssue } from './values';

const north = mini.parties[0]!;

describe('values', () => {
  it('completes a package with commitments, then status quo', () => {
    expect(completePackage(mini, { border: 'new' }, { trade: 'open', border: 'old' })).toEqual({
      trade: 'open',
      border: 'new',
      aid: 'none',
      amnesty: 'no',
    });
  });
  it('computes floor((Σ w·v + 50) / 100)', () => {
    // status quo for north: trade closed 30·0 + border old 40·20 + aid none 10·100 + amnesty no 20·100 = 3800
    expect(packageValue(mini, north, {}, {})).toBe(38);
    // trade partial: +30·60 = 1800 → 5600 → 56
    expect(packageValue(mini, 'north', { trade: 'partial' }, {})).toBe(56);
    expect(
      packageValue(
        mini,
        north,
        bestPackage(
          mini,
          north,
          mini.issues.map((i) => i.id),
        ),
        {},
      ),
    ).toBe(100);
  });
  it('rounds half up', () => {
    const sc = structuredClone(mini);
    sc.parties[0]!.values.trade!.closed = 5; // +30·5 = 150 → 3950 → 40 (39.5 rounds up)
    expect(packageValue(sc, 'north', {}, {})).toBe(40);
  });
  it('gives per-issue weighted points summing to 100 × value', () => {
    const pi = perIssue(mini, north, { trade: 'partial' }, {});
    expect(pi).toEqual({ trade: 1800, border: 800, aid: 1000, amnesty: 2000 });
    expect(Object.values(pi).reduce((a, b) => a + b, 0)).toBe(5600);
  });
});
