// One replay made ready for the class report: played back (verifyReplay) and debriefed on its final state, for its
// first human seat (AI-only games have none). Shared by `summit analyze`/`report` (files) and the server (a class's
// finished tables).
import {
  analyzeGame,
  type CompiledScenario,
  type Debrief,
  type PartyId,
  type Replay,
  verifyReplay,
} from '../../engine/index';

export interface LoadedDebrief {
  file: string;
  replay: Replay;
  scenario: CompiledScenario;
  humans: PartyId[]; // the human seats, in scenario party order
  debrief: Debrief;
}

/** The debrief of a replay of `scenario`, or why it does not play back (one sentence). */
export function debriefOf(
  file: string,
  scenario: CompiledScenario,
  replay: Replay,
): { ok: true; value: LoadedDebrief } | { ok: false; error: string } {
  const verified = verifyReplay(scenario, replay);
  if (!verified.ok) return { ok: false, error: `${file}: ${verified.error.message}` };
  const humans = scenario.parties.map((p) => p.id).filter((id) => replay.seats[id] === 'human');
  const debrief = analyzeGame(scenario, verified.value, humans.length > 0 ? { player: humans[0] } : {});
  return { ok: true, value: { file, replay, scenario, humans, debrief } };
}
