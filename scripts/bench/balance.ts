// `summit balance` benchmark: the real command end to end (npm, tsx start-up, loading the scenario, worker threads
// on every core) on Alaska with --runs 59: 59 all-AI games plus 4 parties × 4 policies × 59, i.e. 1,003 games in the
// report (issue 12's figure: ≤ 5 s on 2 cores). One untimed run first (it also builds the worker bundle if the
// sources changed since the last run), then the median of several timed runs. Wall time is what a designer waits
// for, so it is what is reported, with the load average beside it: other work on the machine lengthens it.
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { percentile } from './stats';

export interface BalanceFigures {
  scenario: string;
  /** Games in the report (counted from it, not assumed). */
  games: number;
  threads: number;
  /** Median wall time of the timed runs, ms. */
  balance1000Ms: number;
  runsMs: number[];
  /** 1-minute load average before the timed runs. */
  loadAverage: number;
}

const ALASKA = 'scenarios/alaska-2025.yaml';
const RUNS = 3;

function runOnce(file: string): { ms: number; games: number } {
  const t0 = performance.now();
  const r = spawnSync('npm', ['run', '-s', 'summit', '--', 'balance', file, '--runs', '59', '--json'], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const ms = Math.round(performance.now() - t0);
  if (r.status !== 0) throw new Error(`summit balance failed: ${r.stderr}`);
  const report = JSON.parse(r.stdout) as {
    byParty: Record<string, Record<string, { games: number }>>;
    allAi?: { games?: number };
  };
  let games = report.allAi?.games ?? 0;
  for (const byPolicy of Object.values(report.byParty)) for (const p of Object.values(byPolicy)) games += p.games;
  return { ms, games };
}

export function benchBalance(file = ALASKA, runs = RUNS): BalanceFigures {
  runOnce(file);
  const loadAverage = Math.round(loadavg()[0] * 10) / 10;
  const timed = Array.from({ length: runs }, () => runOnce(file));
  const runsMs = timed.map((t) => t.ms);
  return {
    scenario: file,
    games: timed[0].games,
    threads: availableParallelism(),
    balance1000Ms: percentile(
      [...runsMs].sort((a, b) => a - b),
      50,
    ),
    runsMs,
    loadAverage,
  };
}
