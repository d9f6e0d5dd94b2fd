// The finished games' replays over HTTP: GET /replays/<CODE> answers the replay file of a finished room, rebuilt
// from the room log. With several processes (REDIS_URL) a room's log may be in another process's database (each
// has its own embedded one unless DATABASE_URL gives them one PostgreSQL): a process that does not find the room
// asks the others over the presence channel, and the one holding it answers with the file. So a replay link works
// through any process of the cluster, whichever process ran the game.

import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { matchMaker } from '@colyseus/core';
import { isJoinCode, normaliseCode } from './join-code';
import { rebuildRoom } from './rebuild';
import type { RoomStore } from './store';
import type { ScenarioLibrary } from './uploads';

/** Where a process asks the others for a replay, and how long it waits for the answer. */
export const REPLAY_ASK_CHANNEL = 'summit:replays:ask';
const ASK_TIMEOUT_MS = 2000;

interface ReplayAsk {
  code: string;
  reply: string; // the channel the answer goes to
}
interface ReplayAnswer {
  code: string;
  replay: string;
}

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** The replay file of a finished room in this process's database, or null. */
export async function localReplay(store: RoomStore, scenarios: ScenarioLibrary, code: string): Promise<string | null> {
  const record = await store.room(code);
  if (record === null || !record.finished) return null;
  const sc = await scenarios.load(record.file);
  if (!sc.ok) return null;
  const built = rebuildRoom(sc.value, record, await store.events(code));
  if (!built.ok || built.value === null) return null;
  return built.value.replayFile();
}

/** Answers the other processes' asks for the replays this process holds. Call once the server listens. */
export async function answerReplayAsks(store: RoomStore, scenarios: ScenarioLibrary): Promise<() => void> {
  const presence = matchMaker.presence;
  const onAsk = (ask: ReplayAsk) => {
    if (typeof ask?.code !== 'string' || typeof ask.reply !== 'string' || !isJoinCode(ask.code)) return;
    void localReplay(store, scenarios, ask.code)
      .then((replay) => {
        if (replay !== null) presence.publish(ask.reply, { code: ask.code, replay } satisfies ReplayAnswer);
      })
      .catch(() => undefined);
  };
  await presence.subscribe(REPLAY_ASK_CHANNEL, onAsk);
  return () => presence.unsubscribe(REPLAY_ASK_CHANNEL, onAsk);
}

/** Asks every process for a finished room's replay; the first answer, or null when none answers in time. */
export async function askOthers(code: string, timeoutMs = ASK_TIMEOUT_MS): Promise<string | null> {
  const presence = matchMaker.presence;
  const reply = `summit:replays:reply:${randomBytes(8).toString('hex')}`;
  let onAnswer: (a: ReplayAnswer) => void = () => undefined;
  const answered = new Promise<string | null>((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    onAnswer = (a) => {
      if (a?.code !== code || typeof a.replay !== 'string') return;
      clearTimeout(timer);
      resolve(a.replay);
    };
  });
  await presence.subscribe(reply, onAnswer);
  try {
    presence.publish(REPLAY_ASK_CHANNEL, { code, reply } satisfies ReplayAsk);
    return await answered;
  } finally {
    presence.unsubscribe(reply, onAnswer);
  }
}

/** GET /replays/<CODE>[.summit.json]; `clustered`: ask the other processes when this one lacks the room. */
export function replayRoute(store: RoomStore, scenarios: ScenarioLibrary, clustered: boolean): Handler {
  return (req, res, next) => {
    const m = /^\/replays\/([A-Za-z0-9]+)(?:\.summit\.json)?$/.exec((req.url ?? '').split('?')[0] ?? '');
    if (req.method !== 'GET' || m === null) return next();
    const code = normaliseCode(m[1] ?? '');
    const notFound = () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('No finished game has that code.\n');
    };
    if (!isJoinCode(code)) return notFound();
    void (async () => {
      const replay = (await localReplay(store, scenarios, code)) ?? (clustered ? await askOthers(code) : null);
      if (replay === null) return notFound();
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="summit-${code}.summit.json"`);
      res.end(replay);
    })().catch(() => notFound());
  };
}
