// Reads a replay file for the command line and finds the scenario it was recorded on: the file given with
// --scenario, the scenario the replay carries (a game on a scenario the game does not bundle), or the bundled
// scenario of the replay's id (scenarios/<id>.yaml, or archive/<id>@<version>.yaml). The id is a slug (parseReplay
// checks it) and is only ever matched against the bundled files' names, never used as a path, so a replay cannot
// make the CLI read "package.json" or "/etc/hostname". Every line of a failure names the replay file, so in a class
// folder the teacher knows whose file it was.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatError, parseReplay } from '../content/index';
import type { CompiledScenario, Replay } from '../engine/index';
import { scenarioOfReplay } from '../session/match/index';
import { loadScenarioFile } from './load-scenario';

export type ReplayRead = { ok: true; replay: Replay } | { ok: false; code: 1 | 2; lines: string[] };
export type ReplayLoad =
  | { ok: true; replay: Replay; scenario: CompiledScenario }
  | { ok: false; code: 1 | 2; lines: string[] };

/** Where the bundled scenarios are, relative to the working directory (as for `summit simulate <id>`). */
export const BUNDLED_SCENARIOS = 'scenarios';

/** The replay file alone, checked. */
export function readReplayFile(file: string): ReplayRead {
  let text: string;
  try {
    if (!statSync(file).isFile()) return { ok: false, code: 2, lines: [`${file}: not a file`] };
    text = readFileSync(file, 'utf8');
  } catch {
    return { ok: false, code: 2, lines: [`${file}: no such file`] };
  }
  const parsed = parseReplay(text, file);
  if (!parsed.ok) return { ok: false, code: 1, lines: parsed.error.map(formatError) };
  return { ok: true, replay: parsed.value };
}

/**
 * The bundled scenario file whose name is `<id>.yaml`, found by listing the folder; null when there is none. Given
 * a version, its archived copy `archive/<id>@<version>.yaml` comes first (an earlier release of the scenario).
 */
export function bundledScenarioFile(id: string, dir = BUNDLED_SCENARIOS, version?: string): string | null {
  if (version !== undefined) {
    const archive = join(dir, 'archive');
    let archived: string[] = [];
    try {
      archived = readdirSync(archive);
    } catch {
      // no archive folder: only the current versions
    }
    const name = archived.find((n) => n === `${id}@${version}.yaml`);
    if (name !== undefined) return join(archive, name);
  }
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return null;
  }
  const name = names.find((n) => n === `${id}.yaml`);
  return name === undefined ? null : join(dir, name);
}

/** The replay file and the scenario it needs (the file given, or the bundled scenario of its id). */
export function loadReplayFile(file: string, scenarioPath?: string): ReplayLoad {
  const read = readReplayFile(file);
  if (!read.ok) return read;
  const replay = read.replay;
  const id = replay.scenario.id;
  // A replay that carries its scenario (one the game does not bundle) needs no other file; --scenario still wins.
  const carried = scenarioPath === undefined ? scenarioOfReplay(replay) : null;
  if (carried !== null) {
    return carried.ok
      ? { ok: true, replay, scenario: carried.value }
      : { ok: false, code: 1, lines: [`${file}: ${carried.error}`] };
  }
  const path = scenarioPath ?? bundledScenarioFile(id, BUNDLED_SCENARIOS, replay.scenario.version);
  if (path === null) {
    return {
      ok: false,
      code: 1,
      lines: [
        `${file}: this replay needs scenario '${id}', which is not among the bundled scenarios (give its file with --scenario FILE)`,
      ],
    };
  }
  const loaded = loadScenarioFile(path);
  if (!loaded.ok) {
    if (loaded.failure.kind === 'io') return { ok: false, code: 2, lines: [`${file}: ${loaded.failure.message}`] };
    return {
      ok: false,
      code: 1,
      lines: [`${file}: the scenario it needs, ${path}, is not valid:`, ...loaded.failure.lines.map((l) => `  ${l}`)],
    };
  }
  return { ok: true, replay, scenario: loaded.scenario };
}
