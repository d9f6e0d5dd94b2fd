// The classroom's HTTP side: the dashboard page (`/teach`), a new class (POST /classes: checked, recorded, its
// class room made; the instructor's key is answered once and kept only as a hash), the past classes (POST
// /classes/mine: only those whose keys the asking browser holds — nobody lists other instructors' codes), a student's
// seat (GET /classes/<code>/seat, decided by the class room through the matchmaker, wherever it runs), opening a
// past class again, and all of a class's replays as one zip. Everything an instructor does needs the key.

import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { matchMaker } from '@colyseus/core';
import { z } from 'zod';
import {
  CLASS_ROOM_NAME,
  CLASSES_PATH,
  type ClassListing,
  MAX_MINUTES,
  MAX_TABLES,
  type NewClassAnswer,
  type NewClassRequest,
  type SeatAnswer,
  TEACH_PATH,
} from '../session/online/class-protocol';
import { zipFiles } from '../session/report/index';
import { type ClassRecord, type ClassStore, keyHash } from './class-store';
import { isJoinCode, newJoinCode, newToken, normaliseCode } from './join-code';
import type { RoomStore } from './store';
import type { ScenarioLibrary } from './uploads';

const MAX_BODY_BYTES = 4096;
/** The most classes one "my classes" request may ask about (the keys a browser kept). */
const MAX_LISTED = 200;

const MineSchema = z.strictObject({
  keys: z.array(z.strictObject({ code: z.string().min(1).max(16), key: z.string().min(1).max(128) })).max(MAX_LISTED),
});

const NewClassSchema = z.strictObject({
  scenario: z.string().min(1).max(120),
  tables: z.number().int().min(1).max(MAX_TABLES),
  humans: z.array(z.string().min(1).max(64)).max(32),
  minutes: z.number().int().min(0).max(MAX_MINUTES),
});

export interface TeachDeps {
  store: RoomStore;
  classes: ClassStore;
  scenarios: ScenarioLibrary;
  distDir: string;
  log: (line: string) => void;
}

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

function send(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(null));
  });
}

/** The class room of `code`, made again if this class has none running (a past class opened, a restart). */
async function ensureClassRoom(code: string, key: string): Promise<void> {
  const running = await matchMaker.query({ name: CLASS_ROOM_NAME, roomId: code });
  if (running.length === 0) await matchMaker.createRoom(CLASS_ROOM_NAME, { code, key });
}

/** Makes a class: checks the scenario and parties, records it with the key's hash, and opens its class room. */
export async function newClass(
  deps: Pick<TeachDeps, 'store' | 'classes' | 'scenarios' | 'log'>,
  parsed: NewClassRequest,
): Promise<NewClassAnswer> {
  const sc = await deps.scenarios.load(parsed.scenario);
  if (!sc.ok) return { ok: false, error: sc.error };
  const unknown = parsed.humans.find((h) => !sc.value.parties.some((p) => p.id === h));
  if (unknown !== undefined) return { ok: false, error: `${sc.value.title} has no party “${unknown}”.` };
  let code = newJoinCode();
  while ((await deps.classes.classRecord(code)) !== null || (await deps.store.room(code)) !== null)
    code = newJoinCode();
  const key = newToken();
  const record: ClassRecord = {
    ...parsed,
    code,
    title: sc.value.title,
    keyHash: keyHash(key),
    createdAt: new Date().toISOString(),
    started: false,
    ended: false,
  };
  await deps.classes.saveClass(record);
  await matchMaker.createRoom(CLASS_ROOM_NAME, { code, key });
  deps.log(`class ${code} made: ${parsed.tables} tables of ${parsed.scenario}`);
  return { ok: true, code, key };
}

export function teachRoutes(deps: TeachDeps): Handler {
  const page = (): string | null => {
    try {
      return readFileSync(join(deps.distDir, 'teach.html'), 'utf8');
    } catch {
      return null;
    }
  };

  const create = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    let parsed: z.infer<typeof NewClassSchema>;
    try {
      const p = NewClassSchema.safeParse(JSON.parse(body ?? ''));
      if (!p.success)
        return send(res, 400, { ok: false, error: 'The new class is not valid.' } satisfies NewClassAnswer);
      parsed = p.data;
    } catch {
      return send(res, 400, { ok: false, error: 'The new class is not valid.' } satisfies NewClassAnswer);
    }
    const answer = await newClass(deps, parsed);
    send(res, answer.ok ? 200 : 422, answer);
  };

  /** The classes whose keys the request holds (a wrong key or an unknown code is left out, without saying which). */
  const mine = async (req: IncomingMessage, res: ServerResponse) => {
    let asked: z.infer<typeof MineSchema>;
    try {
      const p = MineSchema.safeParse(JSON.parse((await readBody(req, 64 * 1024)) ?? ''));
      if (!p.success) return send(res, 400, { ok: false, error: 'The list of classes asked for is not valid.' });
      asked = p.data;
    } catch {
      return send(res, 400, { ok: false, error: 'The list of classes asked for is not valid.' });
    }
    const out: ClassListing[] = [];
    for (const { code, key } of asked.keys) {
      const c = await deps.classes.classRecord(normaliseCode(code));
      if (c === null || keyHash(key) !== c.keyHash) continue;
      const tables = await deps.classes.tables(c.code);
      out.push({
        code: c.code,
        title: c.title,
        tables: c.tables,
        createdAt: c.createdAt,
        ended: c.ended,
        finishedTables: tables.filter((t) => t.replay !== null).length,
      });
    }
    out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    send(res, 200, out);
  };

  /** The class of a path's code when the request carries its key; otherwise answers 403/404 and gives null. */
  const withKey = async (code: string, url: URL, res: ServerResponse): Promise<ClassRecord | null> => {
    const cls = await deps.classes.classRecord(code);
    if (cls === null) {
      send(res, 404, { ok: false, error: 'There is no class with that code.' });
      return null;
    }
    const key = url.searchParams.get('key') ?? '';
    if (keyHash(key) !== cls.keyHash) {
      send(res, 403, { ok: false, error: 'Only the instructor, with the class’s key, can do that.' });
      return null;
    }
    return cls;
  };

  const seat = async (code: string, res: ServerResponse) => {
    const cls = await deps.classes.classRecord(code);
    // Not in this process's database: the class may still run on another process of the cluster (each with a
    // database of its own, without DATABASE_URL); its class room, wherever it is, seats the student.
    const elsewhere = cls === null && (await matchMaker.query({ name: CLASS_ROOM_NAME, roomId: code })).length > 0;
    if (cls === null && !elsewhere) return send(res, 200, { ok: true, table: null } satisfies SeatAnswer);
    if (cls?.ended) return send(res, 410, { ok: false, error: 'This class has ended.' } satisfies SeatAnswer);
    try {
      const table = (await matchMaker.remoteRoomCall(code, 'seat' as never, [])) as string | null;
      if (table === null)
        return send(res, 503, { ok: false, error: 'The class has no table ready yet.' } satisfies SeatAnswer);
      send(res, 200, { ok: true, table } satisfies SeatAnswer);
    } catch {
      send(res, 503, { ok: false, error: 'The class is not open right now.' } satisfies SeatAnswer);
    }
  };

  const zip = async (cls: ClassRecord, res: ServerResponse) => {
    const tables = await deps.classes.tables(cls.code);
    const files = tables.flatMap((t) =>
      t.replay === null ? [] : [{ name: `class-${cls.code}-table-${t.table + 1}.summit.json`, text: t.replay }],
    );
    const bytes = zipFiles(files);
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="class-${cls.code}-replays.zip"`);
    res.setHeader('Cache-Control', 'no-store');
    res.end(Buffer.from(bytes));
  };

  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://summit.invalid');
    const path = url.pathname;
    if (req.method === 'GET' && (path === TEACH_PATH || path === `${TEACH_PATH}/`)) {
      const html = page();
      if (html === null) return next();
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(html);
      return;
    }
    if (!path.startsWith(CLASSES_PATH)) return next();
    const parts = path.slice(CLASSES_PATH.length).split('/').filter(Boolean);
    const fail = (e: unknown) => {
      deps.log(`classroom: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) send(res, 500, { ok: false, error: 'The server could not do that; try again.' });
    };
    if (req.method === 'GET' && parts[0] === 'parties' && parts.length === 1) {
      // The parties of a scenario, for the new-class form's "which parties do students play" (public data).
      return void deps.scenarios
        .load(url.searchParams.get('scenario') ?? '')
        .then((sc) =>
          sc.ok
            ? send(res, 200, { ok: true, parties: sc.value.parties.map((p) => ({ id: p.id, name: p.name })) })
            : send(res, 404, { ok: false, error: sc.error }),
        )
        .catch(fail);
    }
    if (req.method === 'POST' && parts[0] === 'mine' && parts.length === 1) return void mine(req, res).catch(fail);
    if (parts.length === 0) {
      if (req.method === 'POST') return void create(req, res).catch(fail);
      // Join codes are not public: a class is listed only to whoever holds its key (POST /classes/mine).
      if (req.method === 'GET')
        return send(res, 403, { ok: false, error: 'Classes are listed only to their instructors, with their keys.' });
      return next();
    }
    const code = normaliseCode(parts[0] ?? '');
    if (!isJoinCode(code)) return send(res, 404, { ok: false, error: 'There is no class with that code.' });
    const what = parts[1] ?? '';
    if (req.method === 'GET' && what === 'seat') return void seat(code, res).catch(fail);
    if (req.method === 'GET' && what === 'replays.zip')
      return void withKey(code, url, res)
        .then((cls) => (cls ? zip(cls, res) : undefined))
        .catch(fail);
    if (req.method === 'POST' && what === 'open')
      return void withKey(code, url, res)
        .then(async (cls) => {
          if (cls === null) return;
          await ensureClassRoom(cls.code, url.searchParams.get('key') ?? '');
          send(res, 200, { ok: true });
        })
        .catch(fail);
    next();
  };
}
