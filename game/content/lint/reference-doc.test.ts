// docs/scenario-reference.md is generated (scripts/gen-reference.ts) from the JSON Schema, itself generated
// from the loader's zod definitions: the committed file must be current, and must name every event, guard,
// action and effect.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REFERENCE_PATH, referenceMarkdown } from '../../../scripts/gen-reference';
import { AI_ACTION_TYPES, AI_EVENT_TYPES, GUARD_TYPES } from '../../engine/scenario';

describe('docs/scenario-reference.md', () => {
  it('equals the generated reference (run `npx tsx scripts/gen-reference.ts`)', () => {
    expect(readFileSync(REFERENCE_PATH, 'utf8')).toBe(referenceMarkdown());
  });

  it('lists every event, guard, action and effect', () => {
    const md = referenceMarkdown();
    for (const name of [...AI_EVENT_TYPES, ...GUARD_TYPES, ...AI_ACTION_TYPES, 'control', 'gauge', 'reservation']) {
      expect(md).toContain(`\`${name}\``);
    }
    expect(md).toContain('### `parties[].statechart`');
  });
});
