// The broken-scenario corpus: every file in scenarios/fixtures/broken names, in its first line, the position
// and message of the first error the loader must report. The valid fixture must load cleanly.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatError, parseScenario } from './index';

const root = join(__dirname, '..', '..', 'scenarios', 'fixtures');
const brokenDir = join(root, 'broken');
const broken = readdirSync(brokenDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('broken scenario corpus', () => {
  it('has at least 30 files', () => {
    expect(broken.length).toBeGreaterThanOrEqual(30);
  });

  it.each(broken)('%s reports the expected first error', (name) => {
    const text = readFileSync(join(brokenDir, name), 'utf8');
    const m = /^# expect: (\d+):(\d+) (.+)$/m.exec(text.split('\n')[0]);
    expect(m, 'header "# expect: <line>:<col> <message>"').not.toBeNull();
    const [, line, column, message] = m!;
    const r = parseScenario(text, name);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const first = r.error[0];
    const shown = `${first.message}${first.hint ? ` (${first.hint})` : ''}`;
    expect(`${first.line}:${first.column} ${shown}`).toContain(`${line}:${column} `);
    expect(shown).toContain(message);
    // Every error is printable as file:line:col: message.
    for (const e of r.error) expect(formatError(e)).toMatch(new RegExp(`^${name}:\\d+:\\d+: `));
  });

  it('refuses a file over 1 MB before parsing it', () => {
    const text = `format: 1\nid: big\n# ${'x'.repeat(1024 * 1024)}\n`;
    const r = parseScenario(text, 'big.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toHaveLength(1);
      expect(r.error[0]).toMatchObject({ line: 1, column: 1 });
      expect(r.error[0].message).toContain('file is too big');
    }
  });
});

describe('valid fixture', () => {
  it('scenarios/fixtures/mini.yaml loads with no errors', () => {
    const r = parseScenario(readFileSync(join(root, 'mini.yaml'), 'utf8'), 'mini.yaml');
    if (!r.ok) throw new Error(r.error.map(formatError).join('\n'));
    expect(r.value.id).toBe('mini');
    expect(r.value.parties).toHaveLength(3);
  });
});
