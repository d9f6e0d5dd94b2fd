// Scenario files a host brings: `POST /scenarios?name=FILE` with the YAML text as the body. The text is checked by
// the same parser as `summit validate` (content's parseScenario); a good file is kept in the database under its
// content-hash id (`upload:<hash>`), so a room made from it is rebuilt after a restart like any other, and the
// answer is that id; a broken file's answer lists its errors as "file:line:col: message" lines. Always JSON.
// Uploads expire: one older than a day (UPLOAD_MAX_AGE_MS) that no room needs any more is deleted (expireUploads).

import type { IncomingMessage, ServerResponse } from 'node:http';
import { formatError, MAX_SCENARIO_BYTES, parseScenario } from '../content/index';
import type { CompiledScenario, Result } from '../engine/index';
import { rememberScenarioText } from '../session/match/index';
import type { UploadAnswer } from '../session/online/room-protocol';
import { rateLimiter } from './rate-limit';
import type { ScenarioShelf } from './scenarios';
import type { RoomStore } from './store';

export const UPLOAD_PREFIX = 'upload:';
/** How long an upload no room needs is kept: a class uploads its file the day it plays it. */
export const UPLOAD_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** Compiled uploads kept in memory (the database keeps them all; an evicted one is compiled again on demand). */
const CACHED_UPLOADS = 32;
/** The errors an answer lists: enough to fix a file, never a megabyte of JSON. */
const MAX_ERRORS = 50;

/** Every scenario a room may name: a bundled file by its name, or an upload by its id. */
export interface ScenarioLibrary {
  load(file: string): Promise<Result<CompiledScenario, string>>;
  upload(text: string, name: string): Promise<UploadAnswer>;
  /** Deletes the uploads older than `maxAgeMs` that no room needs (see RoomStore.expireScenarios); answers their ids. */
  expire(maxAgeMs: number, now?: number): Promise<string[]>;
}

/** A file name as the errors show it: its last segment, plain text (no control characters), at most 100 chars. */
export function cleanFileName(raw: string | null | undefined): string {
  const last = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = last
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim()
    .slice(0, 100);
  return cleaned === '' ? 'scenario.yaml' : cleaned;
}

export function scenarioLibrary(shelf: ScenarioShelf, store: RoomStore): ScenarioLibrary {
  const cache = new Map<string, CompiledScenario>();
  const remember = (id: string, sc: CompiledScenario) => {
    cache.delete(id);
    cache.set(id, sc);
    while (cache.size > CACHED_UPLOADS) cache.delete(cache.keys().next().value as string);
  };
  return {
    async load(file) {
      if (!file.startsWith(UPLOAD_PREFIX)) return shelf.load(file);
      const known = cache.get(file);
      if (known) {
        remember(file, known);
        return { ok: true, value: known };
      }
      const stored = await store.scenario(file);
      if (stored === null) return { ok: false, error: 'This server has no such uploaded scenario.' };
      const parsed = parseScenario(stored.text, stored.name);
      if (!parsed.ok) return { ok: false, error: `The uploaded scenario ${stored.name} no longer compiles.` };
      rememberScenarioText(parsed.value, stored.text);
      remember(file, parsed.value);
      return { ok: true, value: parsed.value };
    },
    async upload(text, name) {
      const parsed = parseScenario(text, name);
      if (!parsed.ok) {
        const errors = parsed.error.slice(0, MAX_ERRORS).map(formatError);
        if (parsed.error.length > MAX_ERRORS) errors.push(`… and ${parsed.error.length - MAX_ERRORS} more problems.`);
        return { ok: false, errors };
      }
      const id = `${UPLOAD_PREFIX}${parsed.value.contentHash}`;
      await store.saveScenario(id, name, text);
      rememberScenarioText(parsed.value, text);
      remember(id, parsed.value);
      return { ok: true, id, title: parsed.value.title };
    },
    async expire(maxAgeMs, now = Date.now()) {
      const gone = await store.expireScenarios(new Date(now - maxAgeMs));
      for (const id of gone) cache.delete(id);
      return gone;
    },
  };
}

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const answer = (res: ServerResponse, status: number, body: UploadAnswer) => {
  if (res.headersSent) return;
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
};
const refuse = (res: ServerResponse, status: number, message: string) =>
  answer(res, status, { ok: false, errors: [message] });

/**
 * `POST /scenarios`: at most MAX_SCENARIO_BYTES of body (a longer one is cut off unread), and per client address
 * a few uploads at once then one every `everyMs` (a real author uploads a handful of times while fixing a file).
 */
export function uploadHandler(
  library: ScenarioLibrary,
  opts: { log: (line: string) => void; burst?: number; everyMs?: number; now?: () => number },
): Handler {
  const limits = new Map<string, () => boolean>();
  const allowed = (address: string) => {
    let limit = limits.get(address);
    if (limit === undefined) {
      if (limits.size > 10_000) limits.clear(); // a bound on memory, whatever the number of addresses
      limit = rateLimiter({ perSecond: 1000 / (opts.everyMs ?? 6000), burst: opts.burst ?? 10, now: opts.now });
      limits.set(address, limit);
    }
    return limit();
  };
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://summit.invalid');
    if (url.pathname !== '/scenarios') return next();
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return refuse(res, 405, 'Send a scenario file with POST.');
    }
    const address = req.socket.remoteAddress ?? 'unknown';
    if (!allowed(address)) {
      req.resume();
      return refuse(res, 429, 'Too many scenario files at once: wait a minute and send it again.');
    }
    const name = cleanFileName(url.searchParams.get('name'));
    const tooBig = () => refuse(res, 413, `${name} is bigger than 1 MB, too big to be a Summit scenario.`);
    if (Number(req.headers['content-length'] ?? 0) > MAX_SCENARIO_BYTES) {
      req.resume();
      return tooBig();
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > MAX_SCENARIO_BYTES) {
        over = true;
        chunks.length = 0;
        tooBig();
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => refuse(res, 400, 'The scenario file did not arrive whole.'));
    req.on('end', () => {
      if (over) return;
      // The parser's own checks refuse invalid UTF-8 with its position: decode without replacing anything.
      const bytes = Buffer.concat(chunks);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        return refuse(res, 400, `${name}:1:1: the file is not UTF-8 text.`);
      }
      library.upload(text, name).then(
        (a) => {
          if (a.ok) opts.log(`scenario ${a.id} uploaded (${name}, ${bytes.length} bytes)`);
          answer(res, a.ok ? 200 : 422, a);
        },
        (e: unknown) => {
          opts.log(`scenario upload failed: ${e instanceof Error ? e.message : String(e)}`);
          refuse(res, 500, 'The server could not keep the scenario file; try again.');
        },
      );
    });
  };
}
