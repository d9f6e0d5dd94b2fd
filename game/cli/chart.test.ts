// `summit chart` against the command-line contract: the SVG written for one party or for all, --svg - on stdout,
// `chart --help`, and the exit codes (1 with file:line:col lines for an invalid scenario, 2 for usage and IO).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCapturedAsync as run } from './capture';

const MINI = 'scenarios/fixtures/mini.yaml';
const BROKEN = 'scenarios/fixtures/broken/01-syntax-error.yaml';

describe('summit chart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'summit-chart-'));

  it('writes one party’s chart', async () => {
    const file = join(dir, 'north.svg');
    const r = await run('chart', MINI, 'north', '--svg', file);
    expect(r.code).toBe(0);
    const svg = readFileSync(file, 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('data-party="north"');
    expect(svg).not.toContain('data-party="south"');
    expect(svg).toContain('data-state="stance/firm"');
  });

  it('writes every party’s chart in one SVG without a party, or on stdout with --svg -', async () => {
    const file = join(dir, 'all.svg');
    expect((await run('chart', MINI, '--svg', file)).code).toBe(0);
    const all = readFileSync(file, 'utf8');
    const out = await run('chart', MINI, '--svg', '-');
    expect(out.code).toBe(0);
    expect(out.out).toBe(all.trimEnd());
    for (const party of ['north', 'south', 'broker']) expect(all).toContain(`data-party="${party}"`);
  });

  it('prints its help with --help, exit 0', async () => {
    const r = await run('chart', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('usage: summit chart <scenario> [party] --svg FILE');
  });

  it('exits 1 with file:line:col lines for an invalid scenario', async () => {
    const r = await run('chart', BROKEN, '--svg', '-');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^scenarios\/fixtures\/broken\/01-syntax-error\.yaml:\d+:\d+: /m);
  });

  it('exits 2 for an unknown party, a missing --svg, a missing file or an unwritable path', async () => {
    const unknown = await run('chart', MINI, 'nobody', '--svg', '-');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("unknown party 'nobody'; this scenario's parties: north, south, broker");
    expect((await run('chart', MINI)).code).toBe(2);
    expect((await run('chart', 'nope/missing.yaml', '--svg', '-')).code).toBe(2);
    expect((await run('chart', MINI, '--svg', join(dir, 'no', 'such', 'dir.svg'))).code).toBe(2);
    expect((await run('chart', MINI, '--svg', '-', '--bogus', 'x')).code).toBe(2);
  });
});
