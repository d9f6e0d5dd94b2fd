// The body of one balance worker thread: takes the compiled scenario the main thread sends (a structured clone of
// plain data: the worker neither loads the content layer nor compiles the file again), then claims chunks of the
// tournament's distinct games from a shared counter until none are left, and posts each chunk's game summaries back.
// The main thread runs the same loop (balance-pool.ts), so this file only adds the thread plumbing. It is started
// from a bundle of itself when one can be built (balance-bundle.ts), so it imports nothing from the CLI.
import { type MessagePort, workerData } from 'node:worker_threads';
import type { CompiledScenario } from '../engine/index';
import { type GameSummary, type Job, playJob } from '../session/balance/index';

export interface WorkerInput {
  scenario: CompiledScenario;
  /** The distinct games to play (distinctGames), claimed by index. */
  games: Job[];
  chunk: number;
  /** Int32Array over a SharedArrayBuffer: see CTL. */
  ctl: Int32Array;
  port: MessagePort;
}

export type WorkerMessage = { start: number; results: GameSummary[] } | { error: string };

/** Indices into the shared control array: the next game to claim, games played, and a failure flag. */
export const CTL = { next: 0, done: 1, failed: 2 } as const;

/** Claims and plays chunks until the games run out; `emit` gets each chunk (start index, summaries). */
export function playChunks(
  input: Pick<WorkerInput, 'games' | 'chunk' | 'ctl'>,
  sc: CompiledScenario,
  emit: (start: number, results: GameSummary[]) => void,
  once = false,
): void {
  const { games } = input;
  for (;;) {
    const start = Atomics.add(input.ctl, CTL.next, input.chunk);
    if (start >= games.length) return;
    const end = Math.min(games.length, start + input.chunk);
    const results: GameSummary[] = [];
    for (let i = start; i < end; i++) results.push(playJob(sc, games[i]));
    emit(start, results);
    // Count after emitting, so a waiter woken by the count finds the results already queued.
    Atomics.add(input.ctl, CTL.done, end - start);
    Atomics.notify(input.ctl, CTL.done);
    if (once) return;
  }
}

function fail(input: WorkerInput, message: string): void {
  input.port.postMessage({ error: message } satisfies WorkerMessage);
  Atomics.store(input.ctl, CTL.failed, 1);
  Atomics.notify(input.ctl, CTL.done);
}

// Runs only when loaded as a worker (workerData is null on the main thread, e.g. when tests import playChunks).
if (workerData && (workerData as WorkerInput).ctl) {
  const input = workerData as WorkerInput;
  try {
    playChunks(input, input.scenario, (start, results) => {
      input.port.postMessage({ start, results } satisfies WorkerMessage);
    });
  } catch (e) {
    fail(input, e instanceof Error ? e.message : String(e));
  }
  // The port is left open on purpose: closing it could drop messages the main thread has not read yet; the main
  // thread terminates the worker when it has every result.
}
