// `summit balance <scenario> [--runs N] [--seed N] [--workers N] [--json] [--report FILE.html]`: an AI
// tournament per party and policy on every core (balance-pool.ts), printed as a table (or one JSON document),
// with a progress bar on stderr while it runs. The figures depend on the scenario, --runs and --seed only.
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { MAX_RUNS, MAX_SEED, MAX_WORKERS, MIN_SEED } from '../content/index';
import { type BalanceReport, balanceHtml, formatBalance } from '../session/balance/index';
import { checkFlags, intFlag, type ParsedArgs } from './args';
import { runTournamentPool } from './balance-pool';
import { EXIT, type Io } from './io';
import { loadScenarioFile } from './load-scenario';
import { progressBar } from './progress';

const USAGE = 'usage: summit balance <scenario> [--runs N] [--seed N] [--workers N] [--json] [--report FILE.html]';

export function balanceCommand(args: ParsedArgs, io: Io): number {
  const checked = checkFlags(args, ['runs', 'seed', 'json', 'report', 'workers']);
  const runs = intFlag(args, 'runs', 200, { min: 1, max: MAX_RUNS, why: 'games per cell' });
  // Every seed of the tournament (seed … seed + runs − 1) is one a replay could record.
  const lastSeed = MAX_SEED - (runs.ok ? runs.value : 1) + 1;
  const seed = intFlag(args, 'seed', 1, {
    min: MIN_SEED,
    max: lastSeed,
    why: `so that every seed is at most ${MAX_SEED}`,
  });
  const workers = intFlag(args, 'workers', Math.min(availableParallelism(), MAX_WORKERS), { min: 1, max: MAX_WORKERS });
  const report = args.flags.report;
  const bad = !checked.ok || !runs.ok || !seed.ok || !workers.ok || args.positionals.length !== 1 || report === true;
  if (bad || runs.value < 1 || workers.value < 1) {
    const why = !checked.ok
      ? checked.error
      : !runs.ok
        ? runs.error
        : !seed.ok
          ? seed.error
          : !workers.ok
            ? workers.error
            : report === true
              ? '--report needs a file name'
              : null;
    io.err(why ? `${why}\n${USAGE}` : USAGE);
    return EXIT.usage;
  }
  const loaded = loadScenarioFile(args.positionals[0]);
  if (!loaded.ok) {
    if (loaded.failure.kind === 'io') io.err(loaded.failure.message);
    else for (const line of loaded.failure.lines) io.err(line);
    return loaded.failure.kind === 'io' ? EXIT.usage : EXIT.failed;
  }
  // Each thread's V8 compiles the engine afresh, and on ~1,000 short games TurboFan's inlining costs more CPU than
  // it saves (measured on Alaska, 1,003 games, 2 threads: 7.5 s → 6.5 s of CPU, the same report). A compiler flag
  // changes no result; it is set for this process (and so its worker threads), which runs only this command.
  setFlagsFromString('--no-turbo-inlining');
  const bar = progressBar('balance');
  let result: BalanceReport;
  try {
    result = runTournamentPool(loaded.scenario, {
      runs: runs.value,
      seed: seed.value,
      threads: workers.value,
      onProgress: bar.update,
    });
  } finally {
    bar.done();
  }
  if (typeof report === 'string') {
    try {
      writeFileSync(report, balanceHtml(loaded.scenario, result));
    } catch (e) {
      io.err(`${report}: cannot write the report (${e instanceof Error ? e.message : String(e)})`);
      return EXIT.usage;
    }
  }
  if (args.flags.json) io.out(JSON.stringify(result, null, 2));
  else for (const line of formatBalance(result)) io.out(line);
  return EXIT.ok;
}

export { formatBalance };
