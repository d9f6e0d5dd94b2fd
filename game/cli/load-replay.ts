// Reads a replay file for the command line and finds the scenario it was recorded on (scenarios/<id>.yaml).
import { readFileSync, statSync } from 'node:fs';
import { formatError, parseReplay } from '../content/index';
import type { Replay } from '../engine/replay';
import type { CompiledScenario } from '../engine/scenario';
import { loadScenarioFile } from './load-scenario';

export type ReplayRead = { ok: true; replay: Replay } | { ok: false; code: 1 | 2; lines: string[] };
export type ReplayLoad =
  | { ok: true; replay: Replay; scenario: CompiledScenario }
  | { ok: false; code: 1 | 2; lines: string[] };

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

/** The replay file and the scenario it needs (its id under scenarios/, or the file given). */
export function loadReplayFile(file: string, scenarioPath?: string): ReplayLoad {
  const read = readReplayFile(file);
  if (!read.ok) return read;
  const replay = read.replay;
  const loaded = loadScenarioFile(scenarioPath ?? replay.scenario.id);
  if (!loaded.ok) {
    if (loaded.failure.kind === 'io') {
      return {
        ok: false,
        code: 1,
        lines: [`${file}: this replay needs scenario '${replay.scenario.id}', which this build does not have`],
      };
    }
    return { ok: false, code: 1, lines: loaded.failure.lines };
  }
  return { ok: true, replay, scenario: loaded.scenario };
}
