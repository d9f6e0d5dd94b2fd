// `summit new` writes a starter that validates, plays to an outcome and lints clean as it is, and never
// overwrites a file.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from './io';
import { runCli } from './run';

function run(...argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const errs: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => errs.push(t) };
  const code = runCli(argv, io);
  return { code, out: out.join('\n'), err: errs.join('\n') };
}

describe('summit new', () => {
  it('writes a starter that validates, plays and lints clean', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-new-'));
    expect(run('new', 'my-summit', '--dir', dir).code).toBe(0);
    const file = join(dir, 'my-summit.yaml');
    expect(readFileSync(file, 'utf8').split('\n')[0]).toMatch(
      /^# yaml-language-server: \$schema=\S+assets\/schema\/scenario\.schema\.json$/,
    );
    expect(run('validate', file).code).toBe(0);
    const sim = run('simulate', file, '--json');
    expect(sim.code).toBe(0);
    expect(JSON.parse(sim.out).outcome).toBe('agreement');
    const lint = run('lint', file);
    expect(lint.out).toBe('');
    expect(lint.code).toBe(0);
  });

  it('points the schema line at the repository schema, relative to the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-new-'));
    expect(run('new', 'x', '--dir', dir).code).toBe(0);
    const rel = /\$schema=(\S+)/.exec(readFileSync(join(dir, 'x.yaml'), 'utf8'))![1];
    expect(existsSync(resolve(dir, rel))).toBe(true);
    expect(resolve(dir, rel)).toBe(resolve('assets/schema/scenario.schema.json'));
  });

  it('refuses to overwrite an existing file (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-new-'));
    writeFileSync(join(dir, 'taken.yaml'), 'keep me');
    const r = run('new', 'taken', '--dir', dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('already exists');
    expect(readFileSync(join(dir, 'taken.yaml'), 'utf8')).toBe('keep me');
  });

  it('refuses a bad id or missing id (exit 2)', () => {
    expect(run('new', 'Bad Id').code).toBe(2);
    expect(run('new').code).toBe(2);
  });
});

describe('summit lint', () => {
  it('exits 0 on a clean file, 1 with file:line:col warnings, 2 on a missing file', () => {
    expect(run('lint', 'scenarios/fixtures/lint/clean.yaml').code).toBe(0);
    const r = run('lint', 'scenarios/fixtures/lint/guard-value.yaml');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^scenarios\/fixtures\/lint\/guard-value\.yaml:53:63: warning: /);
    expect(run('lint', 'no/such/file.yaml').code).toBe(2);
  });
  it('prints one JSON document with --json', () => {
    const j = JSON.parse(run('lint', 'scenarios/fixtures/lint/no-zopa.yaml', '--json').out);
    expect(j.valid).toBe(true);
    expect(j.warnings[0]).toMatchObject({ rule: 'no-zopa', line: 24, column: 1 });
  });
  it('exits 1 with the loader errors on an invalid file', () => {
    const r = run('lint', 'scenarios/fixtures/broken/13-unknown-state-target.yaml');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/:\d+:\d+: unknown state/);
  });
});
