// The embedded database on its own thread. PGlite is PostgreSQL compiled to WebAssembly: every query, and every
// commit's write to disk, runs synchronously on the thread that owns it. On the main thread that stalled every
// room of the server for the length of each commit; on a worker thread the rooms go on while a commit is written,
// and a room still acknowledges an action only once the worker answers that its commit is done.
//
// The worker is a small plain-JavaScript script (no TypeScript loader needed in it): it opens PGlite in the data
// folder and answers `{ id, text, params }` with `{ id, rows }` or `{ id, error }`.
//
// Memory. A new data folder is made (initdb) by a throwaway worker first: making it leaves a few hundred megabytes
// of the second WebAssembly instance's garbage behind, which ending that worker's thread gives back at once. And
// PostgreSQL's shared buffers are 16 MB instead of PGlite's 160 MB: the room log's working set is a few megabytes
// (the rows being written, a rebuilt room's events), and PGlite touches every page of its buffers as it starts.
//
// Answers are read as soon as the main thread runs anything: `poll()` takes every answer already there without
// waiting for the event loop to come round to the worker's message (which, under load, waits behind every socket
// that is ready). The store polls as each action is appended, so a commit's acknowledgements go out right after
// the action being handled then, not after all of them.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { Sql } from './store';

/** PGlite's own start parameters (its `defaultStartParams`), with the smaller shared buffers. */
export const PGLITE_START_PARAMS = [
  '--single',
  '-F', // no fsync: a commit reaches the operating system (it survives `kill -9`, as restart.test.ts proves)
  '-O',
  '-j',
  '-c',
  'search_path=public',
  '-c',
  'exit_on_error=false',
  '-c',
  'log_checkpoints=false',
  '-c',
  'max_worker_processes=0',
  '-c',
  'max_parallel_workers=0',
  '-c',
  'max_parallel_workers_per_gather=0',
  '-c',
  'io_method=sync',
  '-c',
  'max_parallel_maintenance_workers=0',
  '-c',
  'shared_buffers=16MB',
];

/** The worker's source: evaluated as CommonJS, it imports PGlite's ES module by its resolved URL. */
const workerSource = (pgliteUrl: string) => `
const { parentPort, workerData } = require('node:worker_threads');
import(${JSON.stringify(pgliteUrl)}).then(async ({ PGlite }) => {
  const db = await PGlite.create(workerData.dataDir, { startParams: workerData.startParams });
  if (workerData.initOnly) {
    await db.close();
    parentPort.postMessage({ ready: true });
    return;
  }
  const answers = workerData.answers;
  answers.on('message', async (m) => {
    if (m.close) {
      await db.close().catch(() => {});
      answers.postMessage({ id: m.id, rows: [] });
      return;
    }
    try {
      const r = m.exec ? await db.exec(m.text) : await db.query(m.text, m.params);
      answers.postMessage({ id: m.id, rows: m.exec ? [] : r.rows });
    } catch (e) {
      answers.postMessage({ id: m.id, error: { message: String((e && e.message) || e), code: e && e.code } });
    }
  });
  parentPort.postMessage({ ready: true });
}).catch((e) => parentPort.postMessage({ failed: String((e && e.message) || e) }));
`;

type Reply =
  | { ready: true }
  | { failed: string }
  | { id: number; rows: unknown[] }
  | { id: number; error: { message: string; code?: string } };

/** The database on a thread: queries, and `poll()`, which settles every query already answered. */
export interface ThreadSql extends Sql {
  /** Several statements in one simple-protocol call (one implicit transaction), no rows answered. */
  exec(text: string): Promise<void>;
  /** Settles at once the queries whose answers have arrived (they would otherwise wait for the event loop). */
  poll(): void;
}

/** Runs a worker until it says it is ready (or why it is not); answers the worker. */
function startWorker(data: Record<string, unknown>, transfer: MessagePort[] = []): Promise<Worker> {
  const worker = new Worker(workerSource(import.meta.resolve('@electric-sql/pglite')), {
    eval: true,
    workerData: { ...data, startParams: PGLITE_START_PARAMS },
    transferList: transfer,
  });
  return new Promise((ready, refused) => {
    const fail = (e: Error) => {
      refused(e);
      void worker.terminate();
    };
    worker.once('error', fail);
    worker.once('exit', () => refused(new Error('the database thread has stopped')));
    worker.once('message', (m: Reply) => {
      worker.off('error', fail);
      if ('ready' in m) ready(worker);
      else fail(new Error(`the embedded database could not open: ${'failed' in m ? m.failed : 'no answer'}`));
    });
  });
}

/** Opens PGlite in `dataDir` on a worker thread; answers once the database is open (or why it could not be). */
export async function openPgliteThread(dataDir: string): Promise<ThreadSql> {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    // A new folder: made by a worker of its own, whose memory goes with its thread.
    const maker = await startWorker({ dataDir, initOnly: true });
    await maker.terminate();
  }
  const { port1: answers, port2 } = new MessageChannel();
  const worker = await startWorker({ dataDir, answers: port2 }, [port2]);
  const waiting = new Map<number, { done: (rows: unknown[]) => void; failed: (e: Error) => void }>();
  let next = 0;
  let broken: Error | null = null;
  const failAll = (e: Error) => {
    broken = e;
    for (const w of waiting.values()) w.failed(e);
    waiting.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', () => failAll(new Error('the database thread has stopped')));
  const settle = (m: Reply) => {
    if (!('id' in m)) return;
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (w === undefined) return;
    if ('error' in m) w.failed(Object.assign(new Error(m.error.message), { code: m.error.code }));
    else w.done(m.rows);
  };
  answers.on('message', settle);
  // Nothing to wait for: the port does not keep the process alive (the worker does, until closed).
  answers.unref();
  const call = (message: Record<string, unknown>): Promise<unknown[]> =>
    new Promise((done, failed) => {
      if (broken) return failed(broken);
      const id = next++;
      waiting.set(id, { done, failed });
      answers.postMessage({ id, ...message });
    });
  return {
    query: async <R>(text: string, params?: unknown[]) => ({ rows: (await call({ text, params })) as R[] }),
    exec: async (text: string) => {
      await call({ text, exec: true });
    },
    poll() {
      if (waiting.size === 0) return;
      for (let m = receiveMessageOnPort(answers); m !== undefined; m = receiveMessageOnPort(answers))
        settle(m.message as Reply);
    },
    close: async () => {
      await call({ close: true });
      await worker.terminate();
      answers.close();
    },
  };
}
