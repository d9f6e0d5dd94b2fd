// The embedded database's thread (pglite-thread.ts): a new data folder is made by a throwaway worker and opened by
// the real one (what is written is there after a reopen), PostgreSQL runs with the smaller shared buffers, and an
// answer already arrived is settled by poll() at once, without waiting for the event loop's next round.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPgliteThread } from './pglite-thread';

const dir = mkdtempSync(join(tmpdir(), 'summit-pglite-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the database thread', () => {
  it('makes a new folder, keeps what it writes, and settles answers on poll', { timeout: 120_000 }, async () => {
    const sql = await openPgliteThread(dir);
    expect(existsSync(join(dir, 'PG_VERSION'))).toBe(true);
    const buffers = await sql.query<{ shared_buffers: string }>('SHOW shared_buffers');
    expect(buffers.rows[0]?.shared_buffers).toBe('16MB');
    await sql.exec('CREATE TABLE kept (n integer); INSERT INTO kept VALUES (1), (2)');

    // An answer that has arrived while the main thread was busy: poll() settles it, a few microtasks later it is in.
    let answered = false;
    const q = sql.query<{ n: number }>('SELECT count(*)::int AS n FROM kept').then((r) => {
      answered = true;
      return r;
    });
    const until = Date.now() + 10_000;
    while (!answered && Date.now() < until) {
      sql.poll();
      for (let i = 0; i < 5; i++) await Promise.resolve(); // microtasks only: no round of the event loop
    }
    expect(answered).toBe(true);
    expect((await q).rows[0]?.n).toBe(2);
    await sql.close();

    const again = await openPgliteThread(dir);
    expect((await again.query<{ n: number }>('SELECT count(*)::int AS n FROM kept')).rows[0]?.n).toBe(2);
    await again.close();
  });
});
