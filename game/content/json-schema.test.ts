// The committed JSON Schema must be exactly what scripts/gen-schema.ts generates from the zod definitions.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText } from './json-schema';

describe('assets/schema/scenario.schema.json', () => {
  it('equals the schema generated from game/content/schema.ts (run `npx tsx scripts/gen-schema.ts`)', () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'assets', 'schema', 'scenario.schema.json'), 'utf8');
    expect(committed).toBe(scenarioJsonSchemaText());
  });

  it('lists the guard, action and effect types and forbids unknown fields', () => {
    const schema = JSON.parse(scenarioJsonSchemaText());
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['Guard', 'Action', 'Effect', 'Stance']));
  });
});
