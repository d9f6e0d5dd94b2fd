// The instructor's dashboard after its server process dies: the connection (class-client.ts) says it is
// reconnecting, tries again with a growing pause while the server is down, and once a server is back on the same
// data it is connected again by itself, gets the class and its tables again, and live updates resume (a student who
// joins after the restart shows on the dashboard). Nobody reloads anything.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ClassConnection, type ClassEvent, createClass, RemoteMatch, scenarioParties } from '../session/online/index';
import { freePort } from './free-port.testkit';
import { until } from './play-bots.testkit';
import { type SpawnedServer, spawnServer } from './spawn';

const dataDir = mkdtempSync(join(tmpdir(), 'summit-teach-reconnect-'));
const servers: SpawnedServer[] = [];
let conn: ClassConnection | null = null;
let student: RemoteMatch | null = null;

afterAll(async () => {
  await student?.leave();
  await conn?.close();
  for (const s of servers) s.child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the class dashboard when its server restarts', () => {
  it('reconnects by itself and resumes live updates', { timeout: 180_000 }, async () => {
    const args = ['--port', String(await freePort()), '--data', dataDir, '--ai-delay', '0', '--grace', '600'];
    const first = await spawnServer(args);
    servers.push(first);
    const humans = (await scenarioParties(first.url, 'tutorial.yaml')).map((p) => p.id);
    const made = await createClass(first.url, { scenario: 'tutorial.yaml', tables: 1, humans, minutes: 0 });
    if (!made.ok) throw new Error(made.error);
    conn = await ClassConnection.open(first.url, made.code, made.key, { maxDelayMs: 500 });
    const events: ClassEvent[] = [];
    conn.subscribe((e) => events.push(e));
    await until('the table on the dashboard', () => events.some((e) => e.type === 'table'));
    expect(conn.connected()).toBe(true);

    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    await until('the drop noticed', () => events.some((e) => e.type === 'connection' && e.status === 'reconnecting'));
    expect(events.some((e) => e.type === 'closed')).toBe(true);
    expect(conn.connected()).toBe(false);
    expect(conn.send({ type: 'start' })).toBe(false); // nothing goes out while the connection is down
    // It keeps trying while no server answers (the pause grows, the attempts go on).
    await new Promise((r) => setTimeout(r, 1500));
    expect(events.some((e) => e.type === 'connection' && e.status === 'connected')).toBe(false);

    const mark = events.length;
    const again = await spawnServer(args);
    servers.push(again);
    await until('connected again', () => events.slice(mark).some((e) => e.type === 'connection'), 60_000);
    expect(events.slice(mark).find((e) => e.type === 'connection')).toEqual({
      type: 'connection',
      status: 'connected',
    });
    expect(conn.connected()).toBe(true);
    await until('the class and its table sent again', () => {
      const after = events.slice(mark);
      return after.some((e) => e.type === 'class') && after.some((e) => e.type === 'table');
    });

    // Live updates resume: a student joining with the class code shows at the table.
    student = await RemoteMatch.join(again.url, made.code, { name: 'Late student' });
    await until(
      'the student on the dashboard',
      () =>
        events.slice(mark).some((e) => e.type === 'table' && e.table.parties.some((p) => p.player === 'Late student')),
      30_000,
    );
  });
});
