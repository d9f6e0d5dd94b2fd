// Engine benchmarks: loading and compiling each shipped scenario, and full AI-only games on the largest one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '../../game/content/index';
import { type CompiledScenario, runGame } from '../../game/engine/index';
import { time } from './stats';

export interface EngineFigures {
  scenario: string;
  parties: number;
  issues: number;
  phases: number;
  packages: number;
  compileMs: Record<string, number>;
  gameMedianMs: number;
  gameP95Ms: number;
  gamesPerSecond: number;
  meanTurns: number;
}

export function shippedScenarios(dir = 'scenarios'): { file: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
}

export function compileOrDie(file: string, text: string): CompiledScenario {
  const r = parseScenario(text, file);
  if (!r.ok) throw new Error(`${file} does not validate`);
  return r.value;
}

export function packageCount(sc: CompiledScenario): number {
  return sc.issues.reduce((n, i) => n * i.options.length, 1);
}

export function benchEngine(games: number): EngineFigures {
  const files = shippedScenarios();
  if (files.length === 0) files.push(...shippedScenarios('scenarios/fixtures'));
  const compileMs: Record<string, number> = {};
  const compiled = files.map(({ file, text }) => {
    compileMs[file] = time(() => compileOrDie(file, text), 30, 5).medianMs;
    return compileOrDie(file, text);
  });
  const largest = compiled.reduce((a, b) =>
    packageCount(b) * b.parties.length > packageCount(a) * a.parties.length ? b : a,
  );
  let turns = 0;
  const t = time((i) => {
    turns += runGame(largest, { seed: 1 + i }).turn;
  }, games);
  return {
    scenario: largest.id,
    parties: largest.parties.length,
    issues: largest.issues.length,
    phases: largest.phases.length,
    packages: packageCount(largest),
    compileMs,
    gameMedianMs: t.medianMs,
    gameP95Ms: t.p95Ms,
    gamesPerSecond: Math.round(1000 / t.medianMs),
    meanTurns: Math.round((turns / (games + Math.min(20, games))) * 10) / 10,
  };
}
