import { describe, expect, it } from 'vitest';
import { canonicalJson, hashString, stateHash } from './hash';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, undefined], c: undefined, b: 'x' } })).toBe(
      '{"a":{"b":"x","d":[1,null]},"b":1}',
    );
  });
  it('does not depend on insertion order', () => {
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });
});

describe('stateHash', () => {
  it('is 16 hex characters and stable', () => {
    const h = stateHash({ a: 1, b: [1, 2, 3] });
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(stateHash({ b: [1, 2, 3], a: 1 })).toBe(h);
  });
  it('pins known values (so a change in the algorithm is noticed)', () => {
    expect(hashString('')).toBe(hashString(''));
    expect(hashString('a')).not.toBe(hashString('b'));
    expect(hashString('ab')).not.toBe(hashString('ba'));
    expect(hashString('summit')).toMatchInlineSnapshot(`"ead87d82e986b17f"`);
  });
  it('distinguishes small changes', () => {
    expect(stateHash({ a: 1 })).not.toBe(stateHash({ a: 2 }));
  });
});
