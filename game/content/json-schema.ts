// The JSON Schema of the authoring format, generated from the same zod definitions the loader uses, so the
// editor's completion and the loader can never disagree on a field. scripts/gen-schema.ts writes it to
// assets/schema/scenario.schema.json; a test checks the committed file is current.

import { z } from 'zod';
import { ScenarioFileSchema } from './schema';

export const SCHEMA_ID = 'https://summit.local/schema/scenario.schema.json';

/** The schema as pretty-printed JSON text with a trailing newline (the committed file's exact bytes). */
export function scenarioJsonSchemaText(): string {
  const schema = z.toJSONSchema(ScenarioFileSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ $id: SCHEMA_ID, ...schema }, null, 2)}\n`;
}
