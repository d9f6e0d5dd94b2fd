// Plays a tournament on every core: `threads − 1` worker threads plus the main thread claim chunks of the distinct
// games (distinctGames: a party's 'ai' row is the all-AI game of the same seed, played once) from one shared
// counter. The main thread stays synchronous (runCli returns an exit code, not a promise): it plays chunks itself
// and, between chunks and once the games run out, drains the workers' ports with receiveMessageOnPort and sleeps
// on the shared "done" counter with Atomics.wait. Results are stored by game index and folded in job order, so the
// report does not depend on the number of threads or their timing.
// Workers get the compiled scenario as a structured clone (plain data) and start from a bundle of their module
// (balance-bundle.ts) when one can be built, else through tsx.
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { CompiledScenario } from '../engine/index';
import {
  type BalanceReport,
  distinctGames,
  type GameSummary,
  jobResults,
  summariseTournament,
  tournamentJobs,
} from '../session/balance/index';
import { bundledWorker } from './balance-bundle';
import { CTL, playChunks, type WorkerInput, type WorkerMessage } from './balance-worker';

export interface PoolOptions {
  runs: number;
  seed: number;
  threads: number; // threads that play games, the main thread included
  /** Told the distinct games played so far, of how many. */
  onProgress?: (done: number, total: number) => void;
  /** Start workers through tsx even when a bundle could be had (tests compare both ways). */
  noBundle?: boolean;
}

// Small chunks keep the threads evenly loaded and the progress bar moving; a chunk of Alaska games is ~50 ms.
const CHUNK = 8;

/**
 * The worker bootstrap when no bundle can be had. The CLI runs under tsx, whose loader a worker does not inherit,
 * and `--import tsx` in a worker's execArgv is not honoured by Node 20: so the worker starts as a tiny eval script
 * that loads tsx's API and imports the TypeScript worker through it. A failure to load sets the shared "failed"
 * flag, because the main thread, blocked in Atomics.wait, would never see a worker 'error' event.
 */
function bootstrap(workerUrl: string, tsxApi: string): string {
  return `const { workerData } = require('node:worker_threads');
import(${JSON.stringify(tsxApi)})
  .then((m) => m.tsImport(${JSON.stringify(workerUrl)}, ${JSON.stringify(workerUrl)}))
  .catch((e) => {
    workerData.port.postMessage({ error: 'balance worker failed to start: ' + (e && e.message) });
    Atomics.store(workerData.ctl, ${CTL.failed}, 1);
    Atomics.notify(workerData.ctl, ${CTL.done});
  });`;
}

export function runTournamentPool(sc: CompiledScenario, o: PoolOptions): BalanceReport {
  const jobs = tournamentJobs(sc, o.runs, o.seed);
  const { games, gameOf } = distinctGames(jobs);
  const results: GameSummary[] = new Array(games.length);
  const ctl = new Int32Array(new SharedArrayBuffer(4 * 3));
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  const spawn = Math.max(0, Math.min(o.threads - 1, Math.ceil(games.length / CHUNK) - 1));
  if (spawn > 0) {
    const workerUrl = new URL('./balance-worker.ts', import.meta.url).href;
    const bundle = o.noBundle ? null : bundledWorker(workerUrl);
    for (let w = 0; w < spawn; w++) {
      const { port1, port2 } = new MessageChannel();
      const data: WorkerInput = { scenario: sc, games, chunk: CHUNK, ctl, port: port2 };
      const worker =
        bundle !== null
          ? new Worker(bundle, { workerData: data, transferList: [port2] })
          : new Worker(bootstrap(workerUrl, import.meta.resolve('tsx/esm/api')), {
              eval: true,
              workerData: data,
              transferList: [port2],
            });
      worker.unref();
      workers.push(worker);
      ports.push(port1);
    }
  }
  let received = 0;
  let error: string | null = null;
  const drain = (): void => {
    for (const port of ports) {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const msg = m.message as WorkerMessage;
        if ('error' in msg) error ??= msg.error;
        else {
          msg.results.forEach((r, i) => {
            results[msg.start + i] = r;
          });
          received += msg.results.length;
        }
      }
    }
  };
  const store = (start: number, rs: GameSummary[]): void => {
    rs.forEach((r, i) => {
      results[start + i] = r;
    });
    received += rs.length;
  };
  try {
    // The main thread plays one chunk at a time so it can report progress and collect between chunks.
    while (Atomics.load(ctl, CTL.next) < games.length && Atomics.load(ctl, CTL.failed) === 0) {
      playChunks({ games, chunk: CHUNK, ctl }, sc, store, true);
      drain();
      o.onProgress?.(received, games.length);
    }
    while (received < games.length && error === null) {
      const done = Atomics.load(ctl, CTL.done);
      if (done < games.length && Atomics.load(ctl, CTL.failed) === 0) Atomics.wait(ctl, CTL.done, done, 200);
      drain();
      if (Atomics.load(ctl, CTL.failed) !== 0 && error === null) {
        drain();
        error ??= 'a balance worker failed';
      }
      o.onProgress?.(received, games.length);
    }
  } finally {
    for (const w of workers) void w.terminate();
    for (const p of ports) p.close();
  }
  if (error !== null) throw new Error(error);
  return summariseTournament(sc, o.runs, o.seed, jobs, jobResults(gameOf, results));
}
