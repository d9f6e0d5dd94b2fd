// `summit balance <scenario> [--runs N] [--seed N] [--json]`: an AI tournament per party and policy, printed as
// a table (or one JSON document), with a progress bar on stderr while it runs.
import { checkFlags, intFlag, type ParsedArgs } from './args';
import { EXIT, type Io } from './io';
import { loadScenarioFile } from './load-scenario';
import { progressBar } from './progress';
import { type BalanceReport, runTournament } from './tournament';

const USAGE = 'usage: summit balance <scenario> [--runs N] [--seed N] [--json]';

export function balanceCommand(args: ParsedArgs, io: Io): number {
  const checked = checkFlags(args, ['runs', 'seed', 'json']);
  const runs = intFlag(args, 'runs', 200);
  const seed = intFlag(args, 'seed', 1);
  if (!checked.ok || !runs.ok || !seed.ok || args.positionals.length !== 1 || runs.value < 1) {
    const why = !checked.ok ? checked.error : !runs.ok ? runs.error : !seed.ok ? seed.error : null;
    io.err(why ? `${why}\n${USAGE}` : USAGE);
    return EXIT.usage;
  }
  const loaded = loadScenarioFile(args.positionals[0]);
  if (!loaded.ok) {
    if (loaded.failure.kind === 'io') io.err(loaded.failure.message);
    else for (const line of loaded.failure.lines) io.err(line);
    return loaded.failure.kind === 'io' ? EXIT.usage : EXIT.failed;
  }
  const bar = progressBar('balance');
  const report = runTournament(loaded.scenario, runs.value, seed.value, bar.update);
  bar.done();
  if (args.flags.json) io.out(JSON.stringify(report, null, 2));
  else for (const line of formatBalance(report)) io.out(line);
  return EXIT.ok;
}

export function formatBalance(r: BalanceReport): string[] {
  const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(5);
  const num = (x: number) => x.toFixed(1).padStart(7);
  const lines = [
    `Balance of ${r.scenario} ${r.version}: ${r.runs} runs per cell, seeds ${r.seed}…${r.seed + r.runs - 1}`,
    '',
  ];
  lines.push(
    `${'party'.padEnd(10)} ${'policy'.padEnd(10)} ${'deals'.padStart(5)} ${'walkout'.padStart(7)} ${'surplus'.padStart(7)}`,
  );
  for (const [party, byPolicy] of Object.entries(r.byParty)) {
    for (const [policy, f] of Object.entries(byPolicy)) {
      lines.push(
        `${party.padEnd(10)} ${policy.padEnd(10)} ${pct(f.dealRate)} ${pct(f.walkoutRate).padStart(7)} ${num(f.meanSurplus)}`,
      );
    }
  }
  const a = r.allAi;
  lines.push(
    '',
    `All AI: deals ${pct(a.dealRate).trim()}, walk-outs ${pct(a.walkoutRate).trim()}, mean turns ${a.meanTurns.toFixed(1)}`,
  );
  lines.push(
    `  deals by phase: ${Object.entries(a.phaseDealRate)
      .map(([k, v]) => `${k} ${pct(v).trim()}`)
      .join(', ')}`,
  );
  lines.push(
    `  mean surplus: ${Object.entries(a.meanSurplus)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ')}`,
  );
  return lines;
}
