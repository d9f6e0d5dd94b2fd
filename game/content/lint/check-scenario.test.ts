// checkScenario (validate + lint in one pass, for the studio) must say exactly what parseScenario and lintScenario
// say: on every shipped scenario, every broken fixture and every lint fixture.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../parse';
import { checkScenario, lintScenario } from './index';

const root = join(import.meta.dirname, '../../../scenarios');
const files = ['', 'fixtures', 'fixtures/broken', 'fixtures/lint'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(dir, f)),
);

describe('checkScenario', () => {
  it('finds the fixtures (the check is not vacuous)', () => {
    expect(files.filter((f) => f.startsWith('fixtures/broken')).length).toBeGreaterThan(5);
    expect(files.filter((f) => f.startsWith('fixtures/lint')).length).toBeGreaterThan(3);
  });

  it.each(files)('%s: the errors of parseScenario, or its scenario with the warnings of lintScenario', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const checked = checkScenario(text, file);
    const parsed = parseScenario(text, file);
    if (!parsed.ok) {
      expect(checked).toEqual({ ok: false, error: parsed.error });
      return;
    }
    const lint = lintScenario(text, file);
    expect(checked).toEqual({ ok: true, scenario: parsed.value, warnings: lint.ok ? lint.value : null });
  });
});
