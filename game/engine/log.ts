// Appending to the game log. Every entry records where in the game it happened (turn, phase, round); the other
// fields default to null so that call sites only say what is specific to them.
import { phaseAt } from './lookup';
import type { CompiledScenario } from './scenario';
import type { GameState, LogEntry } from './state';

export function pushLog(
  sc: CompiledScenario,
  d: GameState,
  entry: Partial<LogEntry> & Pick<LogEntry, 'kind' | 'text'>,
): void {
  d.log.push({
    turn: d.turn,
    phase: phaseAt(sc, Math.min(d.phase, sc.phases.length - 1)).id,
    round: d.round,
    party: null,
    action: null,
    line: null,
    reason: null,
    event: null,
    ...entry,
  });
}
