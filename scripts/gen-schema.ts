// Writes assets/schema/scenario.schema.json from the loader's zod definitions (game/content/schema.ts).
// Run after changing the authoring format: `npx tsx scripts/gen-schema.ts`. A test fails while the committed
// file is stale.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../game/content/json-schema';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'schema', 'scenario.schema.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, scenarioJsonSchemaText());
console.log(`wrote ${out}`);
