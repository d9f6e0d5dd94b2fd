// Each problem planted in scenarios/fixtures/lint/ is found at its line: line 2 of every fixture lists the
// expected warnings as "rule@line:col" ("nothing" for the clean one). Shipped scenarios are not required to be
// clean here (they are tuned by their authors), but they must lint without crashing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatWarning, LINT_RULES, lintScenario } from '../index';

const root = join(__dirname, '..', '..', '..', 'scenarios');
const dir = join(root, 'fixtures', 'lint');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('summit lint rules', () => {
  it('has a fixture for every rule', () => {
    const rules = new Set(
      fixtures.flatMap((f) =>
        (/expect: (.*)$/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? '').split(' ').map((x) => x.split('@')[0]),
      ),
    );
    expect(LINT_RULES.map((r) => r.id)).toContain('walkout-at-start');
    for (const r of LINT_RULES) expect(rules).toContain(r.id);
  });

  it('documents every rule in the table of docs/scenario-guide.md', () => {
    const guide = readFileSync(join(root, '..', 'docs', 'scenario-guide.md'), 'utf8');
    for (const r of LINT_RULES) expect(guide).toContain(`| \`${r.id}\` |`);
  });

  it.each(fixtures)('%s: finds exactly the planted problems, at their lines', (name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const expected = /expect: (.*)$/m.exec(text.split('\n')[1])?.[1];
    expect(expected, 'line 2: "# lint fixture: … expect: rule@line:col …"').toBeDefined();
    const r = lintScenario(text, name);
    if (!r.ok) throw new Error(r.error.map((e) => e.message).join('\n'));
    const found = r.value.map((w) => `${w.rule}@${w.line}:${w.column}`).join(' ') || 'nothing';
    expect(found).toBe(expected);
    for (const w of r.value)
      expect(formatWarning(w)).toMatch(new RegExp(`^${name}:\\d+:\\d+: warning: .+ \\[${w.rule}\\]$`));
  });

  it('returns the loader errors of an invalid file instead of warnings', () => {
    const text = readFileSync(join(root, 'fixtures', 'broken', '13-unknown-state-target.yaml'), 'utf8');
    const r = lintScenario(text, 'x.yaml');
    expect(r.ok).toBe(false);
  });

  it.each(readdirSync(root).filter((f) => f.endsWith('.yaml')))('lints shipped scenario %s', (name) => {
    const r = lintScenario(readFileSync(join(root, name), 'utf8'), name);
    expect(r.ok).toBe(true);
  });
});
