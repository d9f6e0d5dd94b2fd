// Loads one replay for `analyze` and `report`: reads it, finds its scenario, plays it back (verifyReplay) and runs the
// debrief on the final state. The debrief is written for the replay's first human seat; AI-only games have none.
// Failures come back as values with the contract's exit code (1 invalid or diverged, 2 IO).

import { debriefOf, type LoadedDebrief } from '../session/report/index';
import { loadReplayFile } from './load-replay';

export type { LoadedDebrief };

export type DebriefLoad = { ok: true; value: LoadedDebrief } | { ok: false; code: 1 | 2; lines: string[] };

export function loadDebrief(file: string, scenarioPath?: string): DebriefLoad {
  const loaded = loadReplayFile(file, scenarioPath);
  if (!loaded.ok) return loaded;
  const { replay, scenario } = loaded;
  const d = debriefOf(file, scenario, replay);
  return d.ok ? d : { ok: false, code: 1, lines: [d.error] };
}
