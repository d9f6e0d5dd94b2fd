// The limits of content/limits.ts, end to end: a generated scenario at every limit at once goes through validate,
// lint, simulate (with its replay) and analyze as real child processes under a 1 GB heap and a kill timeout; a
// file one past each limit is refused by validate with one sentence naming the limit and the count, and the
// commands that would enumerate packages refuse it the same way; --seed and --runs out of range are usage errors.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MAX_ID_CHARS,
  MAX_LINE_CHARS,
  MAX_NAME_CHARS,
  MAX_PACKAGES,
  MAX_PARTIES,
  MAX_RUNS,
  MAX_SEED,
  MAX_STANCE_RULES,
  MAX_TEXT_CHARS,
  MAX_TURNS,
} from '../content/index';
import { runCaptured } from './capture';
import { AT_LIMITS, limitScenario, OVER_LIMITS, packagesOf } from './limit-scenarios';

const dir = mkdtempSync(join(tmpdir(), 'summit-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The budget is 10 s on an idle machine (measured: see docs/scenario-format.md, "Limits"). Each command is held to
 * three times that in CPU time (user + system, which the command reports itself as it exits): unlike the time on the
 * clock it hardly grows when other work shares the machine, so a loaded test machine does not fail the test, while
 * a command that got slower does. The clock only stops a command that hangs or runs away (KILL_MS).
 */
const CPU_BUDGET_MS = 30_000;
const KILL_MS = 180_000;

/** Loaded into each command: writes its CPU time (ms) to the file SUMMIT_CPU_OUT names as the process exits. */
const CPU_PROBE = `data:text/javascript,${encodeURIComponent(
  'import{writeFileSync}from"node:fs";process.on("exit",()=>{const u=process.cpuUsage();' +
    'writeFileSync(process.env.SUMMIT_CPU_OUT,String((u.user+u.system)/1000))})',
)}`;
let probes = 0;

function summit(...argv: string[]): {
  code: number | null;
  out: string;
  err: string;
  signal: string | null;
  cpuMs: number;
} {
  const cpuOut = join(dir, `cpu-${++probes}.txt`);
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=1024', '--import', CPU_PROBE, '--import', 'tsx', join(__dirname, 'main.ts'), ...argv],
    {
      encoding: 'utf8',
      timeout: KILL_MS,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, SUMMIT_CPU_OUT: cpuOut },
    },
  );
  const cpuMs = existsSync(cpuOut) ? Number(readFileSync(cpuOut, 'utf8')) : Number.NaN;
  return { code: r.status, out: r.stdout, err: r.stderr, signal: r.signal, cpuMs };
}

/** The command ran to its end (not killed) within the CPU budget. */
function withinBudget(r: ReturnType<typeof summit>, what: string) {
  expect(r.signal, `${what} killed`).toBeNull();
  expect(r.cpuMs, `${what}: CPU time not reported`).toBeGreaterThan(0);
  expect(r.cpuMs, `${what}: CPU time (ms)`).toBeLessThan(CPU_BUDGET_MS);
}

const write = (name: string, text: string): string => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

const n = (x: number) => x.toLocaleString('en-US');

describe('a scenario at every limit', () => {
  const file = write('at-limits.yaml', limitScenario(AT_LIMITS));
  const replay = join(dir, 'at-limits.summit.json');

  it('is at the limits it claims to be at', () => {
    expect(packagesOf(AT_LIMITS)).toBe(MAX_PACKAGES);
    expect(AT_LIMITS.parties).toBe(MAX_PARTIES);
    expect(AT_LIMITS.rounds.reduce((s, r) => s + r, 0) * AT_LIMITS.parties).toBe(MAX_TURNS);
  });

  it(
    'validates, lints, simulates and analyzes within the heap and the time limit',
    () => {
      const v = summit('validate', file);
      withinBudget(v, 'validate');
      expect(v.code, v.err).toBe(0);

      const l = summit('lint', file);
      withinBudget(l, 'lint');
      expect([0, 1], l.err).toContain(l.code);
      expect(l.err).not.toContain('internal error');

      const s = summit('simulate', file, '--seed', '1', '--json', '--replay-out', replay);
      withinBudget(s, 'simulate');
      expect(s.code, s.err).toBe(0);
      expect(JSON.parse(s.out).turns).toBeLessThanOrEqual(MAX_TURNS);

      const a = summit('analyze', replay, '--scenario', file, '--json');
      withinBudget(a, 'analyze');
      expect(a.code, a.err).toBe(0);
      expect(JSON.parse(a.out).outcome.turns).toBe(JSON.parse(s.out).turns);
      console.log(
        `at every limit, CPU ms: validate ${v.cpuMs}, lint ${l.cpuMs}, simulate ${s.cpuMs}, analyze ${a.cpuMs}`,
      );
    },
    4 * KILL_MS,
  );
});

describe('a scenario one past a limit', () => {
  const files = Object.fromEntries(
    Object.entries(OVER_LIMITS).map(([k, shape]) => [k, write(`over-${k}.yaml`, limitScenario(shape))]),
  );

  it(
    'is refused by validate with one sentence naming the limit and the count',
    () => {
      const r = summit('validate', ...Object.values(files));
      withinBudget(r, 'validate');
      expect(r.code).toBe(1);
      const expected: Record<keyof typeof OVER_LIMITS, string> = {
        parties: `the scenario has ${MAX_PARTIES + 1} parties; the limit is ${MAX_PARTIES}`,
        packages: `the issues' options make ${n(2 * MAX_PACKAGES)} possible packages; the limit is ${n(MAX_PACKAGES)}`,
        turns: `the phases make games of ${n(MAX_TURNS + MAX_PARTIES)} turns (rounds × speakers, summed over phases); the limit is ${n(MAX_TURNS)}`,
        name: `is ${n(MAX_NAME_CHARS + 1)} characters long; the limit for names is ${n(MAX_NAME_CHARS)} characters`,
        line: `"text" is ${n(MAX_LINE_CHARS + 1)} characters long; the limit for lines is ${n(MAX_LINE_CHARS)} characters`,
        brief: `"brief" is ${n(MAX_TEXT_CHARS + 1)} characters long; the limit for texts is ${n(MAX_TEXT_CHARS)} characters`,
        stance: `stance "firm" of "p0" has ${n(MAX_STANCE_RULES + 1)} transitions, guards and actions; the limit is ${n(MAX_STANCE_RULES)}`,
      };
      for (const [k, message] of Object.entries(expected)) {
        const lines = r.out.split('\n').filter((line) => line.includes(`over-${k}.yaml:`));
        expect(lines.length, k).toBeGreaterThan(0);
        expect(lines[0], k).toContain(message);
        expect(lines[0], k).toMatch(/^\S+:\d+:\d+: /); // file:line:column, one line each
      }
    },
    KILL_MS,
  );

  it(
    'is refused the same way by the commands that enumerate packages (lint, simulate)',
    () => {
      for (const command of ['lint', 'simulate']) {
        const r = summit(command, files.packages!);
        withinBudget(r, command);
        expect(r.code, command).toBe(1);
        expect(`${r.out}${r.err}`, command).toContain(`the limit is ${n(MAX_PACKAGES)}`);
        expect(`${r.out}${r.err}`, command).not.toContain('internal error');
      }
    },
    2 * KILL_MS,
  );

  it('refuses an id longer than a replay can record', () => {
    const text = limitScenario({ ...AT_LIMITS, parties: 2, options: [2], rounds: [1] }).replaceAll(
      'id: p1\n',
      `id: ${'p'.repeat(MAX_ID_CHARS + 1)}\n`,
    );
    const r = runCaptured('validate', write('long-id.yaml', text));
    expect(r.code).toBe(1);
    expect(r.out).toContain(`the limit for ids is ${MAX_ID_CHARS} characters`);
  });
});

describe('command-line limits', () => {
  const MINI = 'scenarios/fixtures/mini.yaml';

  it('simulate accepts exactly the seeds a replay records', () => {
    for (const seed of ['-1', String(MAX_SEED + 1), '100000000000000000000']) {
      const r = runCaptured('simulate', MINI, '--seed', seed);
      expect(r.code, seed).toBe(2);
      expect(r.err, seed).toContain(`--seed must be between 0 and ${n(MAX_SEED)} (the seeds a replay records)`);
    }
    const replay = join(dir, 'max-seed.summit.json');
    expect(runCaptured('simulate', MINI, '--seed', String(MAX_SEED), '--replay-out', replay).code).toBe(0);
    const v = runCaptured('replay', 'verify', replay, '--scenario', MINI);
    expect(v.code, v.out + v.err).toBe(0);
  });

  it('balance refuses --runs over the maximum and seeds past the replay range', () => {
    const runs = runCaptured('balance', MINI, '--runs', String(MAX_RUNS + 1));
    expect(runs.code).toBe(2);
    expect(runs.err).toContain(`--runs must be between 1 and ${n(MAX_RUNS)}`);
    const seed = runCaptured('balance', MINI, '--runs', '10', '--seed', String(MAX_SEED - 5));
    expect(seed.code).toBe(2);
    expect(seed.err).toContain(`--seed must be between 0 and ${n(MAX_SEED - 9)}`);
  });
});
