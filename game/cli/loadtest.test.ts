// `summit loadtest` against a real server in this process: two tutorial rooms, bots to the end, replays verified.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loopbackConfig, type RunningServer, startServer } from '../server/server';
import { loadtest, runLoadtest } from './loadtest';

const dataDir = mkdtempSync(join(tmpdir(), 'summit-loadtest-'));
let server: RunningServer | null = null;
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('summit loadtest', () => {
  it('plays rooms to the end and reports them as JSON', async () => {
    server = await startServer(loopbackConfig(0, dataDir)); // port 0: the system picks a free one
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t) };
    const code = await runLoadtest(
      ['--url', `http://127.0.0.1:${server.port}`, '--rooms', '2', '--scenario', 'tutorial', '--json'],
      io,
    );
    const report = JSON.parse(out.at(-1) ?? '{}');
    expect(report).toMatchObject({ rooms: 2, errors: 0, lost: 0, verified: 2, crossProcessJoins: 0 });
    expect(report.actions).toBeGreaterThan(0);
    expect(report.clients).toBeGreaterThan(2);
    // The bots' CPU: over the whole command, and while the rooms played only (a part of it).
    expect(report.playCpuMsPerAction).toBeGreaterThan(0);
    expect(report.playCpuMsPerAction).toBeLessThanOrEqual(report.clientCpuMsPerAction);
    expect(code).toBe(0);
  }, 120_000);

  it('plays only once every room is ready, and its bots think before their moves when told to', async () => {
    server ??= await startServer(loopbackConfig(0, dataDir));
    const url = `http://127.0.0.1:${server.port}`;
    // The order of things: play begins once, and every move is acknowledged after it (none during the joins).
    const events: string[] = [];
    const t0 = performance.now();
    const report = await loadtest(
      { urls: [url], rooms: 3, scenario: 'tutorial', json: true, drops: 0, thinkMs: 60 },
      { onPlay: () => events.push('play'), onAcknowledged: () => events.push('ack') },
    );
    if (typeof report === 'string') throw new Error(report);
    expect(report).toMatchObject({ rooms: 3, errors: 0, lost: 0, verified: 3, thinkMs: 60 });
    expect(events[0]).toBe('play');
    expect(events.filter((e) => e === 'play')).toHaveLength(1);
    expect(events.filter((e) => e === 'ack')).toHaveLength(report.actions);
    expect(report.setupMs).toBeGreaterThan(0);
    // A room's moves follow one another, each after a wait of 60 ms on average: the play takes a good part of that.
    const perRoom = report.actions / 3;
    expect(report.playMs).toBeGreaterThan(perRoom * 60 * 0.4);
    expect(performance.now() - t0).toBeGreaterThanOrEqual((report.setupMs ?? 0) + (report.playMs ?? 0));

    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t) };
    expect(await runLoadtest(['--url', url, '--think', 'soon'], io)).toBe(2);
    expect(out.join('\n')).toMatch(/bad option --think/);
  }, 120_000);

  it('ends at its deadline when a server never answers, and reports the rooms it could not finish', async () => {
    // A server that takes every request and answers none: the rooms are never made.
    const silent = createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as { port: number }).port;
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
    const t0 = Date.now();
    try {
      const code = await runLoadtest(
        ['--url', `http://127.0.0.1:${port}`, '--rooms', '2', '--scenario', 'tutorial', '--deadline', '1', '--json'],
        io,
      );
      expect(code).toBe(1);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(JSON.parse(out.at(-1) ?? '{}')).toMatchObject({ rooms: 2, errors: 2, verified: 0, unfinished: 2 });
    expect(err.join('\n')).toMatch(/unfinished after 1 s \(creating the room\)/);
  }, 60_000);

  it('says what is wrong with its options', async () => {
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t) };
    expect(await runLoadtest(['--rooms', '2'], io)).toBe(2);
    expect(out.join('\n')).toMatch(/--url/);
  });
});
