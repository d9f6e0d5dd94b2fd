// The body of one balance worker thread: compiles the scenario itself (a CompiledScenario is not worth cloning
// across threads, and a worker that parses the same text gets the same scenario), then claims chunks of the
// tournament's jobs from a shared counter until none are left, and posts each chunk's game summaries back.
// The main thread runs the same loop (balance-pool.ts), so this file only adds the thread plumbing.
import { type MessagePort, workerData } from 'node:worker_threads';
import { parseScenario } from '../content/index';
import { type GameSummary, playJob, tournamentJobs } from '../session/balance/index';

export interface WorkerInput {
  text: string;
  file: string;
  runs: number;
  seed: number;
  chunk: number;
  /** Int32Array over a SharedArrayBuffer: see CTL in balance-pool.ts. */
  ctl: Int32Array;
  port: MessagePort;
}

export type WorkerMessage = { start: number; results: GameSummary[] } | { error: string };

/** Indices into the shared control array. */
export const CTL = { next: 0, done: 1, failed: 2 } as const;

/** Claims and plays chunks until the jobs run out; `emit` gets each chunk (start index, summaries). */
export function playChunks(
  input: Pick<WorkerInput, 'runs' | 'seed' | 'chunk' | 'ctl'>,
  sc: Parameters<typeof playJob>[0],
  emit: (start: number, results: GameSummary[]) => void,
  once = false,
): void {
  const jobs = tournamentJobs(sc, input.runs, input.seed);
  for (;;) {
    const start = Atomics.add(input.ctl, CTL.next, input.chunk);
    if (start >= jobs.length) return;
    const end = Math.min(jobs.length, start + input.chunk);
    const results: GameSummary[] = [];
    for (let i = start; i < end; i++) results.push(playJob(sc, jobs[i]));
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
    const parsed = parseScenario(input.text, input.file);
    if (!parsed.ok) fail(input, `worker could not load ${input.file}`);
    else {
      playChunks(input, parsed.value, (start, results) => {
        input.port.postMessage({ start, results } satisfies WorkerMessage);
      });
    }
  } catch (e) {
    fail(input, e instanceof Error ? e.message : String(e));
  }
  // The port is left open on purpose: closing it could drop messages the main thread has not read yet; the main
  // thread terminates the worker when it has every result.
}
