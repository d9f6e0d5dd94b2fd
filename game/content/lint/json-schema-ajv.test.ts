// Editor support: the committed JSON Schema (what yaml-language-server uses for completion and squiggles)
// accepts every shipped scenario and rejects every broken-corpus file whose error is a shape error (the kind a
// JSON Schema can express). Checked with an independent validator (Ajv, draft 2020-12), not with zod, so a
// schema that zod reads one way and editors another would fail here. Each shipped scenario also starts with
// the `$schema` line, and that line's relative path resolves to the schema.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { ScenarioFileSchema } from '../schema';
import { SCHEMA_LINE } from './schema-line';

const repo = join(__dirname, '..', '..', '..');
const schemaPath = join(repo, 'assets', 'schema', 'scenario.schema.json');
const ajv = new Ajv2020({ strict: false, allErrors: true });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

const yamlIn = (dir: string) =>
  readdirSync(join(repo, dir))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(dir, f));
const shipped = [...yamlIn('scenarios'), 'scenarios/fixtures/mini.yaml', ...yamlIn('scenarios/fixtures/lint')];

/** The file as plain data, or null when it is not loadable data at all (syntax errors, alias bombs, …). */
function data(file: string): unknown {
  const doc = parseDocument(readFileSync(join(repo, file), 'utf8'), { uniqueKeys: true });
  if (doc.errors.length) return null;
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch {
    return null;
  }
}

describe('assets/schema/scenario.schema.json in an editor', () => {
  it.each(shipped)('accepts %s', (file) => {
    const ok = validate(data(file));
    expect(validate.errors ?? [], file).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(yamlIn('scenarios').concat('scenarios/fixtures/mini.yaml'))(
    '%s starts with a working $schema line',
    (file) => {
      const first = readFileSync(join(repo, file), 'utf8').split('\n')[0];
      expect(first).toMatch(SCHEMA_LINE);
      const rel = /\$schema=(\S+)/.exec(first)![1];
      expect(resolve(dirname(join(repo, file)), rel)).toBe(schemaPath);
      expect(existsSync(schemaPath)).toBe(true);
    },
  );

  const broken = yamlIn('scenarios/fixtures/broken')
    .map((file) => ({ file, value: data(file) }))
    .filter((x) => x.value !== null && x.value !== undefined);
  // Shape errors are those the loader's zod schema reports; the rest (references, sums, reachability) are
  // beyond any JSON Schema and must not be flagged by the editor either.
  const shapeErrors = broken.filter((x) => !ScenarioFileSchema.safeParse(x.value).success);
  const semanticErrors = broken.filter((x) => ScenarioFileSchema.safeParse(x.value).success);

  it('the broken corpus has both kinds of files', () => {
    expect(shapeErrors.length).toBeGreaterThanOrEqual(10);
    expect(semanticErrors.length).toBeGreaterThanOrEqual(10);
  });

  it.each(shapeErrors.map((x) => x.file))('rejects %s', (file) => {
    expect(validate(shapeErrors.find((x) => x.file === file)!.value)).toBe(false);
  });

  it.each(semanticErrors.map((x) => x.file))('agrees with the loader that %s has the right shape', (file) => {
    expect(validate(semanticErrors.find((x) => x.file === file)!.value)).toBe(true);
  });
});
