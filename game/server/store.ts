// The room log: every room and every event that changes a game (start, a human's action, a change of seats) is
// written to a real database as it happens, so a server killed with `kill -9` rebuilds every unfinished room from
// it (the engine is deterministic: the AI's turns are recomputed, not stored). Embedded PGlite in the --data folder
// by default (nothing to install); PostgreSQL through `pg` when DATABASE_URL is set — the same SQL runs on both.

import type { Action, ByParty, ChairAction, Seat } from '../engine/index';
import { openPgliteThread } from './pglite-thread';

/** The one thing both drivers offer: a parameterised query answering rows. */
export interface Sql {
  query<R>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
  close(): Promise<void>;
  /** Settles at once the queries already answered (the database thread's; see pglite-thread.ts). */
  poll?(): void;
  /**
   * Statements without parameters, by the simple protocol (the embedded database's: about half the cost of a
   * parameterised query there, whose parse, bind and describe are each a round through PGlite).
   */
  exec?(text: string): Promise<void>;
}

/** A text as an SQL literal (standard_conforming_strings, on in every supported PostgreSQL: only ' is special). */
const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/** One INSERT of a batch of event rows: as literals by the simple protocol where offered, else with parameters. */
function insertEvents(sql: Sql, rows: [string, number, string][]): Promise<unknown> {
  if (sql.exec && rows.every(([, seq]) => Number.isSafeInteger(seq)))
    return sql.exec(
      `INSERT INTO summit_events (code, seq, body) VALUES ${rows
        .map(([code, seq, body]) => `(${literal(code)}, ${seq}, ${literal(body)})`)
        .join(', ')}`,
    );
  const values = rows.map((_, i) => `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3})`).join(', ');
  return sql.query(`INSERT INTO summit_events (code, seq, body) VALUES ${values}`, rows.flat());
}

/** A player known to a room: the seat token is their key back in (kept in the browser's sessionStorage). */
export interface PlayerRecord {
  id: string; // public id, shown to the others (never the token)
  token: string;
  name: string;
  party: string | null;
}

export interface RoomRecord {
  code: string;
  file: string; // a bundled scenario file's name, or an uploaded scenario's id (upload:<content hash>)
  difficulty: 'easy' | 'normal' | 'hard';
  seed: number;
  hostToken: string;
  players: PlayerRecord[];
  seats: ByParty<Seat> | null; // the seats at the start; null while in the lobby
  finished: boolean;
}

export type RoomEvent =
  | { kind: 'action'; turn: number; action: Action }
  | { kind: 'reseat'; turn: number; seats: Partial<ByParty<Seat>> }
  | { kind: 'chair'; turn: number; chair: ChairAction }; // a class's instructor or phase clock (class-table.ts)

export interface RoomStore {
  /** Creates or updates a room's row (lobby, start, players, end). */
  saveRoom(room: RoomRecord): Promise<void>;
  /** Appends one event to a room's log; `seq` numbers the room's events from 0. */
  append(code: string, seq: number, event: RoomEvent): Promise<void>;
  unfinished(): Promise<RoomRecord[]>;
  room(code: string): Promise<RoomRecord | null>;
  events(code: string): Promise<RoomEvent[]>;
  /** Keeps an uploaded scenario's text under its content-hash id (a second upload of the same text is a no-op). */
  saveScenario(id: string, name: string, text: string): Promise<void>;
  /** An uploaded scenario's text and file name, or null. */
  scenario(id: string): Promise<{ name: string; text: string } | null>;
  /**
   * Deletes the uploaded scenarios last uploaded before `before` that no room needs: none unfinished, none finished
   * or changed since `before` (a recent room's replay is still served from them). Answers the deleted ids.
   */
  expireScenarios(before: Date): Promise<string[]>;
  close(): Promise<void>;
  /** The database itself, for the classroom's own tables (class-store.ts). */
  sql: Sql;
}

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS summit_rooms (
     code text PRIMARY KEY,
     file text NOT NULL,
     difficulty text NOT NULL,
     seed bigint NOT NULL,
     host_token text NOT NULL,
     players jsonb NOT NULL,
     seats jsonb,
     finished boolean NOT NULL DEFAULT false,
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE TABLE IF NOT EXISTS summit_events (
     code text NOT NULL REFERENCES summit_rooms(code),
     seq integer NOT NULL,
     body jsonb NOT NULL,
     PRIMARY KEY (code, seq)
   )`,
  `CREATE TABLE IF NOT EXISTS summit_scenarios (
     id text PRIMARY KEY,
     name text NOT NULL,
     yaml text NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now()
   )`,
];

interface RoomRow {
  code: string;
  file: string;
  difficulty: RoomRecord['difficulty'];
  seed: string | number;
  host_token: string;
  players: PlayerRecord[] | string;
  seats: ByParty<Seat> | string | null;
  finished: boolean;
}

// pg answers jsonb already parsed; be lenient about drivers that answer text.
const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

const toRecord = (r: RoomRow): RoomRecord => ({
  code: r.code,
  file: r.file,
  difficulty: r.difficulty,
  seed: Number(r.seed),
  hostToken: r.host_token,
  players: json(r.players),
  seats: r.seats === null ? null : json(r.seats),
  finished: r.finished,
});

/**
 * How long the oldest row may wait, while no commit runs, before an append starts the commit itself (ms). Rows
 * otherwise wait for the end of the event loop's round, so that every room's intents of that round share one
 * commit; but under load a round handles dozens of intents (tens of milliseconds), and the first ones waited for
 * all the others before their commit even began (measured with 50 saturating rooms: the wait from append to commit
 * was 61–69 ms at the median; with this bound 8–26 ms, for about 0.03–0.09 ms more database CPU per action). 0
 * would start a commit for nearly every action: a commit's fixed cost (~0.3 ms) then takes a core's third.
 */
const LINGER_MS = 2;

/**
 * Group commit: the events every room appends while a commit runs go to the database together, in one INSERT (one
 * transaction, one write to disk), and each append resolves once its row is committed; a failed commit fails every
 * append in it. The next commit starts at the end of the event loop's round, or as soon as an append finds the
 * oldest waiting row LINGER_MS old. Commits never overlap, so a room's events are written in their order.
 */
export function groupCommit(sql: Sql) {
  type Pending = { row: [string, number, string]; since: number; done: () => void; failed: (e: unknown) => void };
  let waiting: Pending[] = [];
  let inFlight = false;
  let scheduled = false;
  const soon = () => {
    scheduled = false;
    if (!inFlight && waiting.length > 0) void flush();
  };
  const later = () => {
    if (inFlight || scheduled) return;
    scheduled = true;
    setImmediate(soon);
  };
  const flush = async () => {
    inFlight = true;
    const batch = waiting.slice(0, 500);
    waiting = waiting.slice(batch.length);
    try {
      await insertEvents(
        sql,
        batch.map((b) => b.row),
      );
      for (const b of batch) b.done();
    } catch (e) {
      for (const b of batch) b.failed(e);
    }
    inFlight = false;
    if (waiting.length > 0) later();
  };
  return (code: string, seq: number, event: RoomEvent): Promise<void> =>
    new Promise((done, failed) => {
      // The commit answered meanwhile is settled now: its actions are acknowledged after the one being handled,
      // not once the event loop comes round to the database thread's message (behind every ready socket).
      sql.poll?.();
      const now = performance.now();
      waiting.push({ row: [code, seq, JSON.stringify(event)], since: now, done, failed });
      if (!inFlight && now - waiting[0]!.since >= LINGER_MS) void flush();
      else later();
    });
}

function storeOver(sql: Sql): RoomStore {
  const append = groupCommit(sql);
  return {
    async saveRoom(room) {
      await sql.query(
        `INSERT INTO summit_rooms (code, file, difficulty, seed, host_token, players, seats, finished)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (code) DO UPDATE SET players = $6, seats = $7, finished = $8, updated_at = now()`,
        [
          room.code,
          room.file,
          room.difficulty,
          room.seed,
          room.hostToken,
          JSON.stringify(room.players),
          room.seats === null ? null : JSON.stringify(room.seats),
          room.finished,
        ],
      );
    },
    append,
    async unfinished() {
      const r = await sql.query<RoomRow>('SELECT * FROM summit_rooms WHERE finished = false ORDER BY code');
      return r.rows.map(toRecord);
    },
    async room(code) {
      const r = await sql.query<RoomRow>('SELECT * FROM summit_rooms WHERE code = $1', [code]);
      return r.rows[0] ? toRecord(r.rows[0]) : null;
    },
    async events(code) {
      const r = await sql.query<{ body: RoomEvent | string }>(
        'SELECT body FROM summit_events WHERE code = $1 ORDER BY seq',
        [code],
      );
      return r.rows.map((row) => json(row.body));
    },
    async saveScenario(id, name, text) {
      // The same text again: its age starts again (it is in use).
      await sql.query(
        'INSERT INTO summit_scenarios (id, name, yaml) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET created_at = now()',
        [id, name, text],
      );
    },
    async scenario(id) {
      const r = await sql.query<{ name: string; yaml: string }>(
        'SELECT name, yaml FROM summit_scenarios WHERE id = $1',
        [id],
      );
      return r.rows[0] ? { name: r.rows[0].name, text: r.rows[0].yaml } : null;
    },
    async expireScenarios(before) {
      const r = await sql.query<{ id: string }>(
        `DELETE FROM summit_scenarios s WHERE s.created_at < $1 AND NOT EXISTS (
           SELECT 1 FROM summit_rooms r WHERE r.file = s.id AND (r.finished = false OR r.updated_at >= $1)
         ) RETURNING s.id`,
        [before.toISOString()],
      );
      return r.rows.map((row) => row.id);
    },
    close: () => sql.close(),
    sql,
  };
}

/** Opens the room log: PostgreSQL when `databaseUrl` is given, else embedded PGlite in `dataDir`. */
export async function openStore(opts: { dataDir: string; databaseUrl?: string | null }): Promise<RoomStore> {
  let sql: Sql;
  if (opts.databaseUrl) {
    const pg = await import('pg');
    const pool = new pg.default.Pool({ connectionString: opts.databaseUrl });
    sql = {
      query: async <R>(text: string, params?: unknown[]) => ({ rows: (await pool.query(text, params)).rows as R[] }),
      close: () => pool.end(),
    };
  } else {
    // On a worker thread by default: a commit no longer stalls every room (pglite-thread.ts). SUMMIT_DB_THREAD=0
    // keeps it on the main thread, to compare: on a machine whose cores are all busy (the load's bots beside the
    // server) the hand-over to the thread can cost more than it saves.
    if (process.env.SUMMIT_DB_THREAD === '0') {
      const { PGlite } = await import('@electric-sql/pglite');
      const db = await PGlite.create(opts.dataDir);
      sql = {
        query: async <R>(text: string, params?: unknown[]) => ({ rows: (await db.query<R>(text, params)).rows }),
        close: () => db.close(),
      };
    } else sql = await openPgliteThread(opts.dataDir);
  }
  for (const statement of SCHEMA) {
    // Several processes starting on one PostgreSQL may race to create a table: the loser finds it made.
    await sql.query(statement).catch(async (e: unknown) => {
      const code = (e as { code?: string }).code;
      if (code !== '23505' && code !== '42P07') throw e;
      await sql.query(statement);
    });
  }
  return storeOver(sql);
}
