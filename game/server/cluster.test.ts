// Two server processes on one Redis: a room made on one is joined by a student through the other (the join code
// resolves across processes), the game plays to its end with a replay that verifies and is served by both
// processes (the other asks the first over Redis), and `summit loadtest` through both URLs counts its cross-process
// joins. Needs redis-server (`.ci/run` installs it).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runLoadtest } from '../cli/loadtest';
import { parseReplay } from '../content/index';
import { verifyReplay } from '../engine/replay';
import { RemoteMatch } from '../session/online/index';
import { freePorts } from './free-port.testkit';
import { playUntil, until } from './play-bots.testkit';
import { hasRedisServer, startRedis, type TestRedis } from './redis.testkit';
import { scenarioShelf } from './scenarios';
import { type SpawnedServer, spawnServer } from './spawn';

const dirs = [0, 1].map((i) => mkdtempSync(join(tmpdir(), `summit-cluster-${i}-`)));
const servers: SpawnedServer[] = [];
let redis: TestRedis | null = null;

afterAll(() => {
  for (const s of servers) s.child.kill('SIGKILL');
  redis?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe.skipIf(!hasRedisServer())('two server processes on one Redis', () => {
  it('a student joins, through one process, a room made on the other', async () => {
    // Free ports (two servers and their Redis), asked of the system: checkouts testing side by side never clash.
    const [redisPort, ...ports] = await freePorts(3);
    redis = await startRedis(redisPort!);
    const started = await Promise.all(
      ports.map((port, i) =>
        spawnServer(['--port', String(port), '--data', dirs[i]!, '--ai-delay', '0', '--grace', '600'], 90_000, {
          REDIS_URL: redis!.url,
        }),
      ),
    );
    servers.push(...started);
    const [a, b] = started as [SpawnedServer, SpawnedServer];

    const host = await RemoteMatch.host(a.url, 'tutorial.yaml', { name: 'Teacher' });
    const student = await RemoteMatch.join(b.url, host.code, { name: 'Student' });
    expect(student.code).toBe(host.code);
    await until('the lobby on both', () => host.lobby()?.players.length === 2 && student.lobby()?.players.length === 2);
    const parties = host.lobby()!.parties.map((p) => p.id);
    host.pick(parties[0]!);
    student.pick(parties[1]!);
    await until('the picks', () => host.lobby()!.players.every((p) => p.party !== null));
    host.start();
    await until('the start', () => student.started() && student.scenario() !== null);
    await playUntil([host, student], () => host.replayFile() !== null && student.replayFile() !== null);
    const replay = parseReplay(student.replayFile()!, 'cluster');
    expect(replay.ok).toBe(true);
    const sc = scenarioShelf('scenarios').load('tutorial.yaml');
    if (!sc.ok || !replay.ok) throw new Error('tutorial');
    expect(verifyReplay(sc.value, replay.value).ok).toBe(true);
    // The room's log is on the process that made it (each has its own database here): its replay is served there,
    // and through the other process too, which asks the first over Redis. An unknown code is still a 404.
    const here = await fetch(`${a.url}/replays/${host.code}`);
    expect(here.status).toBe(200);
    const there = await fetch(`${b.url}/replays/${host.code}`);
    expect(there.status).toBe(200);
    const fetched = await there.text();
    expect(fetched).toBe(await here.text());
    const other = parseReplay(fetched, 'cluster, through the other process');
    if (!other.ok) throw new Error('the replay fetched through the other process does not read');
    expect(verifyReplay(sc.value, other.value).ok).toBe(true);
    expect((await fetch(`${b.url}/replays/ZZZZZZ`)).status).toBe(404);
    await Promise.all([host.leave(), student.leave()]);

    // The load tool through both URLs: every room made on one is joined through the other too.
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t) };
    const code = await runLoadtest(
      ['--url', a.url, '--url', b.url, '--rooms', '2', '--scenario', 'tutorial', '--json'],
      io,
    );
    const report = JSON.parse(out.at(-1) ?? '{}');
    expect(report).toMatchObject({ rooms: 2, errors: 0, lost: 0, verified: 2 });
    expect(report.crossProcessJoins).toBeGreaterThanOrEqual(2);
    expect(code).toBe(0);
  }, 240_000);
});
