// The flag codes lint accepts are exactly the flags the flag-icons package ships (flags/4x3/<code>.svg), the
// pictures the table view loads: one listed here but missing there would be stripes the author was promised were
// a flag; one shipped but not listed would be warned about for nothing.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLAG_CODES, flagCodeFor, isFlagCode } from './flag-codes';

describe('flag codes', () => {
  it('are the flag-icons package’s 4:3 flags, every one', () => {
    const shipped = readdirSync('node_modules/flag-icons/flags/4x3')
      .filter((f) => f.endsWith('.svg'))
      .map((f) => f.slice(0, -4))
      .sort();
    expect(shipped.length).toBeGreaterThan(250);
    expect([...FLAG_CODES].sort()).toEqual(shipped);
  });
  it('know the codes authors write by mistake', () => {
    expect(isFlagCode('fr')).toBe(true);
    expect(isFlagCode('uk')).toBe(false);
    expect(flagCodeFor('uk')).toBe('gb');
    expect(flagCodeFor('FR')).toBe('fr');
    expect(flagCodeFor('zz')).toBeNull();
  });
});
