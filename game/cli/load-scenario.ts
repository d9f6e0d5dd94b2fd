// Reads a scenario for the command line: a path, or an id found as scenarios/<id>.yaml. IO problems and
// scenario errors come back as values; the caller prints them and picks the exit code.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatError, parseScenario } from '../content/index';
import type { CompiledScenario } from '../engine/index';

export type LoadFailure = { kind: 'io'; message: string } | { kind: 'invalid'; lines: string[] };

export function resolveScenarioPath(arg: string): string {
  if (existsSync(arg)) return arg;
  const byId = join('scenarios', `${arg}.yaml`);
  return existsSync(byId) ? byId : arg;
}

export function loadScenarioFile(
  arg: string,
): { ok: true; scenario: CompiledScenario; path: string } | { ok: false; failure: LoadFailure } {
  const path = resolveScenarioPath(arg);
  let text: string;
  try {
    if (!statSync(path).isFile()) return { ok: false, failure: { kind: 'io', message: `${arg}: not a file` } };
    text = readFileSync(path, 'utf8');
  } catch {
    return { ok: false, failure: { kind: 'io', message: `${arg}: no such file or scenario id` } };
  }
  const shown = relative(process.cwd(), path) || path;
  const result = parseScenario(text, shown);
  if (!result.ok) return { ok: false, failure: { kind: 'invalid', lines: result.error.map(formatError) } };
  return { ok: true, scenario: result.value, path: shown };
}
