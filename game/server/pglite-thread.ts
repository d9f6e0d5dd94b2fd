// The embedded database on its own thread. PGlite is PostgreSQL compiled to WebAssembly: every query, and every
// commit's write to disk, runs synchronously on the thread that owns it. On the main thread that stalled every
// room of the server for the length of each commit; on a worker thread the rooms go on while a commit is written,
// and a room still acknowledges an action only once the worker answers that its commit is done.
//
// The worker is a small plain-JavaScript script (no TypeScript loader needed in it): it opens PGlite in the data
// folder and answers `{ id, text, params }` with `{ id, rows }` or `{ id, error }`.

import { Worker } from 'node:worker_threads';
import type { Sql } from './store';

/** The worker's source: evaluated as CommonJS, it imports PGlite's ES module by its resolved URL. */
const workerSource = (pgliteUrl: string) => `
const { parentPort, workerData } = require('node:worker_threads');
import(${JSON.stringify(pgliteUrl)}).then(async ({ PGlite }) => {
  const db = await PGlite.create(workerData.dataDir);
  parentPort.on('message', async (m) => {
    if (m.close) {
      await db.close().catch(() => {});
      parentPort.postMessage({ id: m.id, rows: [] });
      return;
    }
    try {
      const r = await db.query(m.text, m.params);
      parentPort.postMessage({ id: m.id, rows: r.rows });
    } catch (e) {
      parentPort.postMessage({ id: m.id, error: { message: String((e && e.message) || e), code: e && e.code } });
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

/** Opens PGlite in `dataDir` on a worker thread; answers once the database is open (or why it could not be). */
export function openPgliteThread(dataDir: string): Promise<Sql> {
  const worker = new Worker(workerSource(import.meta.resolve('@electric-sql/pglite')), {
    eval: true,
    workerData: { dataDir },
  });
  const waiting = new Map<number, { done: (rows: unknown[]) => void; failed: (e: Error) => void }>();
  let next = 0;
  let broken: Error | null = null;
  const failAll = (e: Error) => {
    broken = e;
    for (const w of waiting.values()) w.failed(e);
    waiting.clear();
  };
  const call = (message: Record<string, unknown>): Promise<unknown[]> =>
    new Promise((done, failed) => {
      if (broken) return failed(broken);
      const id = next++;
      waiting.set(id, { done, failed });
      worker.postMessage({ id, ...message });
    });
  return new Promise((opened, refused) => {
    worker.on('error', (e) => {
      failAll(e);
      refused(e);
    });
    worker.on('exit', () => failAll(new Error('the database thread has stopped')));
    worker.on('message', (m: Reply) => {
      if ('ready' in m) {
        opened({
          query: async <R>(text: string, params?: unknown[]) => ({ rows: (await call({ text, params })) as R[] }),
          close: async () => {
            await call({ close: true });
            await worker.terminate();
          },
        });
      } else if ('failed' in m) {
        const e = new Error(`the embedded database could not open: ${m.failed}`);
        failAll(e);
        refused(e);
        void worker.terminate();
      } else {
        const w = waiting.get(m.id);
        waiting.delete(m.id);
        if (w === undefined) return;
        if ('error' in m) w.failed(Object.assign(new Error(m.error.message), { code: m.error.code }));
        else w.done(m.rows);
      }
    });
  });
}
