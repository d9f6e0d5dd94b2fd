// The classroom's records, in the same database as the room log (store.ts): each class (its settings, the hash of
// the instructor's key, whether it has ended) and each of its tables (the table room's code and, once finished, its
// replay), so a class's results outlive the server and past classes can be opened again.

import { createHash } from 'node:crypto';
import type { NewClassRequest } from '../session/online/class-protocol';
import type { Sql } from './store';

export interface ClassRecord extends NewClassRequest {
  code: string;
  title: string;
  keyHash: string;
  createdAt: string;
  started: boolean;
  ended: boolean;
}

export interface ClassTableRecord {
  classCode: string;
  table: number;
  room: string | null; // the table room's code, once made
  replay: string | null; // the replay file's text, once finished
}

export interface ClassStore {
  saveClass(c: ClassRecord): Promise<void>;
  classRecord(code: string): Promise<ClassRecord | null>;
  classes(): Promise<ClassRecord[]>;
  saveTable(t: ClassTableRecord): Promise<void>;
  tables(code: string): Promise<ClassTableRecord[]>;
  /** The class and table a table room belongs to (null: an ordinary room). */
  tableOfRoom(room: string): Promise<ClassTableRecord | null>;
}

/** Keys are kept only as hashes: a copy of the database does not let anyone steer a class. */
export const keyHash = (key: string): string => createHash('sha256').update(`summit-class:${key}`).digest('hex');

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS summit_classes (
     code text PRIMARY KEY,
     body jsonb NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE TABLE IF NOT EXISTS summit_class_tables (
     class_code text NOT NULL,
     table_no integer NOT NULL,
     room text,
     replay text,
     PRIMARY KEY (class_code, table_no)
   )`,
];

const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

interface TableRow {
  class_code: string;
  table_no: number;
  room: string | null;
  replay: string | null;
}
const toTable = (r: TableRow): ClassTableRecord => ({
  classCode: r.class_code,
  table: Number(r.table_no),
  room: r.room,
  replay: r.replay,
});

export async function openClassStore(sql: Sql): Promise<ClassStore> {
  for (const statement of SCHEMA) await sql.query(statement);
  return {
    async saveClass(c) {
      await sql.query(
        `INSERT INTO summit_classes (code, body) VALUES ($1, $2)
         ON CONFLICT (code) DO UPDATE SET body = $2`,
        [c.code, JSON.stringify(c)],
      );
    },
    async classRecord(code) {
      const r = await sql.query<{ body: ClassRecord | string }>('SELECT body FROM summit_classes WHERE code = $1', [
        code,
      ]);
      return r.rows[0] ? json(r.rows[0].body) : null;
    },
    async classes() {
      const r = await sql.query<{ body: ClassRecord | string }>(
        'SELECT body FROM summit_classes ORDER BY created_at DESC LIMIT 200',
      );
      return r.rows.map((row) => json(row.body));
    },
    async saveTable(t) {
      await sql.query(
        `INSERT INTO summit_class_tables (class_code, table_no, room, replay) VALUES ($1, $2, $3, $4)
         ON CONFLICT (class_code, table_no) DO UPDATE SET room = COALESCE($3, summit_class_tables.room),
           replay = COALESCE($4, summit_class_tables.replay)`,
        [t.classCode, t.table, t.room, t.replay],
      );
    },
    async tables(code) {
      const r = await sql.query<TableRow>('SELECT * FROM summit_class_tables WHERE class_code = $1 ORDER BY table_no', [
        code,
      ]);
      return r.rows.map(toTable);
    },
    async tableOfRoom(room) {
      const r = await sql.query<TableRow>('SELECT * FROM summit_class_tables WHERE room = $1', [room]);
      return r.rows[0] ? toTable(r.rows[0]) : null;
    },
  };
}
