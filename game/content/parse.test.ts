// parseScenario never throws, whatever the input: errors stay values, even for garbage.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatError } from './errors';
import { parseScenario } from './parse';

describe('parseScenario', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const r = parseScenario(s, 'f.yaml');
        expect(r.ok).toBe(false);
        if (!r.ok) for (const e of r.error) expect(e.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary YAML-shaped data', () => {
    const value = fc.letrec((tie) => ({
      v: fc.oneof(
        fc.string(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('v'), { maxLength: 3 }),
        fc.dictionary(fc.string(), tie('v'), { maxKeys: 3 }),
      ),
    })).v;
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('format', 'id', 'parties', 'issues', 'phases', 'map', 'events'), value),
        (obj) => {
          const r = parseScenario(JSON.stringify({ format: 1, ...obj }), 'f.yaml');
          expect(r.ok).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reports an empty file as one positioned error', () => {
    const r = parseScenario('', 'empty.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatError(r.error[0])).toMatch(/^empty\.yaml:1:1: /);
  });

  it('refuses a non-string input without throwing', () => {
    const r = parseScenario(42 as unknown as string, 'x.yaml');
    expect(r.ok).toBe(false);
  });

  it('formats errors as file:line:col: message (hint)', () => {
    expect(formatError({ file: 'a.yaml', line: 3, column: 7, path: 'x', message: 'bad', hint: 'fix it' })).toBe(
      'a.yaml:3:7: bad (fix it)',
    );
    expect(formatError({ file: 'a.yaml', line: 3, column: 7, path: 'x', message: 'bad' })).toBe('a.yaml:3:7: bad');
  });
});
