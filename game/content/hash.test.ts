import { describe, expect, it } from 'vitest';
import { fnv1a64 } from './hash';

// Reference FNV-1a 64 with BigInt, to check the limb arithmetic.
function reference(s: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

describe('fnv1a64', () => {
  it('matches the published test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
  it('matches a BigInt reference on varied text', () => {
    for (const s of ['format: 1\n', 'ünïcødé — “quotes”', 'x'.repeat(5000), '\u{1F600}'])
      expect(fnv1a64(s)).toBe(reference(s));
  });
});
