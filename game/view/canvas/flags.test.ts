// The desk flags the table draws are exactly the codes `summit lint` accepts (content's unknown-flag rule): a flag
// drawn here but missing there would be warned about for nothing, one listed there but not drawn here would be
// stripes the author was promised were a flag.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DRAWN_FLAGS } from '../../content/lint/unknown-flag';

describe('desk flags', () => {
  it('drawFlag draws exactly the codes the unknown-flag lint rule knows', () => {
    const source = readFileSync(new URL('./flags.ts', import.meta.url), 'utf8');
    const drawn = [...source.matchAll(/case '([a-z-]+)'/g)].map((m) => m[1]);
    expect(drawn.length).toBeGreaterThan(3);
    expect([...drawn].sort()).toEqual([...DRAWN_FLAGS].sort());
  });
});
