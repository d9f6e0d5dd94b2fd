// The room log's group commit (store.ts), over a fake database: the events appended together go in one INSERT and
// each resolves only once it is committed; a failed commit rejects every append in it and the next one goes on;
// commits never overlap (a room's events are written in order); the database thread's answers are polled as each
// event is appended.

import { describe, expect, it } from 'vitest';
import { groupCommit, type RoomEvent, type Sql } from './store';

const pass = (turn: number): RoomEvent => ({ kind: 'action', turn, action: { type: 'turn.pass', party: 'usa' } });

/** A database whose commits end when the test says so (or fail), recording each INSERT's rows. */
function fakeSql() {
  const commits: { rows: unknown[][]; end: (ok: boolean) => void }[] = [];
  let running = 0;
  let overlapped = false;
  let polls = 0;
  const sql: Sql = {
    query: <R>(_text: string, params?: unknown[]) =>
      new Promise<{ rows: R[] }>((done, failed) => {
        if (++running > 1) overlapped = true;
        const flat = params ?? [];
        const rows: unknown[][] = [];
        for (let i = 0; i < flat.length; i += 3) rows.push(flat.slice(i, i + 3));
        commits.push({
          rows,
          end: (ok) => {
            running--;
            if (ok) done({ rows: [] });
            else failed(new Error('disk full'));
          },
        });
      }),
    close: async () => {},
    poll: () => {
      polls++;
    },
  };
  return { sql, commits, overlapped: () => overlapped, polls: () => polls };
}

/** The main thread busy for `ms` within one round of the event loop (handling other rooms' intents). */
const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until) {}
};

const tick = () => new Promise((r) => setImmediate(r));

describe('group commit', () => {
  it('writes the events of one round in one INSERT and resolves each only once committed', async () => {
    const db = fakeSql();
    const append = groupCommit(db.sql);
    const settled: string[] = [];
    const all = ['A', 'B', 'C'].map((code, i) => append(code, 0, pass(i)).then(() => settled.push(code)));
    await tick();
    expect(db.commits).toHaveLength(1);
    expect(db.commits[0]!.rows.map((r) => r[0])).toEqual(['A', 'B', 'C']);
    expect(settled).toEqual([]); // not before the commit
    db.commits[0]!.end(true);
    await Promise.all(all);
    expect(settled).toEqual(['A', 'B', 'C']);
    expect(db.polls()).toBe(3);
  });

  it('gathers what arrives during a commit into the next one, never two at once, in order', async () => {
    const db = fakeSql();
    const append = groupCommit(db.sql);
    const first = append('A', 0, pass(0));
    await tick();
    const a1 = append('A', 1, pass(1));
    busy(5); // A1 has lingered, but a commit is running: B0 waits with it
    const later = [a1, append('B', 0, pass(2))];
    await tick();
    expect(db.commits).toHaveLength(1); // the second waits for the first
    db.commits[0]!.end(true);
    await first;
    await tick();
    expect(db.commits).toHaveLength(2);
    expect(db.commits[1]!.rows.map((r) => `${r[0]}${r[1]}`)).toEqual(['A1', 'B0']);
    db.commits[1]!.end(true);
    await Promise.all(later);
    expect(db.overlapped()).toBe(false);
  });

  it('rejects every event of a failed commit, and the next commit goes on', async () => {
    const db = fakeSql();
    const append = groupCommit(db.sql);
    const failed = [append('A', 0, pass(0)), append('B', 0, pass(1))].map((p) =>
      p.then(
        () => 'saved',
        () => 'not saved',
      ),
    );
    await tick();
    db.commits[0]!.end(false);
    expect(await Promise.all(failed)).toEqual(['not saved', 'not saved']);
    const next = append('C', 0, pass(2));
    await tick();
    db.commits[1]!.end(true);
    await expect(next).resolves.toBeUndefined();
  });

  it('starts the commit from an append once the oldest waiting row has lingered, not only at the round end', async () => {
    const db = fakeSql();
    const append = groupCommit(db.sql);
    const first = append('A', 0, pass(0));
    // Busy for a while within the same round (no setImmediate has run): the next append starts the commit itself.
    busy(5);
    const second = append('B', 0, pass(1));
    expect(db.commits).toHaveLength(1);
    expect(db.commits[0]!.rows.map((r) => r[0])).toEqual(['A', 'B']);
    db.commits[0]!.end(true);
    await Promise.all([first, second]);
  });

  it('writes by the simple protocol where the database offers it, every text quoted', async () => {
    const texts: string[] = [];
    const sql: Sql = {
      query: () => Promise.reject(new Error('not by parameters')),
      exec: async (text) => {
        texts.push(text);
      },
      close: async () => {},
    };
    const append = groupCommit(sql);
    const said: RoomEvent = { kind: 'reseat', turn: 3, seats: { usa: 'human' } };
    await Promise.all([append("O'X", 4, said), append('B', 0, pass(1))]);
    expect(texts).toEqual([
      `INSERT INTO summit_events (code, seq, body) VALUES ('O''X', 4, '${JSON.stringify(said)}'), ('B', 0, '${JSON.stringify(pass(1))}')`,
    ]);
  });
});
