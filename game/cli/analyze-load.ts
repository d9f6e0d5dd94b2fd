// Loads one replay for `analyze` and `report`: reads it, finds its scenario, plays it back (verifyReplay) and runs the
// debrief on the final state. The debrief is written for the replay's first human seat; AI-only games have none.
// Failures come back as values with the contract's exit code (1 invalid or diverged, 2 IO).

import type { CompiledScenario } from '../engine/index';
import { analyzeGame, type Debrief, type PartyId, type Replay, verifyReplay } from '../engine/index';
import { loadReplayFile } from './load-replay';

export interface LoadedDebrief {
  file: string;
  replay: Replay;
  scenario: CompiledScenario;
  humans: PartyId[]; // the human seats, in scenario party order
  debrief: Debrief;
}

export type DebriefLoad = { ok: true; value: LoadedDebrief } | { ok: false; code: 1 | 2; lines: string[] };

export function loadDebrief(file: string, scenarioPath?: string): DebriefLoad {
  const loaded = loadReplayFile(file, scenarioPath);
  if (!loaded.ok) return loaded;
  const { replay, scenario } = loaded;
  const verified = verifyReplay(scenario, replay);
  if (!verified.ok) return { ok: false, code: 1, lines: [`${file}: ${verified.error.message}`] };
  const humans = scenario.parties.map((p) => p.id).filter((id) => replay.seats[id] === 'human');
  const debrief = analyzeGame(scenario, verified.value, humans.length > 0 ? { player: humans[0] } : {});
  return { ok: true, value: { file, replay, scenario, humans, debrief } };
}
