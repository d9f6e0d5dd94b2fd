// Balance is reproducible: the same seed gives the same report whether one thread or several play the games,
// and the HTML report is self-contained and escapes the scenario's text.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../content/index';
import { POLICIES } from '../engine/index';
import {
  barChart,
  distinctGames,
  esc,
  playJob,
  runTournament,
  summariseTournament,
  tournamentJobs,
} from '../session/balance/index';
import { runTournamentPool } from './balance-pool';
import type { Io } from './io';
import { runCli } from './run';

const MINI = 'scenarios/fixtures/mini.yaml';
const parsed = parseScenario(readFileSync(MINI, 'utf8'), MINI);
if (!parsed.ok) throw new Error('mini.yaml must load');
const sc = parsed.value;

function run(...argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const errs: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => errs.push(t) };
  const code = runCli(argv, io);
  return { code, out: out.join('\n'), err: errs.join('\n') };
}

describe('balance tournament', () => {
  // The report as it was computed before games were shared between rows: every job played on its own, in order.
  const everyJob = (runs: number, seed: number) => {
    const jobs = tournamentJobs(sc, runs, seed);
    return summariseTournament(
      sc,
      runs,
      seed,
      jobs,
      jobs.map((j) => playJob(sc, j)),
    );
  };

  it('gives the same report for a seed whatever the number of worker threads, as when every job was played', () => {
    const before = everyJob(6, 7);
    expect(runTournament(sc, 6, 7)).toEqual(before);
    expect(runTournamentPool(sc, { runs: 6, seed: 7, threads: 1 })).toEqual(before);
    expect(runTournamentPool(sc, { runs: 6, seed: 7, threads: 2 })).toEqual(before);
    expect(runTournamentPool(sc, { runs: 6, seed: 7, threads: 3 })).toEqual(before);
    // Workers started through tsx instead of the bundle play the same games.
    expect(runTournamentPool(sc, { runs: 6, seed: 7, threads: 2, noBundle: true })).toEqual(before);
  }, 60_000);

  it("plays each party's 'ai' row as the all-AI game of its seed, once", () => {
    const jobs = tournamentJobs(sc, 6, 7);
    const { games, gameOf } = distinctGames(jobs);
    expect(jobs.length).toBe(6 * (1 + sc.parties.length * POLICIES.length));
    expect(games.length).toBe(6 * (1 + sc.parties.length * (POLICIES.length - 1)));
    jobs.forEach((job, i) => {
      const game = games[gameOf[i]];
      expect(game.seed).toBe(job.seed);
      if (job.party === null || job.policy === 'ai') expect(game.party).toBeNull();
      else expect(game).toEqual(job);
    });
  });

  it('changes with the seed', () => {
    expect(runTournament(sc, 6, 7)).not.toEqual(runTournament(sc, 6, 8));
  });

  it('keeps the JSON fields others rely on, and adds turns, deals and deadlocks', () => {
    const r = run('balance', MINI, '--runs', '4', '--workers', '2', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.runs).toBe(4);
    expect(j.byParty.north.ai).toHaveProperty('dealRate');
    expect(j.byParty.north.ai).toHaveProperty('meanSurplus');
    expect(j.allAi).toHaveProperty('dealRate');
    expect(j.allAi).toHaveProperty('meanTurns');
    expect(Array.isArray(j.allAi.commonDeals)).toBe(true);
    expect(Array.isArray(j.allAi.deadlocks)).toBe(true);
    expect(Array.isArray(j.allAi.neverAgreed)).toBe(true);
  }, 60_000);

  it('refuses bad --workers and --report without a file (exit 2)', () => {
    expect(run('balance', MINI, '--workers', '0').code).toBe(2);
    expect(run('balance', MINI, '--report').code).toBe(2);
  });
});

describe('balance --report', () => {
  it('writes a self-contained HTML page with SVG charts', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'summit-')), 'r.html');
    const r = run('balance', MINI, '--runs', '2', '--workers', '1', '--report', file);
    expect(r.code).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html.match(/<svg /g)?.length).toBe(2);
    expect(html).not.toMatch(/<script|src=|href=/);
  });

  it('escapes text', () => {
    expect(esc(`<b a="x">'&`)).toBe('&#60;b a=&#34;x&#34;&#62;&#39;&#38;');
    const svg = barChart('<t>', [{ group: '<p>', series: 'ai', value: 1 }], { min: 0, max: 10, unit: '' });
    expect(svg).not.toContain('<p>');
    expect(svg).not.toContain('<t>');
  });
});
