// Appending to the game log. Every entry records where in the game it happened (turn, phase, round); call sites
// give only the data specific to their kind (see LogEntry). No prose: log-sentences.ts renders the sentences.
import { phaseAt } from './lookup';
import type { CompiledScenario } from './scenario';
import type { GameState, LogEntry, LogPlace } from './state';

/** Each kind of entry without its place (distributes over the union, so every kind keeps its own fields). */
type WithoutPlace<E> = E extends LogEntry ? Omit<E, keyof LogPlace> : never;

/** An entry without its place: what a call site gives. */
export type LogBody = WithoutPlace<LogEntry>;

export function pushLog(sc: CompiledScenario, d: GameState, entry: LogBody): void {
  d.log.push({
    turn: d.turn,
    phase: phaseAt(sc, Math.min(d.phase, sc.phases.length - 1)).id,
    round: d.round,
    ...entry,
  } as LogEntry);
}
