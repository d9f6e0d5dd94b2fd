// The flags drawn from shapes (the stand-ins shown until a flag-icons picture has loaded, and on the title) are
// codes of the flag-icons set that `summit lint` accepts: a stand-in for a code lint warns about would be dead code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLAG_CODES } from '../../content/lint/unknown-flag';

describe('desk flags', () => {
  it('drawFlag draws stand-ins only for codes of the flag-icons set', () => {
    const source = readFileSync(new URL('./flags.ts', import.meta.url), 'utf8');
    const drawn = [...source.matchAll(/case '([a-z-]+)'/g)].map((m) => m[1]);
    expect(drawn.length).toBeGreaterThan(3);
    for (const code of drawn) expect(FLAG_CODES).toContain(code);
  });
});
