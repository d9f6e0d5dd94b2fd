// The scenarios a server offers: the bundled files in scenarios/, read and compiled with the same checks as
// `summit validate` the first time a room asks for one, then kept.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatError, parseScenario } from '../content/index';
import type { CompiledScenario, Result } from '../engine/index';

export interface ScenarioShelf {
  files(): string[];
  load(file: string): Result<CompiledScenario, string>;
}

export function scenarioShelf(dir: string): ScenarioShelf {
  const cache = new Map<string, Result<CompiledScenario, string>>();
  const files = () =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort((a, b) => a.localeCompare(b));
  return {
    files,
    load(file) {
      const known = cache.get(file);
      if (known) return known;
      // Only the bundled files by their plain names: no paths from a client ever reach the file system.
      if (!files().includes(file)) return { ok: false, error: `This server has no scenario file ${file}.` };
      const parsed = parseScenario(readFileSync(join(dir, file), 'utf8'), file);
      const result: Result<CompiledScenario, string> = parsed.ok
        ? { ok: true, value: parsed.value }
        : { ok: false, error: parsed.error[0] ? formatError(parsed.error[0]) : `${file} could not be read.` };
      cache.set(file, result);
      return result;
    },
  };
}
