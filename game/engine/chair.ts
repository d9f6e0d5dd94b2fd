// The chair's interventions (rules revision 4 on): what an instructor running a class may do to a table besides
// the parties' own turns — fire one of the scenario's world events now, or end the phase when its clock runs out.
// They are no turns: each happens before the action of the turn it names and is recorded in the replay beside the
// human actions (`Replay.chair`), so a replay of a steered game plays back and verifies like any other.
//   world.event: the event fires exactly as a scheduled one would (world.ts): effects, a 'world' entry, the AIs
//     hear `world.<id>`. An event fires at most once, so one that has fired already is refused.
//   phase.end: the phase ends as at its deadline (flow.ts): a 'phase ended' entry, the table cleared, the next
//     phase starts (its round-1 events fire), or after the last phase the game ends 'no-deal'.
import { produce } from 'immer';
import { type RuleError, ruleError } from './errors';
import { nextPhaseOrEnd } from './flow';
import { pushLog } from './log';
import { err, ok, type Result } from './result';
import type { CompiledScenario, EventId } from './scenario';
import { type GameState, rulesOf } from './state';
import { fireEvent } from './world';

export type ChairAction = { type: 'world.event'; event: EventId } | { type: 'phase.end' };

/** An intervention and the turn before whose action it happened. */
export interface RecordedChair {
  turn: number;
  chair: ChairAction;
}

/** The first rules revision with chair interventions. */
export const CHAIR_RULES = 4;

/** Why the intervention cannot happen now, or null. */
export function checkChair(sc: CompiledScenario, s: GameState, c: ChairAction): RuleError | null {
  if (rulesOf(s) < CHAIR_RULES) return ruleError('unknown-action', 'This game was made before the chair could act.');
  if (s.outcome) return ruleError('game-over', 'The game is over.');
  if (c.type === 'phase.end') return null;
  if (c.type === 'world.event') {
    const ev = sc.events.find((e) => e.id === c.event);
    if (ev === undefined) return ruleError('unknown-event', `This scenario has no world event "${c.event}".`);
    if (s.fired.includes(ev.id)) return ruleError('already-fired', `“${ev.id}” has happened already in this game.`);
    return null;
  }
  return ruleError('unknown-action', 'Unknown intervention.');
}

/** Applies a checked intervention to a draft state (the verifier's private copy, or inside a produce). */
export function applyChairToDraft(sc: CompiledScenario, d: GameState, c: ChairAction): RuleError | null {
  const problem = checkChair(sc, d, c);
  if (problem) return problem;
  if (c.type === 'world.event') {
    fireEvent(sc, d, sc.events.find((e) => e.id === c.event)!);
  } else {
    pushLog(sc, d, { kind: 'phase', change: 'ended' });
    d.table = null;
    nextPhaseOrEnd(sc, d);
  }
  return null;
}

/** The state after the intervention, or why it cannot happen; the input state is never changed. */
export function applyChair(sc: CompiledScenario, s: GameState, c: ChairAction): Result<GameState, RuleError> {
  const problem = checkChair(sc, s, c);
  if (problem) return err(problem);
  return ok(
    produce(s, (d) => {
      applyChairToDraft(sc, d, c);
    }),
  );
}
