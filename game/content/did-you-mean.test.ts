import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from './did-you-mean';

describe('did-you-mean', () => {
  it('computes edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('Value', 'value')).toBe(0);
  });
  it('suggests close names only', () => {
    expect(closest('reservaton', ['reservation', 'weights'])).toBe('reservation');
    expect(closest('xyz', ['reservation', 'weights'])).toBeUndefined();
    expect(didYouMean('sayy', ['say', 'insist'])).toBe('did you mean "say"?');
    expect(didYouMean('zzzz', [])).toBeUndefined();
  });
});
