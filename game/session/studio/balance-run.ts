// Balance in the studio: the tournament of `summit balance` spread over Web Workers. The runner hands out chunks of
// the tournament's distinct games (distinctGames, as the CLI plays them) to whichever worker is free, stores each
// chunk's summaries by game index and folds them into the jobs in job order with the CLI's own
// summariseTournament, so the table is the one `summit balance` prints for the same runs and seed.
// Stop terminates the workers at once.

import type { CompiledScenario } from '../../engine/index';
import {
  type BalanceReport,
  distinctGames,
  type GameSummary,
  jobResults,
  summariseTournament,
  tournamentJobs,
} from '../balance/index';
import type { BalanceRequest, BalanceResponse } from './balance-messages';

/** What the runner needs of a worker (a browser Worker, or a fake in tests). */
export interface WorkerLike {
  postMessage(m: BalanceRequest): void;
  onmessage: ((ev: { data: BalanceResponse }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  terminate(): void;
}

export interface BalanceRunOptions {
  scenario: CompiledScenario;
  text: string;
  name: string;
  runs: number;
  seed: number;
  workers: number;
  onProgress?: (done: number, total: number) => void;
  /** Makes one worker; the default starts balance.worker.ts as a module worker. */
  spawn?: () => WorkerLike;
}

export type BalanceOutcome = { ok: true; report: BalanceReport } | { ok: false; stopped: boolean; message: string };

export interface BalanceRun {
  done: Promise<BalanceOutcome>;
  stop(): void;
}

/** Jobs per message: small enough for a moving progress bar, large enough that messages cost nothing. */
export const CHUNK = 8;

function browserWorker(): WorkerLike {
  return new Worker(new URL('./balance.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

export function runBalance(o: BalanceRunOptions): BalanceRun {
  const jobs = tournamentJobs(o.scenario, o.runs, o.seed);
  const { games, gameOf } = distinctGames(jobs);
  const results: GameSummary[] = new Array(games.length);
  const pool: WorkerLike[] = [];
  let next = 0;
  let received = 0;
  let finished = false;
  let settle: (r: BalanceOutcome) => void = () => {};
  const done = new Promise<BalanceOutcome>((resolve) => {
    settle = resolve;
  });
  const end = (r: BalanceOutcome) => {
    if (finished) return;
    finished = true;
    for (const w of pool) w.terminate();
    settle(r);
  };
  const feed = (w: WorkerLike) => {
    if (finished || next >= games.length) return;
    const start = next;
    next = Math.min(games.length, next + CHUNK);
    w.postMessage({ kind: 'play', start, end: next });
  };
  const count = Math.max(1, Math.min(o.workers, Math.ceil(games.length / CHUNK)));
  o.onProgress?.(0, games.length);
  for (let i = 0; i < count && !finished; i++) {
    let w: WorkerLike;
    try {
      w = (o.spawn ?? browserWorker)();
    } catch {
      end({ ok: false, stopped: false, message: 'This browser could not start the balance workers.' });
      break;
    }
    pool.push(w);
    w.onmessage = (ev) => {
      const m = ev.data;
      if (finished) return;
      if (m.kind === 'error') end({ ok: false, stopped: false, message: m.message });
      else if (m.kind === 'ready') feed(w);
      else {
        m.results.forEach((r, k) => {
          results[m.start + k] = r;
        });
        received += m.results.length;
        o.onProgress?.(received, games.length);
        if (received === games.length) {
          end({ ok: true, report: summariseTournament(o.scenario, o.runs, o.seed, jobs, jobResults(gameOf, results)) });
        } else feed(w);
      }
    };
    w.onerror = () => end({ ok: false, stopped: false, message: 'A balance worker failed.' });
    w.postMessage({ kind: 'load', text: o.text, name: o.name, runs: o.runs, seed: o.seed });
  }
  return {
    done,
    stop: () => end({ ok: false, stopped: true, message: 'Stopped.' }),
  };
}
