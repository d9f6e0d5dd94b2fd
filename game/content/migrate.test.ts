// Format 1 keeps loading: every committed scenario file and fixture (the broken ones aside) loads, and a format-1
// file compiles to exactly what the same file written as format 2 compiles to (the migration adds nothing but the
// empty regions and context). Format 2's features in a format-1 file are refused with a hint.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileScenario } from './compile';
import { migrateScenarioFile } from './migrate';
import { parseScenario, parseScenarioFile } from './parse';

const root = join(__dirname, '..', '..', 'scenarios');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'broken' ? [] : yamlFiles(p);
    return f.endsWith('.yaml') ? [p] : [];
  });
}
const files = yamlFiles(root);
const rel = (p: string) => p.slice(root.length + 1);

describe('format 1 → format 2', () => {
  it('finds the committed files of both formats', () => {
    expect(files.length).toBeGreaterThan(15);
    const formats = new Set(files.map((f) => /^format: (\d)/m.exec(readFileSync(f, 'utf8'))?.[1]));
    expect(formats).toEqual(new Set(['1', '2']));
  });

  it.each(files.map(rel))('%s loads and compiles', (name) => {
    const text = readFileSync(join(root, name), 'utf8');
    const r = parseScenario(text, name);
    if (!r.ok) throw new Error(r.error.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'));
    const format = /^format: (\d)/m.exec(text)?.[1];
    if (format === '1') {
      // The same file as format 2 compiles to the same scenario (the content hash is the text's, so it differs).
      const as2 = parseScenario(text.replace(/^format: 1$/m, 'format: 2'), name);
      if (!as2.ok) throw new Error('the file does not load as format 2');
      expect({ ...as2.value, contentHash: '' }).toEqual({ ...r.value, contentHash: '' });
    }
  });

  it('migrates a format-1 file to a format-2 file with empty regions and context, the text untouched', () => {
    const text = readFileSync(join(root, 'fixtures', 'mini.yaml'), 'utf8');
    const f = parseScenarioFile(text, 'mini.yaml');
    if (!f.ok) throw new Error('mini.yaml does not load');
    expect(f.value.format).toBe(1);
    const m = migrateScenarioFile(f.value);
    expect(m.format).toBe(2);
    for (const p of m.parties) expect(p.statechart).toMatchObject({ regions: {}, context: {} });
    expect(compileScenario(m, 'h')).toEqual(compileScenario(f.value, 'h'));
  });

  it('refuses format 2’s features in a format-1 file, with the fix as hint', () => {
    const text = readFileSync(join(root, 'fixtures', 'mini.yaml'), 'utf8').replace(
      /^( {4}statechart:\n {6}initial: \S+\n)/m,
      '$1      regions:\n        x:\n          initial: a\n          states: { a: {} }\n',
    );
    expect(text).toContain('regions:');
    const r = parseScenario(text, 'mini.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error[0]!.message).toBe('"regions" needs format 2');
    expect(r.error[0]!.hint).toContain('format: 2');
    expect(parseScenario(text.replace(/^format: 1$/m, 'format: 2'), 'mini.yaml').ok).toBe(true);
  });
});
