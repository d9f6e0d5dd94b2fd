// The hashes against published reference vectors and an independent BigInt reference, so a change in either
// algorithm (which would break every committed replay, save and link) fails here first.
import { describe, expect, it } from 'vitest';
import { canonicalJson, fnv1a64, hashString, stateHash } from './hash';

const M32 = 0xffffffffn;
const M64 = 0xffffffffffffffffn;

/** FNV-1a over UTF-16 code units, with BigInt: any width, offset basis and prime. */
function fnv1a(units: number[], offset: bigint, prime: bigint, mask: bigint): bigint {
  let h = offset;
  for (const u of units) h = ((h ^ BigInt(u)) * prime) & mask;
  return h;
}
const unitsOf = (s: string) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
const hex = (n: bigint, digits: number) => n.toString(16).padStart(digits, '0');

/** hashString as its header describes it, written independently of its Math.imul implementation. */
function hashStringReference(s: string): string {
  const units = unitsOf(s);
  const a = fnv1a(units, 0x811c9dc5n, 0x01000193n, M32);
  const mixed = units.map((u, i) => (u + i) & 0xffff);
  const b0 = fnv1a(mixed, 0x2f3a5c71n, 0x01000193n, M32);
  const b = ((b0 ^ (a >> 16n)) * 0x85ebca6bn) & M32;
  return hex(a, 8) + hex(b, 8);
}

const VARIED = ['format: 1\n', 'ünïcødé — “quotes”', 'x'.repeat(5000), '\u{1F600}', '{"a":[1,2,3]}'];

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

describe('hashString (the state hash)', () => {
  it('its first lane is FNV-1a 32: the published test vectors', () => {
    // From the FNV reference test suite (test_fnv.c, FNV-1a 32-bit): "", "a", "foobar".
    expect(hashString('').slice(0, 8)).toBe('811c9dc5');
    expect(hashString('a').slice(0, 8)).toBe('e40c292c');
    expect(hashString('foobar').slice(0, 8)).toBe('bf9cf968');
  });
  it('matches a BigInt reference of both lanes on varied text', () => {
    for (const s of ['', 'a', 'foobar', ...VARIED]) expect(hashString(s)).toBe(hashStringReference(s));
  });
  it('pins whole values (replays store them)', () => {
    expect(hashString('')).toBe('811c9dc514618e8f');
    expect(hashString('summit')).toBe('ead87d82e986b17f');
  });
  it('stateHash is the hash of the canonical JSON: 16 hex characters, independent of key order', () => {
    const h = stateHash({ a: 1, b: [1, 2, 3] });
    expect(h).toBe(hashString('{"a":1,"b":[1,2,3]}'));
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(stateHash({ b: [1, 2, 3], a: 1 })).toBe(h);
    expect(stateHash({ a: 1 })).not.toBe(stateHash({ a: 2 }));
  });
});

describe('fnv1a64 (the content hash)', () => {
  it('matches the published test vectors', () => {
    // From the FNV reference test suite (test_fnv.c, FNV-1a 64-bit): "", "a", "foobar".
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
  it('matches a BigInt reference on varied text', () => {
    for (const s of VARIED)
      expect(fnv1a64(s)).toBe(hex(fnv1a(unitsOf(s), 0xcbf29ce484222325n, 0x100000001b3n, M64), 16));
  });
});
