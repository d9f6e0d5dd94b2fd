// Uploaded scenario files: `POST /scenarios` checks a file like `summit validate` and answers JSON — an id for a
// good file, "file:line:col: message" lines for a broken one, a refusal for one too big or too frequent; a name
// with HTML in it comes back as the same text. Then a whole game on an uploaded scenario across a server killed
// with SIGKILL: the room is rebuilt from the database and the replay verifies against the uploaded file.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SCENARIO_BYTES, parseReplay, parseScenario } from '../content/index';
import { verifyReplay } from '../engine/replay';
import { scenarioOfReplay } from '../session/match/index';
import { RemoteMatch } from '../session/online/index';
import type { UploadAnswer } from '../session/online/room-protocol';
import { freePort } from './free-port.testkit';
import { playUntil, until } from './play-bots.testkit';
import { scenarioShelf } from './scenarios';
import { type SpawnedServer, spawnServer } from './spawn';
import { openStore, type RoomStore } from './store';
import { scenarioLibrary, uploadHandler } from './uploads';

const MINI = readFileSync('scenarios/fixtures/mini.yaml', 'utf8');

let store: RoomStore;
let http: Server;
let base = '';
const logged: string[] = [];

beforeAll(async () => {
  store = await openStore({ dataDir: 'memory://' });
  const handler = uploadHandler(scenarioLibrary(scenarioShelf('scenarios'), store), {
    log: (l) => logged.push(l),
    burst: 8,
    everyMs: 60_000,
  });
  http = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end();
    }),
  );
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await new Promise((r) => http?.close(r));
  await store?.close();
});

const upload = async (text: string | Uint8Array, name: string, url = base) => {
  const r = await fetch(`${url}/scenarios?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    body: typeof text === 'string' ? text : new Blob([text as Uint8Array<ArrayBuffer>]),
  });
  return { status: r.status, type: r.headers.get('content-type'), body: (await r.json()) as UploadAnswer };
};

describe('POST /scenarios', () => {
  it('keeps a good file under its content hash and answers its id', async () => {
    const a = await upload(MINI, 'mini.yaml');
    expect(a.status).toBe(200);
    expect(a.type).toContain('application/json');
    const sc = parseScenario(MINI, 'mini.yaml');
    if (!sc.ok) throw new Error('mini');
    expect(a.body).toEqual({ ok: true, id: `upload:${sc.value.contentHash}`, title: sc.value.title });
    expect(await store.scenario(`upload:${sc.value.contentHash}`)).toEqual({ name: 'mini.yaml', text: MINI });
    // The same file again: the same id.
    expect((await upload(MINI, 'copy.yaml')).body).toEqual(a.body);
  });

  it('lists a broken file’s errors with their positions, as `summit validate` does', async () => {
    const text = readFileSync('scenarios/fixtures/broken/02-wrong-type.yaml', 'utf8');
    const a = await upload(text, 'wrong.yaml');
    expect(a.status).toBe(422);
    expect(a.body).toEqual({ ok: false, errors: ['wrong.yaml:27:18: "reservation" must be a number, got "high"'] });
    const syntax = await upload(readFileSync('scenarios/fixtures/broken/01-syntax-error.yaml', 'utf8'), 's.yaml');
    expect(syntax.body.ok).toBe(false);
    if (!syntax.body.ok) expect(syntax.body.errors[0]).toMatch(/^s\.yaml:16:3: YAML: /);
  });

  it('refuses a file over the size limit without reading it all', async () => {
    const big = `${MINI}\n# ${'x'.repeat(MAX_SCENARIO_BYTES)}\n`;
    const a = await upload(big, 'big.yaml');
    expect(a.status).toBe(413);
    expect(a.body).toEqual({ ok: false, errors: ['big.yaml is bigger than 1 MB, too big to be a Summit scenario.'] });
  });

  it('gives a name with HTML in it back as the same text, and only the last path segment', async () => {
    const name = '<img src=x onerror=alert(1)>.yaml';
    const a = await upload('title: [', `../../etc/${name}`);
    expect(a.type).toContain('application/json');
    expect(a.body.ok).toBe(false);
    if (!a.body.ok) expect(a.body.errors[0]!.startsWith(`${name}:1:`)).toBe(true);
  });

  it('answers JSON to a wrong method and to bytes that are not UTF-8', async () => {
    const get = await fetch(`${base}/scenarios`);
    expect(get.status).toBe(405);
    expect(await get.json()).toEqual({ ok: false, errors: ['Send a scenario file with POST.'] });
    const bad = await upload(new Uint8Array([0x74, 0xff, 0xfe]), 'b.yaml');
    expect(bad.body).toEqual({ ok: false, errors: ['b.yaml:1:1: the file is not UTF-8 text.'] });
  });

  it('limits how often one address may upload', async () => {
    // The earlier tests used 7 of this address's 8 uploads; refilled one a minute.
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await upload(MINI, 'mini.yaml')).status);
    expect(statuses).toEqual([200, 429, 429]);
  });
});

describe('expiring uploads', () => {
  it('deletes an old upload no room needs, keeps the ones a room still uses or that are new', async () => {
    const library = scenarioLibrary(scenarioShelf('scenarios'), store);
    const put = async (tag: string) => {
      const a = await library.upload(`${MINI}\n# ${tag}\n`, `${tag}.yaml`);
      if (!a.ok) throw new Error(a.errors.join('\n'));
      return a.id;
    };
    const [playing, played, unused] = [await put('playing'), await put('played'), await put('unused')];
    const room = (code: string, file: string, finished: boolean) =>
      store.saveRoom({
        code,
        file,
        difficulty: 'normal',
        seed: 1,
        hostToken: 't',
        players: [],
        seats: null,
        finished,
      });
    await room('EXPA01', playing, false);
    await room('EXPA02', played, true);
    // Nothing is a day old yet: nothing goes.
    expect(await library.expire(24 * 3600_000)).toEqual([]);
    // A day later: the unused upload and the one of a finished room go; the unfinished room's stays, and loads.
    const later = Date.now() + 25 * 3600_000;
    const gone = await library.expire(24 * 3600_000, later);
    expect(gone).toEqual(expect.arrayContaining([played, unused])); // (and the other tests' uploads)
    expect(gone).not.toContain(playing);
    expect((await library.load(playing)).ok).toBe(true);
    expect(await library.load(unused)).toEqual({ ok: false, error: 'This server has no such uploaded scenario.' });
    expect(await store.scenario(played)).toBeNull();
    // Uploading the same text again makes it new again.
    await put('playing');
    await room('EXPA01', playing, true);
    expect(await library.expire(24 * 3600_000, Date.now() + 3600_000)).toEqual([]);
  });
});

describe('a room on an uploaded scenario', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'summit-upload-'));
  const servers: SpawnedServer[] = [];
  afterAll(() => {
    for (const s of servers) s.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is rebuilt after a SIGKILL and its replay verifies against the uploaded file', async () => {
    const args = ['--port', String(await freePort()), '--data', dataDir, '--ai-delay', '0'];
    args.push('--grace', '600');
    const first = await spawnServer(args);
    servers.push(first);
    const up = await upload(MINI, 'mini.yaml', first.url);
    if (!up.body.ok) throw new Error(up.body.errors.join('\n'));
    const host = await RemoteMatch.host(first.url, up.body.id, { name: 'Host' });
    const guest = await RemoteMatch.join(first.url, host.code, { name: 'Guest' });
    const players = [host, guest];
    await until('the lobby', () => host.lobby()?.players.length === 2);
    expect(host.lobby()!.title).toBe(up.body.title);
    const parties = host.lobby()!.parties.map((p) => p.id);
    host.pick(parties[0]!);
    guest.pick(parties[1]!);
    await until('the picks', () => host.lobby()!.players.every((p) => p.party !== null));
    host.start();
    await until('the start', () => players.every((p) => p.started() && p.scenario() !== null));
    await playUntil(players, () => (host.state()?.turn ?? 0) >= 4 || host.over());
    await until('rest', () => {
      const p = host.toMove();
      return host.over() || (p !== null && host.seats()[p] === 'human');
    });
    const before = host.hash();

    const rebuilt: (string | null)[] = [null, null];
    players.forEach((p, i) => {
      let back = false;
      p.subscribe((e) => {
        if (e.type === 'connection' && e.status === 'connected') back = true;
        if (e.type === 'view' && back && rebuilt[i] === null) rebuilt[i] = e.view.hash;
      });
    });
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    const second = await spawnServer(args);
    servers.push(second);
    await until('everybody back', () => rebuilt.every((h) => h !== null), 90_000);
    expect(rebuilt).toEqual([before, before]);

    await playUntil(players, () => players.every((p) => p.replayFile() !== null));
    const sc = parseScenario(MINI, 'mini.yaml');
    if (!sc.ok) throw new Error('mini');
    const replay = parseReplay(guest.replayFile()!, 'online');
    if (!replay.ok) throw new Error('the replay did not parse');
    expect(verifyReplay(sc.value, replay.value).ok).toBe(true);
    // It carries the uploaded file, so it plays back with no other file (the room rebuilt after the kill too).
    expect(replay.value.scenarioText).toBe(MINI);
    const carried = scenarioOfReplay(replay.value);
    expect(carried?.ok && verifyReplay(carried.value, replay.value).ok).toBe(true);
    // The finished game's replay is served by its code too.
    const served = await fetch(`${second.url}/replays/${host.code}`);
    expect(served.status).toBe(200);
    const again = parseReplay(await served.text(), 'served');
    expect(again.ok && verifyReplay(sc.value, again.value).ok).toBe(true);
    for (const p of players) await p.leave();
  }, 240_000);
});
