// YAML syntax errors an instructor can act on: the planted fixtures (scenarios/fixtures/broken/55–57, 46) give
// exactly one error per real mistake, at its own line and column, with no knock-on noise.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './index';
import { knownList } from './scenario-index';
import { misIndentedLine } from './yaml-errors';

const broken = (name: string) => readFileSync(join(__dirname, '../../scenarios/fixtures/broken', name), 'utf8');
const errorsOf = (name: string) => {
  const r = parseScenario(broken(name), name);
  if (r.ok) throw new Error(`${name} loaded`);
  return r.error;
};

describe('YAML syntax errors', () => {
  it('two tab-indented lines: one error each, nothing else', () => {
    const errors = errorsOf('55-tab-indentation.yaml');
    expect(errors.map((e) => `${e.line}:${e.column}`)).toEqual(['21:1', '22:1']);
    expect(errors[0].message).toContain('indented with a tab');
  });

  it('a colon inside { }: one error, with the hint to quote', () => {
    const errors = errorsOf('56-colon-in-flow.yaml');
    expect(errors).toHaveLength(1);
    expect(errors[0].hint).toContain('quotes');
  });

  it('a mis-indented key: reported alone at its own line and column', () => {
    const errors = errorsOf('57-mis-indented-key.yaml');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 22, column: 4 });
    expect(errors[0].message).toContain('"leader"');
  });

  it('a duplicate key is named', () => {
    expect(errorsOf('46-duplicate-yaml-key.yaml')[0].message).toContain('the key "place" appears twice');
  });

  it('misIndentedLine: fits nested maps, list items, block scalars and flow lists; finds a stray indent', () => {
    const ok = ['a:', '  b: 1', '  c:', '    - id: x', '      n: |', '        text', '    - [1,', '       2]', 'd: 2'];
    expect(misIndentedLine(ok, ok.length)).toBeNull();
    expect(misIndentedLine(['a:', '  b: 1', '   c: 2'], 3)).toEqual({ line: 3, indent: 3, expected: 2 });
    expect(misIndentedLine(['a:', '    b: 1', '  c: 2'], 3)).toEqual({ line: 3, indent: 2, expected: 4 });
  });
});

describe('"known:" hints', () => {
  it('say how many more names there are past the eighth', () => {
    expect(knownList(['a', 'b', 'c'])).toBe('a, b, c');
    expect(knownList(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'])).toBe('a, b, c, d, e, f, g, h … and 2 more');
  });
});
